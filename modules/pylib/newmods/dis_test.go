package newmods_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of dis and opcode against CPython 3.6, on what does
// not depend on the bytecode itself (ours is CPython 3.4-style, 3.6's
// is wordcode): the opcode tables both share, the API's shape, the
// errors, and code_info of code whose constants, names and flags are the
// same. TestDisSelfConsistent checks the listings against our own code
// objects.

const disPrelude = pytesting.ShowRepr + `import dis, opcode, io
def f(a, b=1):
    x = a + b
    return x
def gen(n):
    yield n
def varargs(*a, **k):
    return a
def outer():
    v = 1
    def inner():
        return v
    return inner
def kwonly(a, *, k):
    return k
G = 5
def s_add(x, y):
    return x + y
def s_attr(x):
    return x.attr
def s_sub(x):
    return x[0]
def s_global():
    return G
def s_compare(x, y):
    return x < y
def s_store_attr(x):
    x.y = 1
def s_tuple(x):
    return (x, 1)
def s_neg(x):
    return -x
def s_inplace(x):
    x += 2
    return x
def s_lines(a):
    b = a * 2
    c = b - 1
    return c
def seq(fn):
    return [(i.opname, i.opcode, i.argrepr, i.starts_line) for i in dis.get_instructions(fn)]
def listing(x):
    out = io.StringIO()
    dis.dis(x, file=out)
    return out.getvalue()
def info_lines(x):
    return [l for l in dis.code_info(x).splitlines()
            if not l.startswith(("Stack size", "Filename")) and "<code object" not in l]
`

var disCases = []pytesting.Case{
	{"shared opcodes", `[opcode.opmap[n] for n in ("POP_TOP", "ROT_TWO", "BINARY_ADD", "RETURN_VALUE", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "LOAD_GLOBAL", "COMPARE_OP", "JUMP_ABSOLUTE", "FOR_ITER", "GET_ITER", "LOAD_ATTR", "STORE_NAME", "IMPORT_NAME", "SETUP_LOOP", "POP_BLOCK", "YIELD_VALUE", "LOAD_DEREF", "LOAD_CLOSURE")]`},
	{"opname", `[opcode.opname[n] for n in (1, 23, 83, 100, 124, 125)]`},
	{"opname unused", `(opcode.opname[0], opcode.opname[255], len(opcode.opname))`},
	{"HAVE_ARGUMENT", `(opcode.HAVE_ARGUMENT, dis.HAVE_ARGUMENT)`},
	{"cmp_op", `opcode.cmp_op`},
	{"hasconst", `opcode.hasconst`},
	{"haslocal", `opcode.haslocal`},
	{"hascompare", `opcode.hascompare`},
	{"has lists in dis", `dis.hasname is opcode.hasname and dis.opmap is opcode.opmap`},
	{"stack_effect simple", `(opcode.stack_effect(opcode.opmap["POP_TOP"]), opcode.stack_effect(opcode.opmap["LOAD_CONST"], 0), opcode.stack_effect(opcode.opmap["BINARY_ADD"]), opcode.stack_effect(opcode.opmap["BUILD_TUPLE"], 3))`},
	{"stack_effect missing arg", `opcode.stack_effect(opcode.opmap["LOAD_CONST"])`},
	{"stack_effect extra arg", `opcode.stack_effect(opcode.opmap["POP_TOP"], 1)`},
	{"stack_effect bad opcode", `opcode.stack_effect(0)`},
	{"code_info f", `info_lines(f)`},
	{"code_info gen", `info_lines(gen)`},
	{"code_info varargs", `info_lines(varargs)`},
	{"code_info closure", `info_lines(outer)`},
	{"code_info inner", `info_lines(outer())`},
	{"code_info kwonly", `info_lines(kwonly)`},
	{"code_info source", `info_lines("a = b + 1")`},
	{"show_code", `(lambda out: (dis.show_code(f, file=out), out.getvalue().splitlines()[2:5]))(io.StringIO())`},
	{"pretty_flags", `(dis.pretty_flags(3), dis.pretty_flags(0x43), dis.pretty_flags(0x10000), dis.pretty_flags(0))`},
	{"COMPILER_FLAG_NAMES", `sorted(dis.COMPILER_FLAG_NAMES.items())`},
	{"bad type", `dis.dis(5)`},
	{"bad type info", `dis.code_info(5)`},
	{"bad type Bytecode", `dis.Bytecode(None)`},
	{"Instruction fields", `dis.Instruction._fields`},
	{"first instruction", `(lambda i: (i.opname, i.arg, i.argval, i.argrepr, i.offset, i.starts_line, i.is_jump_target))(next(iter(dis.get_instructions(f))))`},
	{"first line renumbered", `next(iter(dis.get_instructions(f, first_line=100))).starts_line`},
	{"Bytecode info", `dis.Bytecode(f).info() == dis.code_info(f)`},
	{"Bytecode first_line", `(dis.Bytecode(f).first_line == f.__code__.co_firstlineno, dis.Bytecode(f, first_line=7).first_line)`},
	{"Bytecode repr", `repr(dis.Bytecode(f)).startswith("Bytecode(<function f at")`},
	{"line numbers", `[line for off, line in dis.findlinestarts(f.__code__)]`},
	{"listing lines", `[l.split()[0] for l in listing(f).splitlines() if l[:3].strip()]`},
	{"class listing header", `[l for l in listing(type("K", (), {"m": f})).splitlines() if l.startswith("Disassembly")]`},
	{"same code add", `seq(s_add)`},
	{"same code attr", `seq(s_attr)`},
	{"same code subscript", `seq(s_sub)`},
	{"same code global", `seq(s_global)`},
	{"same code compare", `seq(s_compare)`},
	{"same code store attr", `seq(s_store_attr)`},
	{"same code tuple", `seq(s_tuple)`},
	{"same code negate", `seq(s_neg)`},
	{"same code inplace", `seq(s_inplace)`},
	{"same code lines", `seq(s_lines)`},
	{"same line starts", `[line for off, line in dis.findlinestarts(s_lines.__code__)]`},
	{"all", `sorted(n for n in dis.__all__ if not n.startswith("has"))`},
}

func TestDis(t *testing.T) {
	pytesting.DiffCases(t, "dis", disPrelude, disCases)
}

// Our own listing must agree with our code objects: dis lays the code
// out as 3.6's word code (two bytes an instruction, whatever the code
// object's own encoding), every instruction's offset is where the
// previous one ended, jump targets are instruction offsets marked as
// such, and names resolve against the code object. CPython 3.6 runs the
// same script to the same output.
const disSelfSrc = `import dis
def g(n):
    t = 0
    for i in range(n):
        if i % 2 == 0:
            t += i
        else:
            t -= 1
    while t > 100:
        t //= 2
    try:
        t = t / n
    except ZeroDivisionError:
        t = None
    return [x for x in range(t or 3)]
code = g.__code__
ins = list(dis.get_instructions(g))
ends = 0
offsets = set()
for i in ins:
    assert i.offset == ends, (i, ends)
    ends = i.offset + 2
    offsets.add(i.offset)
assert ends == 2 * len(ins)
targets = [i.argval for i in ins if i.opcode in dis.hasjrel or i.opcode in dis.hasjabs]
assert all(t in offsets for t in targets)
assert sorted(set(targets)) == sorted(dis.findlabels(code.co_code))
assert {i.offset for i in ins if i.is_jump_target} == set(targets)
for i in ins:
    if i.opcode in dis.hasname:
        assert i.argval == code.co_names[i.arg]
    if i.opcode in dis.haslocal:
        assert i.argval == code.co_varnames[i.arg]
    if i.opcode in dis.hasconst:
        assert i.argval is code.co_consts[i.arg] or i.argval == code.co_consts[i.arg]
    assert dis.opname[i.opcode] == i.opname
starts = dict(dis.findlinestarts(code))
assert [i.starts_line for i in ins if i.starts_line] == [starts[o] for o in sorted(starts)]
text = dis.Bytecode(g).dis()
assert text.count("\n") == len(ins) + len(starts) - 1
assert ">>" in text and "(to " in text
raw = []
import io
out = io.StringIO()
dis.dis(code.co_code, file=out)
assert len(out.getvalue().splitlines()) == len(ins)
print("ok", len(ins))
`

func TestDisSelfConsistent(t *testing.T) {
	out := pytesting.MustRun(t, disSelfSrc)
	if len(out) < 3 || out[:3] != "ok " {
		t.Fatalf("unexpected output %q", out)
	}
}
