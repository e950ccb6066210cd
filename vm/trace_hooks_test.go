package vm_test

import (
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// TestTraceSharedCode: one compiled module runs at the same time in two
// contexts (two interpreters, two goroutines); one of them traces the
// module's function with sys.settrace while the other runs it untraced.
// Tracing must not write to the decoded code both share (under -race a
// write there races with the other interpreter's loop), the traced side
// must see its line events, and the untraced side none of them.
func TestTraceSharedCode(t *testing.T) {
	src := `
import sys

def work(n):
    total = 0
    i = 0
    while i < n:
        if i % 3:
            total += i
        else:
            total -= 1
        i += 1
    return total

lines = []
def tracer(frame, event, arg):
    if frame.f_code.co_name != "work":
        return None
    def local(frame, event, arg):
        if event == "line":
            lines.append(frame.f_lineno)
        return local
    return local

result = 0
for rep in range(REPS):
    if TRACE:
        sys.settrace(tracer)
    result += work(300)
    if TRACE:
        sys.settrace(None)
result += work(300)
`
	// The expected total of work(300), computed here.
	want := 0
	for i := 0; i < 300; i++ {
		if i%3 != 0 {
			want += i
		} else {
			want--
		}
	}
	// The untraced interpreters run the function for longer, so that
	// they are inside it when the traced ones start tracing it.
	const reps, untracedReps = 10, 200
	traced := []bool{true, false, true, false}
	// Each round compiles the module again: its function's code is
	// traced for the first time while the other interpreters run it.
	for round := 0; round < 4; round++ {
		code, err := py.Compile(src, "<shared>", py.ExecMode, 0, true)
		require.NoError(t, err)
		runShared(t, code, traced, reps, untracedReps, want)
	}
}

// runShared runs code in one new context per entry of traced, all at
// once, and checks their results (TestTraceSharedCode).
func runShared(t *testing.T, code *py.Code, traced []bool, reps, untracedReps, want int) {
	type outcome struct {
		g   py.StringDict
		err error
	}
	outs := make([]outcome, len(traced))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i, tr := range traced {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ctx := py.NewContext(py.DefaultContextOpts())
			defer ctx.Close()
			n := untracedReps
			if tr {
				n = reps
			}
			g := py.StringDict{"__name__": py.String("__main__"), "REPS": py.Int(n), "TRACE": py.NewBool(tr)}
			<-start
			_, err := ctx.RunCode(code, g, g, nil)
			outs[i] = outcome{g, err}
		}()
	}
	close(start)
	wg.Wait()
	for i, tr := range traced {
		require.NoError(t, outs[i].err, "interpreter %d", i)
		g := outs[i].g
		lines, ok := g["lines"].(*py.List)
		require.True(t, ok)
		if !tr {
			require.Equal(t, py.Int(want*(untracedReps+1)), g["result"], "interpreter %d", i)
			require.Empty(t, lines.Items, "untraced interpreter %d saw line events", i)
			continue
		}
		require.Equal(t, py.Int(want*(reps+1)), g["result"], "interpreter %d", i)
		// Per call: the two assignments, then per iteration the while
		// test, the if, one branch and the increment, then the final
		// while test and the return.
		perCall := 2 + 300*4 + 2
		require.Len(t, lines.Items, perCall*reps, "interpreter %d", i)
		require.Equal(t, py.Int(5), lines.Items[0]) // total = 0
	}
}
