package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
)

// RecursionError is raised when the Python call depth passes
// sys.getrecursionlimit(); gpython has no such class.
// (exception classes the loop raises)
var RecursionError = pyutil.NewExceptionType("RecursionError", "Raised when Python calls nest deeper than sys.getrecursionlimit() allows.", py.RuntimeError)

// ModuleNotFoundError is raised by import when a module cannot be found
// (3.6); gpython raises FileNotFoundError.
var ModuleNotFoundError = pyutil.NewExceptionType("ModuleNotFoundError", "Module not found.", py.ImportError)

func init() {
	if impl := py.GetModuleImpl("builtins"); impl != nil {
		impl.Globals["RecursionError"] = RecursionError
		impl.Globals["ModuleNotFoundError"] = ModuleNotFoundError
	}
}

// checkInterrupt raises KeyboardInterrupt when SIGINT arrived, and lets
// another thread run when one has waited for the interpreter lock (the
// loop checks on backward jumps and calls, as CPython's eval breaker
// does).
func (t *thread) checkInterrupt() error {
	t.yieldLock()
	if t.uninterruptible {
		return nil
	}
	if sigint.Pending() && sigint.Take() {
		return sigint.Deliver()
	}
	return nil
}

// sigintPending reports whether SIGINT is waiting to be raised.
func sigintPending() bool { return sigint.Pending() }
