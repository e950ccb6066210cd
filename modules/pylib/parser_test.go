package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of parser (Lib/modules/parser.py) against CPython 3.6:
// the concrete syntax trees of the 3.6 grammar, their positions, checking
// of hand-made trees and compiling them.

const parserPrelude = pytesting.ShowRepr + `import parser, pickle, copy
def pos(src, expr=False):
    return (parser.expr if expr else parser.suite)(src).totuple(True, True)
def bad(tree):
    try:
        parser.sequence2st(tree)
    except parser.ParserError as e:
        return "ParserError"
    return "accepted"
def err(f, *a):
    try:
        f(*a)
    except Exception as e:
        return (type(e).__name__, e.args)
`

var parserCases = []pytesting.Case{
	{"def positions", `pos("def f(x):\n    return x + 1")`},
	{"comment newline", `pos("x = 1  # c\n")`},
	{"cookie", `pos("# -*- coding: latin-1 -*-\nx=1\n")`},
	{"utf8 cookie", `parser.suite("# coding: utf_8\n").totuple()`},
	{"empty", `pos("")`},
	{"blank tail", `pos("if x:\n  pass\n\n# tail\n")`},
	{"async", `pos("async def f():\n  await x\n  async for a in b: pass\n  async with c as d: pass\nasync = 1\n")`},
	{"brackets continuation", `pos("x = (1,\n  2)\ny=3 \\\n +4\n")`},
	{"expr no newline", `pos("a+1", True)`},
	{"expr newline", `pos("a+1\n", True)`},
	{"arrow ellipsis", `parser.suite("def f(a, *b, c: int = 1, **d) -> None: ...").totuple()`},
	{"relative import", `parser.suite("from ... import name\nfrom .a import (b as c,)").totuple()`},
	{"annotations", `parser.suite("x: int = 5\nclass C:\n    y: str").totuple()`},
	{"comprehensions", `parser.expr("[x async for x in y if x] + {k: v for k, v in z} + {*a, **b}").tolist()`},
	{"not in is not", `parser.expr("a not in b is not c < d").totuple()`},
	{"slices lambda", `parser.expr("x[1:2, ::3, ...] or (lambda *a, k=1: k)(yield_)").totuple()`},
	{"try decorated", `parser.suite("@d.e(1)\nclass A(B, metaclass=M):\n    try: pass\n    except E as e: raise X from e\n    else: pass\n    finally: del a, b\n").totuple()`},
	{"non-ascii column", `pos("s = 'é'; t = 1\n")`},
	{"roundtrip", `all(parser.sequence2st(parser.suite(s).totuple()).totuple() == parser.suite(s).totuple() for s in ["x = 1", "def f():\n  yield from g\n", "while 1:\n  break\nelse:\n  continue\n"])`},
	{"roundtrip lines", `parser.sequence2st(parser.suite("a = 1\nb = 2").totuple(True)).totuple(True)`},
	{"junk", `err(parser.sequence2st, (1, 2, 3))`},
	{"bad trees", `[bad(t) for t in [(257, (0, '')), (258, (0, '')), (257, (269, (270, (271, (277, (1, 'pass'))), (4, '')))), (257, (269, (270, (271, (277, (1, 'pass'))), (4, ''))), (4, ''), (0, '')), (257, (269, (270, (271, (277, (1, 'pas'))), (4, ''))), (4, ''), (0, '')), (257, (269, (270, (271, (277, (1,))), (4, ''))), (4, ''), (0, ''))]]`},
	{"bad operator", `bad((258, (331, (305, (309, (310, (311, (312, (315, (316, (317, (318, (319, (320, (321, (322, (323, (324, (1, 'a')))))), (14, '-'), (320, (321, (322, (323, (324, (2, '1'))))))))))))))))), (4, ''), (0, '')))`},
	{"syntax errors", `[err(parser.suite, "x = = 1"), err(parser.expr, "x = 1"), err(parser.expr, "a", "b"), err(parser.suite, b"x")]`},
	{"kinds", `(parser.expr("a").isexpr(), parser.expr("a").issuite(), parser.suite("a").issuite(), parser.isexpr(parser.suite("a")), parser.STType, type(parser.expr("1")).__name__)`},
	{"compile", `(eval(parser.compilest(parser.expr("2 + 3"))), parser.suite("x = [1,\n 2]\ny = x[1]").compile().co_filename, parser.compilest(parser.expr("-3"), "f.py").co_filename)`},
	{"compile exec", `(lambda g: (exec(parser.suite("def f(a):\n    if a:\n        return 'yes'\n    return 'no'\nr = f(1), f(0)").compile(), g), g["r"])[1])({})`},
	{"compile error", `err(parser.compilest, parser.suite("1 = 3 + 4"))[0]`},
	{"compare", `(parser.expr("1") == parser.expr("1"), parser.expr("1") != parser.suite("1"), parser.expr("1") == 1, err(lambda: parser.expr("1") < 1)[0])`},
	{"pickle copy", `all(pickle.loads(pickle.dumps(s, p)).totuple() == s.totuple() == copy.deepcopy(s).totuple() for s in [parser.expr("2+3"), parser.suite("x = 2")] for p in range(5))`},
	{"deep nesting", `len(str(parser.expr("[" * 93 + "]" * 93).totuple()))`},
	{"no instances", `err(parser.STType)[0]`},
}

func TestParserDifferential(t *testing.T) {
	pytesting.DiffCases(t, "parser", parserPrelude, parserCases)
}
