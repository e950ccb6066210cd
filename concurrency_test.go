package gpythonssl_test

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gpythonssl "github.com/gpython-ssl/gpython-ssl"
)

// One context used from many goroutines at once: every call takes the
// context's interpreter lock, so the Python state stays consistent (the
// race detector watches the Go side) and nothing deadlocks, including
// calls that block with the lock released and threads the script starts.
func TestContextFromManyGoroutines(t *testing.T) {
	ctx := gpythonssl.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	m, err := runModule(ctx, `
import time, _thread
seen = []
def work(g, n):
    for i in range(n):
        seen.append((g, i))
        if i % 25 == 0:
            time.sleep(0.0001)   # blocks with the lock released
    return len(seen)

started = []
def background():
    for i in range(100):
        seen.append(("bg", i))
    started.append(1)
_thread.start_new_thread(background, ())
`)
	require.NoError(t, err)
	work := m.Globals["work"]

	const goroutines, perCall = 16, 200
	var wg sync.WaitGroup
	errs := make(chan error, goroutines)
	for g := 0; g < goroutines; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := py.Call(work, py.Tuple{py.Int(g), py.Int(perCall)}, nil); err != nil {
				errs <- fmt.Errorf("goroutine %d: %w", g, err)
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	deadline := time.Now().Add(10 * time.Second)
	for {
		_, err := runIn(ctx, "n = len(started)", m)
		require.NoError(t, err)
		if m.Globals["n"] == py.Int(1) || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	seen, ok := m.Globals["seen"].(*py.List)
	require.True(t, ok, "seen is a list")
	assert.Len(t, seen.Items, goroutines*perCall+100, "every append of every goroutine and of the thread")
}

// AllowThreads runs Go code with the interpreter lock released: another
// goroutine's Python call proceeds while it blocks.
func TestAllowThreads(t *testing.T) {
	ctx := gpythonssl.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	release := make(chan struct{})
	entered := make(chan struct{})
	blocker := py.MustNewMethod("blocker", func(self py.Object) (py.Object, error) {
		gpythonssl.AllowThreads(func() {
			close(entered)
			<-release
		})
		return py.None, nil
	}, 0, "")
	m, err := runModule(ctx, "def call(f):\n    return f()\ndef quick():\n    return 42\n")
	require.NoError(t, err)

	done := make(chan error, 1)
	go func() {
		_, err := py.Call(m.Globals["call"], py.Tuple{blocker}, nil)
		done <- err
	}()
	<-entered
	got := make(chan py.Object, 1)
	go func() {
		r, err := py.Call(m.Globals["quick"], nil, nil)
		assert.NoError(t, err)
		got <- r
	}()
	select {
	case r := <-got:
		assert.Equal(t, py.Int(42), r)
	case <-time.After(10 * time.Second):
		t.Fatal("a call waited for Go code that had released the lock")
	}
	close(release)
	require.NoError(t, <-done)
}

// runModule runs src as a new module of ctx.
func runModule(ctx py.Context, src string) (*py.Module, error) {
	return runIn(ctx, src, nil)
}

// runIn runs src in module m (a new module when nil).
func runIn(ctx py.Context, src string, m *py.Module) (*py.Module, error) {
	code, err := py.Compile(src, "<embed>", py.ExecMode, 0, true)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return py.RunCode(ctx, code, "<embed>", nil)
	}
	return py.RunCode(ctx, code, "<embed>", m)
}
