package socket

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/petermattis/goid"

	"github.com/gpython-ssl/gpython-ssl/internal/gcpolicy"
	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Sockets left open by a thread that ends.
//
// In CPython 3.6 a thread whose function returns (or raises) with a
// socket, or an SSLSocket, still open in its frame closes it then: the
// frame's release drops the last reference. The peer sees EOF (or a reset)
// at once, and a server waiting for the client to hang up goes on. Here
// the socket waits for a collection, which comes only with the next long
// wait of some thread, and not at all while the rest of the program
// computes or sleeps just after a collection ran. So each thread counts
// the sockets it made that are still open, and a started thread that ends
// with some runs a collection of its own: the ones it dropped are then
// closed by their cleanups before the thread is gone. A thread that
// closes what it made (a socketserver handler, a client that uses with)
// costs nothing.

// threadSockets counts the open sockets one thread made.
type threadSockets struct {
	open atomic.Int64
}

var (
	threadSocketsMu sync.Mutex
	// byThread maps a goroutine id to its thread's counts; guarded by
	// threadSocketsMu. An entry goes when its started thread ends (the
	// main thread's stays).
	byThread = map[int64]*threadSockets{}
)

// threadExitCollectionBound bounds the wait for the cleanups the exiting
// thread's collection queued, as vm.CollectForWaits bounds its own.
const threadExitCollectionBound = 20 * time.Millisecond

// ownSocket counts a socket made now by the calling thread, which holds
// ctx's interpreter lock, and returns the counts to give back when the
// socket is closed. The first socket a thread makes arranges for the
// collection at its end.
func ownSocket(ctx *vm.Context) *threadSockets {
	g := goid.Get()
	threadSocketsMu.Lock()
	ts, ok := byThread[g]
	if !ok {
		ts = &threadSockets{}
		byThread[g] = ts
	}
	threadSocketsMu.Unlock()
	ts.open.Add(1)
	if !ok {
		vm.AtThreadExit(ctx, func() { closeLeftSockets(g, ts) })
	}
	return ts
}

// closeLeftSockets runs at the end of the thread g, under the interpreter
// lock: with sockets it made still open, a collection finds those it
// dropped, their cleanups close them, and the finalization that became
// due (__del__, weakref callbacks) runs, as at a wait.
func closeLeftSockets(g int64, ts *threadSockets) {
	threadSocketsMu.Lock()
	delete(byThread, g)
	threadSocketsMu.Unlock()
	if ts.open.Load() <= 0 {
		return
	}
	gil.Unlocked(func() {
		runtime.GC()
		gcpolicy.WaitCleanups(threadExitCollectionBound)
	})
	if vm.FinalizersDue() {
		vm.RunDueFinalizers()
	}
}
