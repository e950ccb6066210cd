package compiler_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/compiler"
)

// TestInstalled checks that the package's init put Compile in py.Compile.
func TestInstalled(t *testing.T) {
	code, err := py.Compile("f'{1}'", "<test>", py.EvalMode, 0, true)
	require.NoError(t, err)
	assert.NotNil(t, code)
	assert.Equal(t, fmt.Sprintf("%p", compiler.Compile), fmt.Sprintf("%p", py.Compile))
}

// TestCompileConcurrently compiles f-strings from many goroutines at once
// (run with -race).
func TestCompileConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			src := fmt.Sprintf("x = f'{%d!r:>{%d}}' f\"{f'{x}'}\"\ny = f'{x'\n", i, i)
			for range 20 {
				if _, err := compiler.Compile(src[:strings.IndexByte(src, '\n')+1], "<test>", py.ExecMode, 0, true); err != nil {
					errs <- err
					return
				}
				if _, err := compiler.Compile(src, "<test>", py.ExecMode, 0, true); err == nil {
					errs <- fmt.Errorf("no SyntaxError for %q", src)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// BenchmarkCompile compares compiling a module through the front-end with
// gpython's compiler alone, with and without f-strings.
func BenchmarkCompile(b *testing.B) {
	plain := strings.Repeat("def g(a, b):\n    return '{} {}'.format(a, b) + \"x\"\n", 50)
	fstr := strings.Repeat("def g(a, b):\n    return f'{a} {b!r:>{a}}' + \"x\"\n", 50)
	for _, bc := range []struct {
		name, src string
	}{{"plain", plain}, {"fstrings", fstr}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := compiler.Compile(bc.src, "<bench>", py.ExecMode, 0, true); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(bc.name+"/rewrite only", func(b *testing.B) {
			for b.Loop() {
				if _, err := compiler.Rewrite(bc.src, "<bench>", py.ExecMode); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestCompileDeterministic: the same source compiles to the same constants
// every time (the code cache is compared byte for byte with a fresh
// compile); several functions with keyword-only defaults each add a names
// tuple to co_consts, which once came in map order.
func TestCompileDeterministic(t *testing.T) {
	var src strings.Builder
	for i := range 12 {
		fmt.Fprintf(&src, "def f%d(a, *, k%d=None, b=%d): pass\n", i, i, i)
	}
	var first string
	for i := range 20 {
		code, err := compiler.Compile(src.String(), "<test>", py.ExecMode, 0, true)
		require.NoError(t, err)
		var consts []string
		for _, c := range code.Consts {
			if _, isCode := c.(*py.Code); !isCode {
				consts = append(consts, fmt.Sprintf("%#v", c))
			}
		}
		got := strings.Join(consts, " ") + "|" + code.Code
		if i == 0 {
			first = got
		}
		require.Equal(t, first, got, "compile %d differs", i)
	}
}
