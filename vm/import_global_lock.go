package vm

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// The global import lock of _imp.acquire_lock, release_lock and
// lock_held (and imp's functions of those names): a re-entrant lock a
// thread takes around work that must not run beside another thread's
// (pkg_resources' namespace fix-ups). Imports themselves take per-module
// locks (import_lock.go), as in CPython 3.6, not this one.
var globalImportLock struct {
	mu    sync.Mutex
	free  *sync.Cond // signalled when count drops to 0
	owner int64      // the holding thread's ident, when count > 0
	count int
}

func init() { globalImportLock.free = sync.NewCond(&globalImportLock.mu) }

func impAcquireLock(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "acquire_lock() takes no arguments (%d given)", len(args))
	}
	l, me := &globalImportLock, ThreadIdent()
	l.mu.Lock()
	if l.count > 0 && l.owner != me {
		// Waited for without the interpreter lock, which the holder
		// may need to get to its release.
		l.mu.Unlock()
		gil.Unlocked(func() {
			l.mu.Lock()
			for l.count > 0 {
				l.free.Wait()
			}
		})
	}
	l.owner = me
	l.count++
	l.mu.Unlock()
	return py.None, nil
}

func impReleaseLock(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "release_lock() takes no arguments (%d given)", len(args))
	}
	l := &globalImportLock
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.count == 0 || l.owner != ThreadIdent() {
		return nil, py.ExceptionNewf(py.RuntimeError, "not holding the import lock")
	}
	if l.count--; l.count == 0 {
		l.free.Signal()
	}
	return py.None, nil
}

func impLockHeld(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "lock_held() takes no arguments (%d given)", len(args))
	}
	l := &globalImportLock
	l.mu.Lock()
	defer l.mu.Unlock()
	return py.NewBool(l.count > 0), nil
}
