package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of codeop and code against CPython 3.6: which input
// is complete, incomplete or wrong, and what a console prints and runs.
// The echo of expression statements is left out: the project's
// evaluation loop prints it to the process's standard output, past
// sys.stdout and sys.displayhook.

const codePrelude = pytesting.ShowRepr + `import code, codeop, sys, io, contextlib
def cc(src, *a):
    try:
        r = codeop.compile_command(src, *a)
    except (SyntaxError, OverflowError, ValueError) as e:
        return type(e).__name__, e.args
    return r if r is None else type(r).__name__
def session(src_lines, **kw):
    c = codeop.CommandCompiler()
    out = []
    for src in src_lines:
        try:
            r = c(src, **kw)
            out.append(r if r is None else type(r).__name__)
        except SyntaxError as e:
            out.append(("SyntaxError", e.args))
    return out
class Console(code.InteractiveConsole):
    def __init__(self, *a, **kw):
        code.InteractiveConsole.__init__(self, *a, **kw)
        self.log = []
    def write(self, data):
        self.log.append(data)
def feed(lines, **kw):
    c = Console(**kw)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        more = [c.push(line) for line in lines]
    return more, "".join(c.log), out.getvalue()
def exits(f):
    try:
        return f()
    except SystemExit as e:
        return "SystemExit", e.args
def module_interact(lines):
    it = iter(lines)
    def read(prompt):
        for line in it:
            return line
        raise EOFError
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        with contextlib.redirect_stdout(out):
            code.interact("", read, {"k": 1}, "")
    finally:
        sys.stderr = saved
    return out.getvalue(), err.getvalue()
def interact(lines, banner="", exitmsg=None):
    c = Console()
    it = iter(lines)
    prompts = []
    def read(prompt):
        prompts.append(prompt)
        try:
            return next(it)
        except StopIteration:
            raise EOFError
    c.raw_input = read
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        c.interact(banner, exitmsg)
    return prompts, "".join(c.log), out.getvalue()
`

var codeCases = []pytesting.Case{
	{"complete", `[cc(s) for s in ("x = 1", "1 + 1", "print(1)\n", "if x:\n  y", "for i in x:\n  pass\n")]`},
	{"incomplete", `[cc(s) for s in ("if x:", "def f():", "x = (1,", "class A:", "@dec", "a = [1,\n2", "for i in x:\n  pass\nelse:")]`},
	{"invalid", `[cc(s) for s in ("a b", "1 +", "x = = 2", ")")]`},
	{"string literals", `[cc(s) for s in ("'abc", "'''abc", "'''abc\n")]`},
	{"comments and blanks", `[cc(s) for s in ("", "   ", "# only a comment", "\n\n# x\n")]`},
	{"eval symbol", `[cc(s, "<in>", "eval") for s in ("1 + 2", "", "if x:", "(1,")]`},
	{"exec symbol", `[cc(s, "<in>", "exec") for s in ("x = 1\ny = 2", "def f():", "a b")]`},
	{"filename in error", `cc("a b", "myfile")`},
	{"command compiler blocks", `session(["if x:", "if x:\n  y", "if x:\n  y\n", "if x:\n  y\n\n"])`},
	{"command compiler nested", `session(["def f():\n  if x:\n    y", "def f():\n  if x:\n    y\n", "f(\n  1)", "f(\n  1"])`},
	{"command compiler errors", `session(["a b", "def f():\n  x x"])`},
	{"compile flags", `(codeop.Compile().flags, codeop.PyCF_DONT_IMPLY_DEDENT)`},
	{"all", `(codeop.__all__, code.__all__, code.compile_command is codeop.compile_command)`},
	{"push statements", `feed(["print(1 + 2)", "x = 5", "print(x * 2)"])`},
	{"push block", `feed(["for i in range(3):", "    print(i)", ""])`},
	{"push def", `feed(["def f(a):", "    return a * 2", "", "print(f(21))"])`},
	{"push syntax error", `feed(["a b"])`},
	{"push syntax error in block", `feed(["if True:", "  x x", ""])`},
	{"push exception", `feed(["1 / 0"])`},
	{"push nested exception", `feed(["def g():", "    raise ValueError('bad')", "", "g()"])`},
	{"push name error", `feed(["undefined_name"])`},
	{"push filename", `feed(["a b", "1/0"], filename="<mine>")`},
	{"push semicolons", `feed(["a = 1; b = 2; print(a + b)"])`},
	{"locals", `(lambda ns: (Console(ns).push("y = 2 + z"), ns["y"]))({"z": 40})`},
	{"default locals", `(lambda c: (c.locals["__name__"], c.locals["__doc__"], sorted(c.locals)))(Console())`},
	{"runsource", `(lambda c: (c.runsource("if 1:"), c.runsource("q = 3"), c.locals.get("q"), c.runsource("(", "<f>"), "".join(c.log)))(Console())`},
	{"runsource eval symbol", `(lambda c: (c.runsource("7 * 6", symbol="eval"), "".join(c.log)))(Console())`},
	{"runcode", `(lambda c: (c.runcode(compile("w = 9", "<s>", "exec")), c.locals["w"]))(Console())`},
	{"system exit propagates", `exits(lambda: Console().push("raise SystemExit(3)"))`},
	{"last exception", `(lambda c: (c.push("1/0"), sys.last_type.__name__, str(sys.last_value)))(Console())`},
	{"resetbuffer", `(lambda c: (c.push("if 1:"), list(c.buffer), c.resetbuffer(), c.buffer, c.push("2")))(Console())`},
	{"interact", `interact(["x = 4", "if x:", "  print(x)", "", "x +"])`},
	{"interact exitmsg", `interact(["print(1)"], banner="hello", exitmsg="done")`},
	{"interact empty exitmsg", `interact([], exitmsg="")`},
	{"interact module", `module_interact(["print(k + 1)", "1/0"])`},
}

func TestSmallmodsCode(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_code", codePrelude, codeCases)
}
