package pysignal

import (
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// _signaltest lets a script do what the evaluation loop will do once it
// calls Deliver (see the package doc): deliver() runs the pending
// handlers on the interpreter's thread; wait_pending() waits for the
// dispatching goroutine to mark a signal.
func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_signaltest"},
		Methods: []*py.Method{
			pyutil.MustNewMethod("deliver", func(self py.Object) (py.Object, error) {
				if err := Deliver(); err != nil {
					return nil, err
				}
				return py.None, nil
			}, 0, ""),
			pyutil.MustNewMethod("wait_pending", func(self py.Object) (py.Object, error) {
				for i := 0; i < 200 && !anyPending.Load(); i++ {
					time.Sleep(10 * time.Millisecond)
				}
				return py.NewBool(anyPending.Load()), nil
			}, 0, ""),
		},
	})
}

func TestDeliver(t *testing.T) {
	// the script plays the loop's part: nothing may take sigint's flag
	// before it does
	was := Async.Swap(false)
	defer Async.Store(was)
	out, err := pytesting.Run(t, `import signal, os, _signaltest
got = []
import sys
def h(n, f):
    got.append((n, f is sys._getframe(1) and f.f_code.co_name))
def bad(n, f):
    raise ValueError("boom %d" % n)
signal.signal(signal.SIGUSR2, h)
os.kill(os.getpid(), signal.SIGUSR2)
print(_signaltest.wait_pending())
_signaltest.deliver()
print(got)
signal.signal(signal.SIGUSR2, bad)
os.kill(os.getpid(), signal.SIGUSR2)
_signaltest.wait_pending()
try:
    _signaltest.deliver()
except ValueError as e:
    print("raised", e)
try:
    _signaltest.deliver()
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
signal.signal(signal.SIGINT, h)
_signaltest.deliver()
print(got[-1])
signal.signal(signal.SIGINT, signal.default_int_handler)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
`)
	require.NoError(t, err, out)
	require.Equal(t, "True\n[(12, '<module>')]\nraised boom 12\nKeyboardInterrupt ()\n(2, '<module>')\n", out)
}
