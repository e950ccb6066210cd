package socket

import (
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gcpolicy"
	"github.com/gpython-ssl/gpython-ssl/modules/gc"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// ResourceWarning for sockets dropped while open.
//
// CPython 3.6 warns "unclosed <socket.socket fd=3, ...>" (a
// ResourceWarning, which the default filters hide) when a socket object
// that still owns its descriptor is deallocated, and the warning names
// the line whose drop freed it. Here a socket made by Python code carries
// an unclosedInfo in its fdBox. Two paths lead to the warning:
//
//   - While the warnings filters show ResourceWarning when the socket is
//     made (-W default, simplefilter("always"), unittest's runner), the
//     Python object standing for it (the socket, or the ssl layer's
//     SSLSocket: WarnAs) is marked with vm.WatchReferent, so that
//     dropping it from a name runs a collection, and the socket is kept
//     in watched under a weak pointer. The OnCollected hook then finds it
//     dead, closes its descriptor and warns, from the line of the drop.
//   - Any other socket found unreachable by a collection is closed by
//     its cleanup (closeForgotten), which queues the warning (host's
//     DropQueue, shared with files and other objects); the hook issues
//     it at the loop's next collection point.
//
// Closing or detaching a socket withdraws both (forgetUnclosed).

// unclosedInfo is what the warning about a socket needs once the socket
// itself is gone.
type unclosedInfo struct {
	// owner is the interpreter that made the socket, held weakly: the
	// socket's cleanup must not reach the socket (the interpreter's
	// globals may hold it).
	owner   weak.Pointer[vm.Context]
	family  int
	kind    int
	cloexec bool
	proto   int
	tmo     atomic.Int64           // the socket's timeout (Socket.tmo), for its type's SOCK_NONBLOCK
	name    atomic.Pointer[string] // the type name of the repr: "socket.socket", "ssl.SSLSocket"
	mark    host.ReferentMark      // the object Python code holds, while listed
	listed  atomic.Bool            // in watched
	self    weak.Pointer[Socket]   // the socket, while it lives
	box     *fdBox                 // the socket's descriptor
	counted atomic.Bool            // counted in openSockets
	threads *threadSockets         // the counts of the thread that made it (thread_exit.go)
}

// openSockets counts the sockets Python code made that are neither closed
// nor detached nor found by a collection: while there are some, a long
// wait (a blocking read, select, a lock) runs a collection
// (vm.CollectForWaits), since one may be a socket the script dropped
// whose close ends the wait, as the drop would have in CPython.
var openSockets atomic.Int64

// watchOpenSockets makes the waits' collection consider open sockets
// (setup calls it).
func watchOpenSockets() {
	vm.OnWait(func() bool { return openSockets.Load() != 0 }, func() bool { return false }, func() {})
	// gc.collect() then lets the cleanups of sockets found unreachable
	// run, so that their warnings are due at its hooks.
	gc.WantGoCollections(func() bool { return openSockets.Load() != 0 })
}

// released uncounts info's socket from openSockets (once).
func (info *unclosedInfo) released() {
	if info.counted.Swap(false) {
		openSockets.Add(-1)
		info.threads.open.Add(-1)
	}
}

var (
	unclosedMu sync.Mutex
	watched    = map[*unclosedInfo]struct{}{} // guarded by unclosedMu
	// watchedDue counts the entries of watched, so that the hook costs
	// one load while there are none.
	watchedDue atomic.Int64
	// pending holds the reprs of the sockets found dropped open, the
	// warnings due.
	pending host.DropQueue[string]
)

// noteUnclosed gives s, made now, what its ResourceWarning needs, and
// watches obj (the object Python code holds) when the filters show the
// warning. Sockets made outside the interpreter lock (Go's own) get none.
func (s *Socket) noteUnclosed(obj py.Object, typeName string) {
	ctx, ok := vm.CurrentContext().(*vm.Context)
	if !ok || ctx == nil {
		return
	}
	info := &unclosedInfo{owner: weak.Make(ctx), family: s.family, kind: s.kind, cloexec: s.cloexec, proto: s.proto, box: s.box}
	info.tmo.Store(int64(s.tmo))
	info.name.Store(&typeName)
	info.self = weak.Make(s)
	s.box.unclosed = info
	info.threads = ownSocket(ctx)
	info.counted.Store(true)
	openSockets.Add(1)
	if host.ResourceWarningShown(ctx) {
		info.mark.Watch(obj)
		info.listed.Store(true)
		unclosedMu.Lock()
		watched[info] = struct{}{}
		unclosedMu.Unlock()
		watchedDue.Add(1)
	}
}

// WarnAs names the object Python code holds for s (owner, whose repr
// starts with typeName, such as the ssl layer's "ssl.SSLSocket") in the
// ResourceWarning issued if it is dropped while open, and watches owner
// instead of s for the drop.
func (s *Socket) WarnAs(owner py.Object, typeName string) {
	info := s.box.unclosed
	if info == nil {
		return
	}
	info.name.Store(&typeName)
	if info.listed.Load() {
		info.mark.Watch(owner)
	}
}

// noteTimeout keeps the warning's view of the socket's timeout current.
func (s *Socket) noteTimeout(d time.Duration) {
	if info := s.box.unclosed; info != nil {
		info.tmo.Store(int64(d))
	}
}

// forgetUnclosed withdraws the warning of a socket being closed or
// detached.
func (s *Socket) forgetUnclosed() {
	info := s.box.unclosed
	if info == nil {
		return
	}
	info.released()
	info.mark.Unwatch()
	info.unlist()
}

// unlist removes info from watched, if it is there.
func (info *unclosedInfo) unlist() {
	if info.listed.Swap(false) {
		unclosedMu.Lock()
		delete(watched, info)
		unclosedMu.Unlock()
		watchedDue.Add(-1)
	}
}

// repr is the socket's repr as CPython 3.6 shows it in the warning,
// while fd is still open.
func (info *unclosedInfo) repr(fd int) string {
	tmp := &Socket{box: &fdBox{}, family: info.family, kind: info.kind, cloexec: info.cloexec, proto: info.proto, tmo: time.Duration(info.tmo.Load())}
	tmp.box.fd.Store(int64(fd))
	if name := *info.name.Load(); name != cSocketReprName {
		return tmp.Repr(name)
	}
	return cRepr(tmp)
}

// forgotten queues the warning of a socket its cleanup found open (on the
// runtime's cleanup goroutine, before the descriptor is closed).
func (info *unclosedInfo) forgotten(fd int) {
	info.released()
	info.mark.Unwatch()
	info.unlist()
	pending.Push(info.owner, info.repr(fd))
}

// warnUnclosed is the OnCollected hook: it closes the watched sockets
// the last collection found dead and issues the warnings due in the
// current interpreter.
func warnUnclosed() int {
	if watchedDue.Load() == 0 && pending.Empty() && !fileDroppedOpen.Load() {
		return 0
	}
	ctx := vm.CurrentContext()
	if ctx == nil {
		return 0
	}
	if fileDroppedOpen.Swap(false) {
		// A dropped file released an open socket (file_lifetime.go):
		// one more collection finds the socket if that was its last
		// reference, and its cleanup queues the warning.
		runtime.GC()
		gcpolicy.WaitCleanups(50 * time.Millisecond)
	}
	var dead []*unclosedInfo
	unclosedMu.Lock()
	for info := range watched {
		if info.self.Value() == nil {
			dead = append(dead, info)
		}
	}
	unclosedMu.Unlock()
	for _, info := range dead {
		info.unlist()
		info.released()
		info.mark.Unwatch()
		if fd := info.box.take(); fd >= 0 {
			pending.Push(info.owner, info.repr(fd))
			_ = syscall.Close(fd)
		}
	}
	for _, repr := range pending.Take(ctx) {
		host.WarnResource(ctx, "unclosed "+repr, py.String(repr))
	}
	return 0
}
