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
// (rewriting it again changes nothing); a failure is a SyntaxError.
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
			// A SystemError is gpython's parser panicking on a field's
			// expression, which compiling the source would hit as well.
			if e, ok := err.(*py.Exception); !ok || !e.Type().IsSubtype(py.SyntaxError) && e.Type() != py.SystemError {
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
