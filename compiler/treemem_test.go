package compiler_test

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/compiler"
)

// TestCompileReusesTreeMemory checks that a compile() of a small source
// takes its parse tree's memory from the trees compiled before it: the
// tree alone took some 31 KB of the 86 KB a ten-line class cost.
func TestCompileReusesTreeMemory(t *testing.T) {
	if raceBuild {
		t.Skip("the race detector's sync.Pool drops slabs at random")
	}
	compile := func() {
		_, err := compiler.Compile(smallClassSource, "<s>", py.ExecMode, 0, true)
		require.NoError(t, err)
	}
	compile()
	const runs = 200
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < runs; i++ {
		compile()
	}
	runtime.ReadMemStats(&after)
	perCompile := (after.TotalAlloc - before.TotalAlloc) / runs
	// gpython's own parser and compiler take about 50 KB of it.
	require.Less(t, perCompile, uint64(70_000), "bytes allocated per compile")
}

// TestCompileReusedTreesKeepResults compiles sources in several
// goroutines at once, each tree's memory going back to the pool for the
// next: every result equals the one compiled alone.
func TestCompileReusedTreesKeepResults(t *testing.T) {
	var srcs []string
	for i := 0; i < 8; i++ {
		srcs = append(srcs, fmt.Sprintf("%s\ndef f%d(a, *b, c=%d, **d):\n    for x in b:\n        if x:\n            break\n    return [y * %d for y in a if y]\n", smallClassSource, i, i, i))
	}
	want := make([]string, len(srcs))
	for i, s := range srcs {
		co, err := compiler.Compile(s, "<s>", py.ExecMode, 0, true)
		require.NoError(t, err)
		want[i] = codeText(co)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 25; r++ {
				i := (g + r) % len(srcs)
				co, err := compiler.Compile(srcs[i], "<s>", py.ExecMode, 0, true)
				if err == nil && codeText(co) != want[i] {
					err = fmt.Errorf("source %d compiled differently in goroutine %d", i, g)
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		require.NoError(t, err)
	}
}
