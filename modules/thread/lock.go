package thread

import (
	"fmt"
	"math"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// timeoutMax is _thread.TIMEOUT_MAX: the largest timeout in seconds a
// wait accepts, CPython's on Linux (PY_TIMEOUT_MAX microseconds).
const timeoutMax = float64(math.MaxInt64 / 1000 / 1000000) // whole seconds, as CPython 3.6 floors it

// sem is the mutex under both lock types: a channel holding a value while
// the lock is held, so any goroutine may release it (a _thread.lock is not
// owned) and a waiter can also wait for a timeout and for Ctrl-C.
type sem chan struct{}

func newSem() sem { return make(sem, 1) }

func (s sem) tryAcquire() bool {
	select {
	case s <- struct{}{}:
		return true
	default:
		return false
	}
}

// release reports false when the lock was not held.
func (s sem) release() bool {
	select {
	case <-s:
		return true
	default:
		return false
	}
}

func (s sem) locked() bool { return len(s) == 1 }

// acquire takes the lock: at once or not at all when !blocking, otherwise
// waiting with the interpreter lock released, for at most timeout when
// timed. Ctrl-C ends the main thread's wait with KeyboardInterrupt, as
// CPython's lock waits are interruptible.
func (s sem) acquire(blocking, timed bool, timeout time.Duration) (bool, error) {
	if s.tryAcquire() {
		return true, nil
	}
	if !blocking || (timed && timeout == 0) {
		return false, nil
	}
	var expired <-chan time.Time
	if timed {
		t := time.NewTimer(timeout)
		defer t.Stop()
		expired = t.C
	}
	// The wait looks up every delCheck for finalization that became due
	// (__del__ methods and weakref callbacks of objects the script
	// dropped before waiting, found by a collection), and runs it with
	// the interpreter lock taken back.
	check := time.NewTicker(delCheck)
	defer check.Stop()
	// The collections are for what this thread dropped before it began
	// to wait: the first finds it. Later ones can only find what other
	// threads drop, which their own drops finalize, so they come at
	// doubling gaps: a thread that waits for minutes (a threading.Timer,
	// a pool worker) would otherwise cost a busy server a full
	// collection four times a second.
	var nextCollect time.Time
	collectGap := waitCollectFirstGap
	for {
		var got, ended, due bool
		var err error
		gil.Unlocked(func() {
			for {
				select {
				case s <- struct{}{}:
					got = true
					return
				case <-expired:
					ended = true
					return
				case <-check.C:
					if vm.FinalizersDue() {
						due = true
						return
					}
					if now := time.Now(); !now.Before(nextCollect) {
						vm.CollectForWaits()
						nextCollect = now.Add(collectGap)
						collectGap = min(2*collectGap, waitCollectMaxGap)
					}
				case <-sigint.Done():
					if e := sigint.Check(); e != nil {
						err = e
						return
					}
				}
			}
		})
		if got || ended || err != nil {
			return got, err
		}
		if due {
			vm.RunDueFinalizers()
		}
	}
}

// delCheck is how often a lock wait looks for finalization to run.
const delCheck = 20 * time.Millisecond

// A wait's collections (vm.CollectForWaits, itself at most one every
// 250 ms among all waits) come at gaps doubling from the first to the
// largest.
const (
	waitCollectFirstGap = 250 * time.Millisecond
	waitCollectMaxGap   = 8 * time.Second
)

// acquireArgs parses acquire(blocking=True, timeout=-1) with CPython 3.6's
// rules and messages.
func acquireArgs(args py.Tuple, kwargs py.StringDict) (blocking, timed bool, timeout time.Duration, err error) {
	a, err := pyarg.Parse36("acquire", args, kwargs, []string{"blocking", "timeout"}, 0, pyarg.Getargs36)
	if err != nil {
		return false, false, 0, err
	}
	blocking = true
	if a[0] != nil {
		n, err := pyarg.Int(a[0])
		if err != nil {
			return false, false, 0, err
		}
		blocking = n != 0
	}
	secs := -1.0
	if a[1] != nil {
		switch v := a[1].(type) {
		case py.Int, py.Bool, py.Float, *py.BigInt:
			d, err := pyarg.Double(v)
			if err != nil {
				return false, false, 0, err
			}
			secs = d
		default:
			return false, false, 0, py.ExceptionNewf(py.TypeError, "an integer is required (got type %s)", pyarg.TypeName(v))
		}
	}
	if !blocking && secs != -1 {
		return false, false, 0, py.ExceptionNewf(py.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if secs < 0 && secs != -1 {
		return false, false, 0, py.ExceptionNewf(py.ValueError, "timeout value must be positive")
	}
	if secs*1e9 >= math.MaxInt64 || math.IsNaN(secs) {
		return false, false, 0, py.ExceptionNewf(py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	if secs > timeoutMax {
		return false, false, 0, py.ExceptionNewf(py.OverflowError, "timeout value is too large")
	}
	if secs >= 0 {
		timed = true
		timeout = time.Duration(math.Ceil(secs * 1e9))
	}
	return blocking, timed, timeout, nil
}

// Lock is _thread.lock: a mutex any thread may release.
type Lock struct{ s sem }

// LockType is _thread.LockType.
var LockType = py.NewType("lock", "A mutual-exclusion lock (made by threading.Lock()).\n\nacquire() takes it, waiting while it is held; release() frees it; locked()\ntells whether it is held. Any thread may release it, and acquiring it\ntwice from one thread waits forever.")

// NewLock returns an unlocked lock.
func NewLock() *Lock { return &Lock{s: newSem()} }

func (l *Lock) Type() *py.Type { return LockType }

func (l *Lock) M__repr__() (py.Object, error) {
	state := "unlocked"
	if l.s.locked() {
		state = "locked"
	}
	return py.String(fmt.Sprintf("<%s _thread.lock object at %p>", state, l)), nil
}

func lockAcquire(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	blocking, timed, timeout, err := acquireArgs(args, kwargs)
	if err != nil {
		return nil, err
	}
	got, err := self.(*Lock).s.acquire(blocking, timed, timeout)
	if err != nil {
		return nil, err
	}
	return py.NewBool(got), nil
}

func lockRelease(self py.Object) (py.Object, error) {
	if !self.(*Lock).s.release() {
		return nil, py.ExceptionNewf(py.RuntimeError, "release unlocked lock")
	}
	return py.None, nil
}

func lockLocked(self py.Object) (py.Object, error) {
	return py.NewBool(self.(*Lock).s.locked()), nil
}

func lockExit(self py.Object, args py.Tuple) (py.Object, error) {
	if _, err := lockRelease(self); err != nil {
		return nil, err
	}
	return py.None, nil
}

const (
	acquireDoc = "acquire(blocking=True, timeout=-1) -> bool\n\nTake the lock. With blocking true, wait for it (at most timeout seconds\nwhen timeout is not -1); with blocking false, do not wait. Gives whether\nthe lock was taken. acquire_lock is an old alias."
	releaseDoc = "release() -> None\n\nFree a held lock (any thread may do it), letting one waiter take it;\nRuntimeError when it is not held. release_lock is an old alias."
	lockedDoc  = "locked() -> bool\n\nWhether the lock is held now. locked_lock is an old alias."
)

func init() {
	LockType.Dict["__module__"] = py.String("_thread")
	for _, name := range []string{"acquire", "acquire_lock", "__enter__"} {
		LockType.Dict[name] = py.MustNewMethod(name, lockAcquire, 0, acquireDoc)
	}
	for _, name := range []string{"release", "release_lock"} {
		LockType.Dict[name] = py.MustNewMethod(name, lockRelease, 0, releaseDoc)
	}
	LockType.Dict["__exit__"] = py.MustNewMethod("__exit__", lockExit, 0, releaseDoc)
	for _, name := range []string{"locked", "locked_lock"} {
		LockType.Dict[name] = py.MustNewMethod(name, lockLocked, 0, lockedDoc)
	}
}

// RLock is _thread.RLock: a lock its owner may take again, released when
// every acquire has its release. owner and count change only under the
// interpreter lock.
type RLock struct {
	s     sem
	owner int64 // thread ident of the owner, 0 when unlocked
	count int64
}

// RLockType is _thread.RLock.
var RLockType = py.NewType("RLock", "")

func (r *RLock) Type() *py.Type { return RLockType }

func (r *RLock) M__repr__() (py.Object, error) {
	state := "unlocked"
	if r.s.locked() {
		state = "locked"
	}
	return py.String(fmt.Sprintf("<%s _thread.RLock object owner=%d count=%d at %p>", state, r.owner, r.count, r)), nil
}

func rlockAcquire(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	r := self.(*RLock)
	blocking, timed, timeout, err := acquireArgs(args, kwargs)
	if err != nil {
		return nil, err
	}
	me := vm.ThreadIdent()
	if r.count > 0 && r.owner == me {
		if r.count == math.MaxInt64 {
			return nil, py.ExceptionNewf(py.OverflowError, "Internal lock count overflowed")
		}
		r.count++
		return py.True, nil
	}
	got, err := r.s.acquire(blocking, timed, timeout)
	if err != nil || !got {
		return py.NewBool(got), err
	}
	r.owner, r.count = me, 1
	return py.True, nil
}

func (r *RLock) owned() bool { return r.count > 0 && r.owner == vm.ThreadIdent() }

func rlockRelease(self py.Object) (py.Object, error) {
	r := self.(*RLock)
	if !r.owned() {
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
		r.s.release()
	}
	return py.None, nil
}

func rlockExit(self py.Object, args py.Tuple) (py.Object, error) {
	return rlockRelease(self)
}

func rlockIsOwned(self py.Object) (py.Object, error) {
	return py.NewBool(self.(*RLock).owned()), nil
}

// rlockReleaseSave releases completely and returns (count, owner) for
// _acquire_restore (Condition.wait uses the pair).
func rlockReleaseSave(self py.Object) (py.Object, error) {
	r := self.(*RLock)
	if r.count == 0 {
		return nil, py.ExceptionNewf(py.RuntimeError, "cannot release un-acquired lock")
	}
	state := py.Tuple{py.Int(r.count), py.Int(r.owner)}
	r.owner, r.count = 0, 0
	r.s.release()
	return state, nil
}

func rlockAcquireRestore(self py.Object, arg py.Object) (py.Object, error) {
	r := self.(*RLock)
	state, ok := arg.(py.Tuple)
	if !ok || len(state) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_acquire_restore() argument must be a (count, owner) tuple")
	}
	count, err := pyarg.Long(state[0])
	if err != nil {
		return nil, err
	}
	owner, err := pyarg.Long(state[1])
	if err != nil {
		return nil, err
	}
	if _, err := r.s.acquire(true, false, 0); err != nil {
		return nil, err
	}
	r.owner, r.count = owner, count
	return py.None, nil
}

func init() {
	RLockType.Dict["__module__"] = py.String("_thread")
	RLockType.New = func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return &RLock{s: newSem()}, nil
	}
	for _, name := range []string{"acquire", "__enter__"} {
		RLockType.Dict[name] = py.MustNewMethod(name, rlockAcquire, 0, "acquire(blocking=True) -> bool\n\nTake the lock; whether it was taken.")
	}
	RLockType.Dict["release"] = py.MustNewMethod("release", rlockRelease, 0, "release()\n\nRelease the lock.")
	RLockType.Dict["__exit__"] = py.MustNewMethod("__exit__", rlockExit, 0, "Release the lock.")
	RLockType.Dict["_is_owned"] = py.MustNewMethod("_is_owned", rlockIsOwned, 0, "Helper for threading.Condition; not a public API.")
	RLockType.Dict["_release_save"] = py.MustNewMethod("_release_save", rlockReleaseSave, 0, "Helper for threading.Condition; not a public API.")
	RLockType.Dict["_acquire_restore"] = py.MustNewMethod("_acquire_restore", rlockAcquireRestore, 0, "Helper for threading.Condition; not a public API.")
}
