// Package thread is the "_thread" module: CPython 3.6's low-level
// threading API over the evaluation loop's threads (vm.StartThread: a
// goroutine per Python thread, under the interpreter lock) and the locks
// threading builds on. Lock waits release the interpreter lock and end
// with KeyboardInterrupt on Ctrl-C in the main thread.
package thread

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."

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
	ident, err := vm.StartThread(contextOf(self), fn, fargs, fkw, nil)
	if err != nil {
		return nil, err
	}
	return py.Int(ident), nil
}

func allocateLock(self py.Object) (py.Object, error) { return NewLock(), nil }

func getIdent(self py.Object) (py.Object, error) { return py.Int(vm.ThreadIdent()), nil }

func count(self py.Object) (py.Object, error) {
	return py.Int(vm.StartedThreads(contextOf(self))), nil
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
	startDoc := "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\nStart a new thread and return its identifier.  The thread will call the\nfunction with positional arguments from the tuple args and keyword arguments\ntaken from the optional dictionary kwargs.  The thread exits when the\nfunction returns; the return value is ignored.  The thread will also exit\nwhen the function raises an unhandled exception; a stack trace will be\nprinted unless the exception is SystemExit.\n"
	allocDoc := "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock object. See help(type(threading.Lock())) for\ninformation about locks."
	exitDoc := "exit()\n(exit_thread() is an obsolete synonym)\n\nThis is synonymous to ``raise SystemExit''.  It will cause the current\nthread to exit silently unless the exception is caught."
	methods := []*py.Method{
		method("start_new_thread", startNewThread, startDoc),
		method("start_new", startNewThread, startDoc),
		method("allocate_lock", allocateLock, allocDoc),
		method("allocate", allocateLock, allocDoc),
		method("get_ident", getIdent, "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously."),
		method("_count", count, "_count() -> integer\n\nReturn the number of currently running Python threads, excluding \nthe main thread."),
		method("stack_size", stackSizeFn, "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new threads."),
		method("exit", exitThread, exitDoc),
		method("exit_thread", exitThread, exitDoc),
		method("interrupt_main", interruptMain, "interrupt_main()\n\nRaise a KeyboardInterrupt in the main thread.\nA subthread can use this function to interrupt the main thread."),
		method("_set_sentinel", setSentinel, "_set_sentinel() -> lock\n\nSet a sentinel lock that will be released when the current thread\nstate is finalized (after it is untied from the interpreter)."),
	}
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
