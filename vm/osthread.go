package vm

import (
	"runtime"
	"sync"

	"github.com/petermattis/goid"
)

// The interpreter's main goroutine may be locked to its OS thread
// (LockMainOSThread): a single-threaded script then keeps OpenSSL's
// allocations in one malloc arena and its data in one core's caches
// (bench/README.md: +7% memory-BIO handshakes). Once the script starts a
// thread the lock only costs: every time the locked goroutine waits (for
// the interpreter lock, a join) its OS thread sleeps and its processor is
// handed over, and waking it takes the reverse trip, which made each
// thread start and join of a threaded server cost about twice as much CPU.
// So the first thread started from the main goroutine unlocks it.

var mainOSThread struct {
	sync.Mutex
	goid   int64 // the locked goroutine, 0 when none is
	locked bool
}

// LockMainOSThread locks the calling goroutine, the one that will run the
// interpreter's main thread, to its OS thread until the script starts a
// thread from it. Call it from an init function, so that the goroutine is
// the program's main one from its start.
func LockMainOSThread() {
	runtime.LockOSThread()
	mainOSThread.Lock()
	mainOSThread.goid, mainOSThread.locked = goid.Get(), true
	mainOSThread.Unlock()
}

// unlockMainOSThread undoes LockMainOSThread when the caller is the locked
// goroutine (a thread is being started from it).
func unlockMainOSThread() {
	mainOSThread.Lock()
	defer mainOSThread.Unlock()
	if mainOSThread.locked && mainOSThread.goid == goid.Get() {
		runtime.UnlockOSThread()
		mainOSThread.locked = false
	}
}
