package vm

import (
	"runtime"
	"sync/atomic"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/gcpolicy"
	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// __del__ calls during waits outside the loop. The loop calls the __del__
// methods that are due where it checks for dropped objects (finalize.go);
// a thread blocked in Go code (a lock wait) reaches none of those points,
// so an object dropped just before the wait would not be finalized until
// the wait ends. CPython's reference counting has finalized it by then:
// an HTTP response dropped unread closes its socket before the script
// waits for the server thread that reads from the other end. Waits call
// RunDueDels when DelsDue reports work.

// DelsDue reports whether the __del__ of some collected instance waits to
// be called. One atomic load.
func DelsDue() bool { return delsReady.Load() != 0 }

// RunDueDels calls the __del__ methods that are due, on the calling
// goroutine's thread; the goroutine must hold a context's interpreter
// lock (otherwise, or with nothing due, it does nothing).
func RunDueDels() {
	if !DelsDue() {
		return
	}
	c := currentContext()
	if c == nil {
		return
	}
	if t, ok := c.gil.State().(*thread); ok {
		t.sweepGenerators(false, false)
	}
}

// DelsLive reports whether instances with __del__ are alive: a wait may
// then run a collection to find the ones its thread dropped.
func DelsLive() bool { return liveDels.Load() != 0 }

// Waits also run the other finalization CPython does at a drop: the
// weakref module registers its callbacks with OnWait. Registration
// happens in package init functions, before any wait.
type waitFinalizer struct {
	live, due func() bool
	run       func()
}

var waitHooks []waitFinalizer

// OnWait registers finalization for waits: live reports whether some
// object it watches may still die (a collection could then find it), due
// whether work waits to be done, and run does it, under the interpreter
// lock. live and due must be cheap (an atomic load).
func OnWait(live, due func() bool, run func()) {
	waitHooks = append(waitHooks, waitFinalizer{live, due, run})
}

// FinalizersDue reports whether RunDueFinalizers has work: a __del__ or
// a registered finalization (a weakref callback) is due.
func FinalizersDue() bool {
	if DelsDue() {
		return true
	}
	for _, w := range waitHooks {
		if w.due() {
			return true
		}
	}
	return false
}

// RunDueFinalizers calls the due __del__ methods and runs the due
// registered finalization; the goroutine must hold the interpreter lock.
func RunDueFinalizers() {
	RunDueDels()
	for _, w := range waitHooks {
		if w.due() {
			w.run()
		}
	}
}

// FinalizersLive reports whether a collection during a wait could find
// something to finalize (a few atomic loads): a wait that would collect
// only for that can skip its checks while it reports false.
func FinalizersLive() bool { return finalizersLive() }

// finalizersLive reports whether a collection during a wait could find
// something to finalize.
func finalizersLive() bool {
	if DelsLive() {
		return true
	}
	for _, w := range waitHooks {
		if w.live() {
			return true
		}
	}
	return false
}

// lastWaitCollection is when a wait last ran a collection (Unix
// nanoseconds); waits share one every waitCollectionGap at most.
var lastWaitCollection atomic.Int64

const waitCollectionGap = 250 * time.Millisecond

// CollectForWaits runs a collection, at most one every waitCollectionGap
// among all waits, while something may be finalized: an object the
// script dropped before waiting (an instance with __del__, the referent
// of a weak reference with a callback) is then found, and its
// finalization is due at the wait's next check, where CPython would have
// done it at the drop. Call it with the interpreter lock released (in
// gil.Unlocked): the waiting thread's cached global lookups, which may
// hold a value the script deleted from its globals, are dropped first;
// the thread runs no Python code meanwhile.
func CollectForWaits() {
	if !finalizersLive() {
		return
	}
	now := time.Now().UnixNano()
	last := lastWaitCollection.Load()
	if now-last < int64(waitCollectionGap) || !lastWaitCollection.CompareAndSwap(last, now) {
		return
	}
	if t, ok := gil.LentState().(*thread); ok {
		t.dropCachedValues()
	}
	runtime.GC()
	gcpolicy.WaitCleanups(20 * time.Millisecond)
}
