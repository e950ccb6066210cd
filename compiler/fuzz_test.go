package compiler

import (
	"strings"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
)

// FuzzRewrite feeds arbitrary source to Rewrite. It must return within a
// bound and never panic; source without an f or F comes back unchanged;
// a successful rewrite keeps every newline and leaves no f-string behind
// (rewriting it again changes nothing); a failure is a SyntaxError (or the
// ValueError of a NUL, the MemoryError of nesting too deep).
func FuzzRewrite(f *testing.F) {
	for _, seed := range []string{
		"x = 1\n",
		"f'{x}'",
		"f\"{x!r:>{w}}\" 'a{' rf'\\{y}'",
		"f'''\n{x +\n1}\n'''",
		"(f'a'  # c\n 'b' f\"{f'{x}'}\")",
		"elif\"x\"",
		"f'{'",
		"f'{x!z}'",
		"f'{a[}'",
		"f'\\N{x}{y}'",
		"b'x' f'{x}'",
		"f'{x:{y:{z}}}'",
		"f'{\"\"\"\n\"\"\"}'",
		"f'''{'''",
		"f'{x}\r\n'",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		var out string
		var err error
		done := make(chan struct{})
		go func() {
			defer close(done)
			out, err = Rewrite(src, "<fuzz>", py.ExecMode)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("Rewrite(%q) did not return", src)
		}
		if !strings.ContainsAny(src, "fF") {
			if err != nil || out != src {
				t.Fatalf("source without f-string changed: %q -> %q, %v", src, out, err)
			}
			return
		}
		if err != nil {
			// Besides a SyntaxError, what CPython raises for a NUL and for
			// nesting too deep.
			if e, ok := err.(*py.Exception); !ok || !e.Type().IsSubtype(py.SyntaxError) && e.Type() != py.ValueError && e.Type() != py.MemoryError {
				t.Fatalf("Rewrite(%q) returned %T %v, not a SyntaxError", src, err, err)
			}
			return
		}
		if strings.Count(out, "\n") != strings.Count(src, "\n") {
			t.Fatalf("newlines changed: %q -> %q", src, out)
		}
		again, err := Rewrite(out, "<fuzz>", py.ExecMode)
		if err != nil || again != out {
			t.Fatalf("rewritten source still has f-strings: %q -> %q -> %q, %v", src, out, again, err)
		}
	})
}

// FuzzCheck feeds arbitrary source to the syntax check, in the mode and
// the way of reading that sel picks (exec, eval or single; a string or a
// file). It must return within a bound and never panic. An error is one
// CPython raises for source: a SyntaxError, IndentationError or TabError
// with its attributes (msg, filename, lineno, offset, text) and
// arguments, a MemoryError for nesting too deep, a ValueError for a NUL.
// Source that passes is rewritten without error, its newlines kept.
func FuzzCheck(f *testing.F) {
	for _, seed := range []string{
		"x = 1\n",
		"def f(a, *, b=1, **k):\n    return [x for x in a if x] + {**k}\n",
		"if x:\n  a\n\tb",
		"x = (\n",
		"s = '''abc\n\n",
		"print 'x'",
		"f(a=1, 2)",
		"del (a, 1)",
		"lambda x=1, y: x",
		"x = 5 $ 3",
		"1_0j + 0x_f + 0o7 + 0b1 + 1.5e-3",
		"async def f():\n    await x\n    async for y in z: pass\n",
		"@d\nclass A(B, metaclass=M):\n    x: int = 1\n",
		"f'{x!r:>{w}}' b'\\x00' rb'\\d' u'é'",
		"try:\n    pass\nexcept E as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    pass\n",
		"from . import (a as b, c,)\nimport d.e as f\n",
		"x = a if b else c; y = not a or b and c < d <= e is not f in g not in h\n",
		"while 1:\n  with a as b, c:\n    yield from x\n",
		strings.Repeat("(", 100) + strings.Repeat(")", 100),
		"\\\n\\",
		"if 1:\n\n  \\\n  x\n",
	} {
		for sel := uint8(0); sel < 6; sel++ {
			f.Add(seed, sel)
		}
	}
	modes := []py.CompileMode{py.ExecMode, py.EvalMode, py.SingleMode}
	f.Fuzz(func(t *testing.T, src string, sel uint8) {
		mode := modes[int(sel)%3]
		fileInput := sel/3%2 == 1 && mode == py.ExecMode
		var err error
		done := make(chan struct{})
		go func() {
			defer close(done)
			_, err = check(src, "<fuzz>", mode, fileInput)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("check(%q, %s) did not return", src, mode)
		}
		if err == nil {
			out, err := rewriteChecked(src, "<fuzz>")
			if err != nil {
				t.Fatalf("source that passed the check does not rewrite: %q: %v", src, err)
			}
			if strings.Count(out, "\n") != strings.Count(src, "\n") {
				t.Fatalf("newlines changed: %q -> %q", src, out)
			}
			return
		}
		e, ok := err.(*py.Exception)
		if !ok {
			t.Fatalf("check(%q) returned %T %v", src, err, err)
		}
		switch e.Type() {
		case py.MemoryError, py.ValueError:
			return
		case py.SyntaxError, py.IndentationError, py.TabError:
		default:
			t.Fatalf("check(%q) raised %s", src, e.Type().Name)
		}
		if msg, ok := e.Dict["msg"].(py.String); !ok || msg == "" {
			t.Fatalf("check(%q): msg %#v", src, e.Dict["msg"])
		}
		if l, ok := e.Dict["lineno"].(py.Int); !ok || l < 0 {
			t.Fatalf("check(%q): lineno %#v", src, e.Dict["lineno"])
		}
		if o, ok := e.Dict["offset"].(py.Int); !ok || o < -1 {
			t.Fatalf("check(%q): offset %#v", src, e.Dict["offset"])
		}
		switch e.Dict["text"].(type) {
		case py.String, py.NoneType:
		default:
			t.Fatalf("check(%q): text %#v", src, e.Dict["text"])
		}
		if args, ok := e.Args.(py.Tuple); !ok || len(args) != 1 && len(args) != 2 {
			t.Fatalf("check(%q): args %#v", src, e.Args)
		}
	})
}
