package pylib_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of ast (and _ast) against CPython 3.6: trees of
// varied sources, dumped with and without field names and locations,
// the node classes, the helpers, literal_eval and compile() of trees.

const astPrelude = pytesting.ShowRepr + `import ast, _ast
def d(src, mode='exec', **kw):
    return ast.dump(ast.parse(src, mode=mode), include_attributes=True, **kw)
def plain(src, mode='exec'):
    return ast.dump(ast.parse(src, mode=mode))
def err(src, mode='exec'):
    try:
        ast.parse(src, '<t>', mode)
    except SyntaxError as e:
        return (type(e).__name__, e.msg, e.lineno, e.offset, e.text)
def run(tree, mode='exec'):
    ns = {}
    code = compile(tree, '<tree>', mode)
    if mode == 'eval':
        return eval(code, ns)
    exec(code, ns)
    return sorted((k, v) for k, v in ns.items() if k != '__builtins__' and not callable(v))
def malformed(s):
    try:
        ast.literal_eval(s)
    except ValueError as e:
        return str(e).split(' object at ')[0]
class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
class Double(ast.NodeTransformer):
    def visit_Num(self, node):
        return ast.copy_location(ast.Num(n=node.n * 2), node)
class DropPass(ast.NodeTransformer):
    def visit_Pass(self, node):
        return None
def tb_line(src):
    import sys, traceback
    try:
        exec(compile(ast.parse(src), 'tb.py', 'exec'), {})
    except Exception:
        return [tuple(f)[:3] for f in traceback.extract_tb(sys.exc_info()[2])[1:]]
`

var astCases = []pytesting.Case{
	{"module simple", `d("x = 1\nprint(x)\n")`},
	{"expression mode", `d("a + b * c", "eval")`},
	{"single mode", `d("x = 1", "single")`},
	{"single compound", `d("if x:\n  pass\n\n", "single")`},
	{"empty module", `(d(""), d("\n\n# c\n"))`},
	{"no annotate", `ast.dump(ast.parse("f(a, b=1)"), annotate_fields=False)`},
	{"no annotate attrs", `ast.dump(ast.parse("x = y"), False, True)`},
	{"plain dump", `plain("import os.path as p, sys\nfrom . import a\nfrom ..b.c import (d as e, f,)\nfrom x import *")`},
	{"numbers", `d("0; 1_000; 0x_ff; 0o17; 0b101; 1.5; 1e10; .5j; 10**100; 1_0.0_1e1_0; 0.0")`},
	{"strings", `d("'a' \"b\" '''c\nd''' r'\\n' b'\\x00\\xff' u'\\u00e9' '\\N{BULLET}' 'a' 'b'")`},
	{"string escapes", `plain(r"'\a\b\f\n\r\t\v\0\101\x41\q\\'")`},
	{"bytes concat", `plain("b'a' b'b' rb'\\\\' BR'x'")`},
	{"fstring simple", `d("f'a{x}b'")`},
	{"fstring conversion spec", `d("f'{x!r:>{w}} {y!s} {z!a:10}'")`},
	{"fstring nested spec", `d("f'{a:{b}{c}}'")`},
	{"fstring concat", `d("'a' f'{b}' 'c' f'd{e}'")`},
	{"fstring braces", `d("f'{{}}' f'{{{x}}}'")`},
	{"fstring multiline", `d("x = f'''\n{a +\n b}'''")`},
	{"fstring in parens", `d("x = (f'{a}',\n f'{b}')")`},
	{"fstring empty spec", `plain("f'{x:}'")`},
	{"fstring expr kinds", `plain("f'{a[1]} {b.c} {d(e)} {f if g else h} {[i for i in j]} {k!r}'")`},
	{"name constants", `d("None; True; False; ...")`},
	{"unary binary", `d("-x + +y * ~z ** -w // 2 % 3 @ m")`},
	{"binop chains", `d("a + b - c\nd * e / f\n(g) | h ^ i & j << k >> l")`},
	{"boolops compare", `d("a and b and c or d\nnot a < b <= c == d != e > f >= g is h is not i in j not in k")`},
	{"ifexp lambda", `d("lambda: 0\nlambda x, y=1, *a, z, w=2, **k: x if y else z")`},
	{"calls", `d("f(a, *b, c=1, **d)\nf(*a, *b, **c, **d)\nf(x for x in y)\nf(a)(b)(c)")`},
	{"subscripts", `d("a[1]; a[1:2]; a[::3]; a[1:2, 3]; a[1, 2]; a[...]; a[:, None]; a[x,]")`},
	{"attributes", `d("a.b.c; (a).b; (a,\n b).c; a.b[c].d(e)")`},
	{"displays", `d("[]; [1, 2]; (); (1,); (1, 2); {}; {1: 2, **x}; {1, 2}; {*a, b}; [*a, b]")`},
	{"comprehensions", `d("[x for x in y if x if z]\n{x for x in y}\n{k: v for k, v in z for w in v}\n(x for x in y)")`},
	{"nested comprehension", `plain("[[y for y in x] for x in z if x for w in x]")`},
	{"assignments", `d("a = b = c\na, b = c\n[a, *b] = c\na.b, c[0] = 1, 2\nx += 1\nx **= 2\ny @= z")`},
	{"annotations", `d("x: int\ny: List[int] = []\n(z): int = 1\na.b: str\nc[0]: float = 1.0")`},
	{"yield forms", `d("def f():\n    yield\n    yield x\n    x = yield y\n    yield from z\n    yield a, b\n    await_ = (yield)")`},
	{"function def", `d("def f(a, b: int = 1, *args: str, c, d=2, **kw: dict) -> bool:\n    '''doc'''\n    return a")`},
	{"kwonly star", `plain("def f(*, a, b=1): pass\ndef g(a, *, b): pass\ndef h(**k): pass")`},
	{"decorators", `d("@d\n@e.f(1)\ndef g(): pass\n\n@h\nclass C: pass")`},
	{"class def", `d("class C(A, B, metaclass=M, **kw):\n    x = 1\n    def m(self): return self")`},
	{"async def", `d("async def f():\n    await x\n    async for a in b:\n        pass\n    else:\n        pass\n    async with c as d, e:\n        pass\n    return [i async for i in j]")`},
	{"async decorated", `d("@dec\nasync def f():\n    await g()")`},
	{"control flow", `d("if a:\n    pass\nelif b:\n    pass\nelif (c):\n    pass\nelse:\n    pass\nwhile x:\n    break\nelse:\n    continue\nfor i, j in k:\n    pass\nelse:\n    pass")`},
	{"try statement", `d("try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    raise\nelse:\n    pass\nfinally:\n    pass")`},
	{"with raise assert", `d("with a as (b, c), d:\n    raise X from Y\nassert x, 'm'\ndel a, b[0], c.d\ndel (e, f)\nglobal g, h\nnonlocal i")`},
	{"multiline strings", `d("'''a\nb'''\nx = '''\n'''.strip()\ny = b'''\nz'''")`},
	{"line continuation", `d("x = 1 + \\\n    2\ny = [1,\n     2]")`},
	{"tabs and semicolons", `d("if x:\n\ty = 1; z = 2;\n\tw = 3")`},
	{"crlf source", `d("x = 1\r\ny = 2\r\n")`},
	{"unicode identifiers", `d("caf\u00e9 = '\u00e9t\u00e9'; \u00f1 = caf\u00e9")`},
	{"star args calls", `plain("print(*a, sep='', *b, end='\\n', **c)")`},
	{"starred targets", `plain("for a, *b in c: pass\nwith x as [y, *z]: pass")`},
	{"dump missing fields", `(ast.dump(ast.Name()), ast.dump(ast.Name('x', ast.Load())), ast.dump(ast.Name(ctx=ast.Load())))`},
	{"dump not ast", `ast.dump(1)`},
	{"node classes", `(ast.Name._fields, ast.Name._attributes, ast.expr._fields, ast.expr._attributes, ast.mod._attributes, ast.arguments._fields, ast.arg._attributes, ast.keyword._attributes, ast.comprehension._fields, ast.ExceptHandler._fields, ast.withitem._fields, ast.alias._fields)`},
	{"class hierarchy", `[c.__name__ for c in ast.Name.__mro__] + [c.__name__ for c in ast.Load.__mro__] + [ast.Add.__bases__[0].__name__, ast.Not.__bases__[0].__name__, ast.Eq.__bases__[0].__name__, ast.And.__bases__[0].__name__, ast.Index.__bases__[0].__name__, ast.Constant.__bases__[0].__name__]`},
	{"class module", `(ast.Name.__module__, ast.AST.__module__, ast.NodeVisitor.__module__, ast.PyCF_ONLY_AST, _ast.PyCF_ONLY_AST)`},
	{"constructor positional", `(lambda n: (n.id, n.ctx.__class__.__name__, n.lineno))(ast.Name('x', ast.Load(), lineno=3))`},
	{"constructor arity error", `ast.Name('x')`},
	{"constructor arity one", `ast.Expr(1, 2)`},
	{"constructor no fields", `ast.Load(1)`},
	{"constructor base", `ast.AST(1)`},
	{"constructor extra kw", `ast.Name(id='a', foo=3).foo`},
	{"shared contexts", `(lambda t: t.body[0].value.ctx is ast.parse("y").body[0].value.ctx and t.body[0].value.op is not None)(ast.parse("x"))`},
	{"instance dict", `sorted(ast.Num(3).__dict__.items())`},
	{"literal_eval ok", `[ast.literal_eval(s) for s in ("1", "-1", "+2.5", "1+2j", "1-2j", "'s'", "b'b'", "(1, [2, {3: 4}], {5})", "True", "None", "{}", "1+2", "-(1)")]`},
	{"literal_eval node", `ast.literal_eval(ast.parse("[1, 'a']", mode="eval"))`},
	{"literal_eval body", `ast.literal_eval(ast.parse("(1, 2)", mode="eval").body)`},
	{"literal_eval malformed", `[malformed(s) for s in ("x", "f(1)", "set()", "...", "a.b", "[x]", "1 * 2", "not 1", "{**a}")]`},
	{"literal_eval constant", `[ast.literal_eval(ast.Constant(value=v)) for v in (5, (1, 2), None)]`},
	{"literal_eval more", `[ast.literal_eval(s) for s in ("1\n", "(1,\n2)", "'''a\nb'''", "-0j", "+(1-1j)", "1 +2", "True+1")]`},
	{"literal_eval indented", `ast.literal_eval(" 1")`},
	{"literal_eval syntax", `ast.literal_eval("1 +")`},
	{"literal_eval not ast", `ast.literal_eval(3)`},
	{"iter_fields", `[(k, type(v).__name__) for k, v in ast.iter_fields(ast.parse("x = 1").body[0])]`},
	{"iter_child_nodes", `[type(n).__name__ for n in ast.iter_child_nodes(ast.parse("f(a, *b, k=c)").body[0].value)]`},
	{"walk", `[type(n).__name__ for n in ast.walk(ast.parse("def f(a):\n    return a + 1"))]`},
	{"visitor", `(lambda v: (v.visit(ast.parse("a = b + c(d)\nprint(e)")), v.seen)[1])(Names())`},
	{"transformer", `ast.dump(Double().visit(ast.parse("x = 1 + 2 * y")))`},
	{"transformer removes", `ast.dump(DropPass().visit(ast.parse("if x:\n    pass\n    y\npass")))`},
	{"fix_missing_locations", `ast.dump(ast.fix_missing_locations(ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id='f', ctx=ast.Load()), args=[], keywords=[]), lineno=3)])), include_attributes=True)`},
	{"copy_location", `(lambda old: ast.dump(ast.copy_location(ast.Name(id='y', ctx=ast.Load()), old), include_attributes=True))(ast.parse("\n  (x)").body[0].value)`},
	{"increment_lineno", `ast.dump(ast.increment_lineno(ast.parse("x\ny"), 3), include_attributes=True)`},
	{"get_docstring", `[ast.get_docstring(n) for n in (ast.parse("'''\n    Doc.\n      more\n    '''"), ast.parse("def f():\n    'x'\n    pass").body[0], ast.parse("class C:\n    pass").body[0])]`},
	{"get_docstring raw", `ast.get_docstring(ast.parse("'''  a\n   b'''"), clean=False)`},
	{"get_docstring error", `ast.get_docstring(ast.parse("x", mode="eval"))`},
	{"syntax errors", `[err(s) for s in ("x = ", "def f(:\n  pass", "  x", "if x:\npass", "f(**a, *b)", "x = 'abc", "(", "a = 1 = 2", "del f()")]`},
	{"syntax error eval", `err("x = 1", "eval")`},
	{"parse bad mode", `ast.parse("x", mode="bad")`},
	{"parse bytes", `d(b"# coding: utf-8\nx = '\xc3\xa9'\n")`},
	{"parse bytes cookie", "(plain(b\"# coding: latin-1\\nx = '\\xe9'\\n\"), plain(b'\\xef\\xbb\\xbfy = 1\\n'))"},
	{"parse return outside function", `plain("return 1\nyield 2\nbreak")`},
	{"compile only ast flag", `ast.dump(compile("x + 1", "<s>", "eval", ast.PyCF_ONLY_AST))`},
	{"compile tree exec", `run(ast.parse("x = 6 * 7\ny = [i for i in range(3)]\ndef f(a, *b, c=2, **d): return (a, b, c, d)\nz = f(1, 2, c=3, e=4)\nw = f'{x!r:>5}'"))`},
	{"compile tree eval", `run(ast.parse("(lambda a: a * 2)(21)", mode="eval"), "eval")`},
	{"compile built tree", `run(ast.fix_missing_locations(ast.Module(body=[ast.Assign(targets=[ast.Name(id='v', ctx=ast.Store())], value=ast.BinOp(left=ast.Num(n=2), op=ast.Add(), right=ast.Num(n=3)))])))`},
	{"compile transformed", `run(ast.fix_missing_locations(Double().visit(ast.parse("a = 1 + 2"))))`},
	{"compile tree line numbers", `tb_line("x = 1\n\ndef f():\n    y = 2\n    return 1 / 0\n\nf()\n")`},
	{"deepcopy", `ast.dump(__import__("copy").deepcopy(ast.parse("x + 1\nf(y)")), include_attributes=True)`},
	{"pickle", `(lambda p: ast.dump(p.loads(p.dumps(ast.parse("f(y, *z)")))))(__import__("pickle"))`},
	{"user subclass", `(lambda My: (My(1, 2).b, ast.dump(My(1, 2)), isinstance(My(), ast.AST)))(type("My", (ast.AST,), {"_fields": ("a", "b")}))`},
	{"compile wrong mode", `compile(ast.parse("x"), "<t>", "eval")`},
	{"compile tree only ast", `(lambda t: compile(t, "<t>", "exec", ast.PyCF_ONLY_AST) is t)(ast.parse("x"))`},
	{"compile missing lineno", `compile(ast.Module(body=[ast.Expr(value=ast.Name(id='x', ctx=ast.Load()))]), "<t>", "exec")`},
}

func TestASTDifferential(t *testing.T) {
	pytesting.DiffCases(t, "ast", astPrelude, astCases)
}

// fuzzASTSource parses s in every mode through ast.parse: SyntaxError
// (and ValueError for a NUL byte, MemoryError for deep nesting) is the
// only exception allowed; a tree must dump and compile (its compile may
// raise the SyntaxErrors of CPython's later stages, such as 'return'
// outside a function).
const fuzzASTSource = `import ast
def check(s):
    for mode in ('exec', 'eval', 'single'):
        try:
            tree = ast.parse(s, '<fuzz>', mode)
        except (SyntaxError, ValueError, MemoryError):
            continue
        ast.dump(tree, include_attributes=True)
        try:
            compile(tree, '<fuzz>', mode)
        except SyntaxError:
            pass
    return None
`

// FuzzASTParse feeds untrusted text to ast.parse and compile(): a tree
// or SyntaxError, never another exception nor a Go panic.
func FuzzASTParse(f *testing.F) {
	for _, s := range []string{
		"x = 1", "f'{a!r:>{w}}'", "async def f():\n    await x", "@d\nclass C: pass",
		"lambda *a, **k: 0", "x: int = 1", "a[1:2, ...]", "(", "x = 'abc", "\x00",
		"def f():\n    return [i async for i in y]", "del a, b", "from . import x",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzASTSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		res, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
		require.Equal(t, py.None, res)
	})
}
