package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
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

// checkInterrupt raises KeyboardInterrupt when SIGINT arrived (or runs
// the Python handler of another signal), and lets another thread run when
// one has waited for the interpreter lock. The loop calls it at every
// backward jump (jump) and at calls, which is where CPython 3.6's eval
// breaker is met in a loop that makes no call.
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

// breakerDue reports whether checkInterrupt has anything to do: a signal
// is pending or another thread asks for the interpreter lock. Two atomic
// loads, so that a backward jump pays next to nothing when neither is so.
func (t *thread) breakerDue() bool {
	return sigint.Pending() || (t.lock != nil && t.lock.DropRequested())
}

// jump sends f to instruction to. A jump backwards (to at or before the
// jump itself) is a loop's back edge, whichever instruction makes it
// (JUMP_ABSOLUTE, a conditional jump threaded back to a loop's test, a
// fused compare-and-jump): it first runs the eval breaker, and when that
// raises, f stays at the jump, so that the traceback names the jump's
// line, as 3.6's does. The loop's hot jumps write jump out (to >= f.pc
// || !t.breakerDue(), else breakAndJump): it is too big to inline.
func (t *thread) jump(f *frame, to int) error {
	if to < f.pc && t.breakerDue() {
		return t.breakAndJump(f, to)
	}
	f.pc = to
	return nil
}

// breakAndJump is jump's slow path, kept out of it so that jump inlines.
func (t *thread) breakAndJump(f *frame, to int) error {
	if err := t.checkInterrupt(); err != nil {
		return err
	}
	f.pc = to
	return nil
}

// sigintPending reports whether SIGINT is waiting to be raised.
func sigintPending() bool { return sigint.Pending() }

// InterruptedFrame returns the frame object of the Python code that the
// calling goroutine's thread was running (the innermost frame of the
// thread that holds its interpreter lock), or None outside any: the
// frame argument of a signal handler, as CPython passes it.
func InterruptedFrame() py.Object {
	t, ok := gil.HeldState().(*thread)
	if !ok || t.top == nil {
		return py.None
	}
	return t.frameChain(t.top)
}
