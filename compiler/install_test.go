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
