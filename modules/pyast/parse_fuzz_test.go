package pyast

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/compiler"
)

// FuzzParse feeds arbitrary text to Parse in every mode: the answer is a
// tree or the exception CPython's parser raises (SyntaxError and its
// subclasses, ValueError for a NUL byte, MemoryError for deep nesting),
// never a Go panic nor another error; every source CPython's checks
// accept gets a tree, and the tree converts to Python objects.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "f'{a!r:>{w}}' 'b'", "async def f():\n    await x\n", "@d\nclass C(A, **k): pass",
		"[x async for x in y]", "lambda *a, b=1, **c: 0", "a[1:2, ::3, ...]", "x: int = 5",
		"try:\n pass\nexcept E as e:\n pass\nfinally:\n pass", "'''\n{x}'''", "f'''{\na}'''",
		"def f(a, *, b): return (yield)", "del a, (b, c)", "from .. import (x as y,)",
		"if a:\n\tb\nelif c:\n\td", "0x_1f + 1_0.5e-3j", "b'\\x00' rb'\\n'", "x = (", ")", "f'{'",
		"\ufeffx", "x\r\ny\r", "\\\n", "(yield)", "print(*a, *b, **c, **d)", "{**a, 'b': 1}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, mode := range []py.CompileMode{py.ExecMode, py.EvalMode, py.SingleMode} {
			n, err := Parse(src, "<fuzz>", mode)
			if err != nil {
				if compiler.CheckSyntax(src, "<fuzz>", mode) == nil {
					t.Fatalf("%s %q: CPython's checks accept it, the tree builder fails: %v", mode, src, err)
				}
				if !isSyntaxError(err) {
					t.Fatalf("%s %q: %v (%T)", mode, src, err, err)
				}
				continue
			}
			if n == nil {
				t.Fatalf("%s %q: no tree and no error", mode, src)
			}
			if _, ok := toPy(n).(py.Tuple); !ok {
				t.Fatalf("%s %q: the tree is not a tuple", mode, src)
			}
		}
	})
}
