package thread_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	gpythonssl "github.com/gpython-ssl/gpython-ssl"
)

// run runs src in ctx, in module m (a new one when nil), and returns
// the module.
func run(t *testing.T, ctx py.Context, m *py.Module, src string) *py.Module {
	t.Helper()
	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	var in any
	if m != nil {
		in = m
	}
	m, err = py.RunCode(ctx, code, "<test>", in)
	require.NoError(t, err)
	return m
}

// A service thread (the interpreter's own, left out of _thread._count())
// of one interpreter does not lower the count of another.
func TestServiceThreadsPerInterpreter(t *testing.T) {
	a := gpythonssl.NewContext(py.DefaultContextOpts())
	defer a.Close()
	b := gpythonssl.NewContext(py.DefaultContextOpts())
	defer b.Close()

	const blocked = `
import _thread
gate = _thread.allocate_lock()
gate.acquire()
started = _thread.allocate_lock()
started.acquire()
def work():
    started.release()
    gate.acquire()
    gate.release()
`
	ma := run(t, a, nil, blocked+`
work._service_thread_ = True
_thread.start_new_thread(work, ())
started.acquire()
n = _thread._count()
`)
	require.Equal(t, py.Int(0), ma.Globals["n"], "a service thread is not counted")

	mb := run(t, b, nil, blocked+`
_thread.start_new_thread(work, ())
started.acquire()
n = _thread._count()
`)
	require.Equal(t, py.Int(1), mb.Globals["n"], "the other interpreter's service thread must not hide this one's thread")

	run(t, a, ma, "gate.release()")
	run(t, b, mb, "gate.release()")
}
