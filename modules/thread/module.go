// Package thread is the "_thread" module: CPython 3.6's low-level
// threading API over the evaluation loop's threads (vm.StartThread: a
// goroutine per Python thread, under the interpreter lock) and the locks
// threading builds on. Lock waits release the interpreter lock and end
// with KeyboardInterrupt on Ctrl-C in the main thread.
package thread

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = "Low-level threads and locks; the threading module builds its friendlier API on these."

// stackSize is what stack_size() last set; goroutines size their own
// stacks, so it is only reported back.
var stackSize int64

func contextOf(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

func startNewThread(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "start_new_thread() takes no keyword arguments")
	}
	if err := pyarg.UnpackCount("start_new_thread", args, 2, 3); err != nil {
		return nil, err
	}
	fn := args[0]
	if !pyutil.IsCallable(fn) {
		return nil, py.ExceptionNewf(py.TypeError, "first arg must be callable")
	}
	fargs, ok := args[1].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "2nd arg must be a tuple")
	}
	var fkw py.StringDict
	if len(args) == 3 {
		d, ok := args[2].(*vm.Dict)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "optional 3rd arg must be a dictionary")
		}
		var err error
		if fkw, err = d.ToStringDict(func(py.Object) error {
			return py.ExceptionNewf(py.TypeError, "keywords must be strings")
		}); err != nil {
			return nil, err
		}
	}
	var done func()
	if isServiceThread(fn) {
		n := servicesOf(contextOf(self))
		n.Add(1)
		done = func() { n.Add(-1) }
	}
	ident, err := vm.StartThread(contextOf(self), fn, fargs, fkw, done)
	if err != nil {
		if done != nil {
			done()
		}
		return nil, err
	}
	return py.Int(ident), nil
}

// services counts, per interpreter (context), the running threads started
// for the interpreter's own machinery (the multiprocessing hub's listener
// and connection servers): threads a program did not ask for, which
// _count leaves out, as it would not see the work CPython does without
// threads. start_new_thread counts a thread as one when its function has
// a true _service_thread_ attribute. A context's count goes with it.
var services sync.Map // py.Context -> *atomic.Int64

// servicesOf returns ctx's count of service threads.
func servicesOf(ctx py.Context) *atomic.Int64 {
	if v, ok := services.Load(ctx); ok {
		return v.(*atomic.Int64)
	}
	v, _ := services.LoadOrStore(ctx, new(atomic.Int64))
	return v.(*atomic.Int64)
}

// forgetServices drops a closed context's count.
func forgetServices(ctx py.Context) { services.Delete(ctx) }

// isServiceThread reports whether fn, a function or a method bound to
// one, is marked as the interpreter's own. It reads the function's
// __dict__ directly: threading's every start passes a bound method, and
// an attribute lookup that fails would build an AttributeError each time.
func isServiceThread(fn py.Object) bool {
	if m, ok := fn.(*py.BoundMethod); ok {
		fn = m.Method
	}
	f, ok := fn.(*py.Function)
	return ok && f.Dict["_service_thread_"] == py.True
}

func allocateLock(self py.Object) (py.Object, error) { return NewLock(), nil }

func getIdent(self py.Object) (py.Object, error) { return py.Int(vm.ThreadIdent()), nil }

func count(self py.Object) (py.Object, error) {
	ctx := contextOf(self)
	return py.Int(max(0, int64(vm.StartedThreads(ctx))-servicesOf(ctx).Load())), nil
}

func stackSizeFn(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.UnpackCount("stack_size", args, 0, 1); err != nil {
		return nil, err
	}
	old := stackSize
	if len(args) == 1 {
		n, err := pyarg.Long(args[0])
		if err != nil {
			return nil, err
		}
		if n != 0 && n < 32768 {
			return nil, py.ExceptionNewf(py.ValueError, "size not valid: %d bytes", n)
		}
		stackSize = n
	}
	return py.Int(old), nil
}

func exitThread(self py.Object) (py.Object, error) {
	return nil, &py.Exception{Base: py.SystemExit, Args: py.Tuple{}, Dict: py.StringDict{}}
}

func interruptMain(self py.Object) (py.Object, error) {
	sigint.Raise()
	return py.None, nil
}

// setSentinel returns a lock that is released when the calling thread
// ends; threading acquires it at once and its join waits for the release.
func setSentinel(self py.Object) (py.Object, error) {
	l := NewLock()
	vm.AtThreadExit(contextOf(self), func() { l.s.release() })
	return l, nil
}

func init() {
	method := func(name string, fn any, doc string) *py.Method {
		return py.MustNewMethod(name, fn, 0, doc)
	}
	startDoc := "start_new_thread(function, args, kwargs={}) -> int\n\nRun function(*args, **kwargs) in a new thread and give the thread's\nidentifier. The result is dropped; an exception other than SystemExit\nescaping function has its traceback printed. start_new is an old alias."
	allocDoc := "allocate_lock() -> lock\n\nA new, unheld lock. allocate is an old alias."
	exitDoc := "exit() -> does not return\n\nRaise SystemExit, which quietly ends the calling thread unless caught.\nexit_thread is an old alias."
	methods := []*py.Method{
		method("start_new_thread", startNewThread, startDoc),
		method("start_new", startNewThread, startDoc),
		method("allocate_lock", allocateLock, allocDoc),
		method("allocate", allocateLock, allocDoc),
		method("get_ident", getIdent, "get_ident() -> int\n\nA non-zero number naming the calling thread, distinct among live threads."),
		method("_count", count, "_count() -> int\n\nHow many threads started through this module are still running."),
		method("stack_size", stackSizeFn, "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new threads."),
		method("exit", exitThread, exitDoc),
		method("exit_thread", exitThread, exitDoc),
		method("interrupt_main", interruptMain, "interrupt_main() -> None\n\nMake KeyboardInterrupt be raised in the main thread soon, as Ctrl-C would."),
		method("_set_sentinel", setSentinel, "_set_sentinel() -> lock\n\nA held lock that is released once the calling thread has finished."),
	}
	vm.OnContextClosed(forgetServices)
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_thread", Doc: moduleDoc},
		Methods: methods,
		Globals: py.StringDict{
			"LockType":    LockType,
			"RLock":       RLockType,
			"_local":      vm.LocalType,
			"error":       py.RuntimeError,
			"TIMEOUT_MAX": py.Float(timeoutMax),
		},
	})
}
