package socket

import (
	"runtime"
	"sync/atomic"
	"time"
)

// A socket's close() waits while makefile() objects are open (CPython's
// _io_refs). CPython's reference counting closes a file object the moment
// a script drops it, so `s.makefile('rb').readline(); s.close()` closes
// the descriptor at once and the peer sees end of file. Here a dropped
// file is found by the garbage collector: each file has a cleanup that
// gives up its hold, and while some socket's close() is waiting the
// package asks for collections, soon after the close and then at growing
// intervals up to a second, so the descriptor is released promptly
// rather than at Go's next periodic collection (two minutes when the
// heap is quiet).

// fileRef is a makefile() object's hold on its socket's deferred close,
// kept apart from the file so that the file's cleanup can release it.
type fileRef struct {
	sock    *Socket
	dropped atomic.Bool
}

// release gives up the hold once (later calls do nothing) and reports
// whether the socket's close() was waiting for this file: the caller then
// completes it.
func (r *fileRef) release() bool {
	if r.dropped.Swap(true) {
		return false
	}
	return r.sock.dropIORef()
}

// fileForgotten is the cleanup of a makefile() object the script dropped
// without closing: its hold goes, and a close() waiting for it closes the
// descriptor (a file whose owner is an SSLSocket closes the descriptor
// under it; the TLS object is freed by its own cleanup).
func fileForgotten(r *fileRef) {
	if r.release() {
		_ = r.sock.Close()
		return
	}
	if info := r.sock.box.unclosed; info != nil && info.counted.Load() {
		// The file may have held the last reference to an open socket:
		// the next hook collects once more to find out.
		fileDroppedOpen.Store(true)
	}
}

// fileDroppedOpen: a dropped makefile() object held a socket that is
// still open. The file's cleanup runs after the collection that found
// the file, so only a later one can find the socket, where CPython warns
// as the file's deallocation drops the socket; warnUnclosed runs it.
var fileDroppedOpen atomic.Bool

// deferredCloses counts sockets whose close() waits for makefile()
// objects; collecting runs while it is positive.
var (
	deferredCloses atomic.Int64
	collecting     atomic.Bool
)

// noteDeferredClose counts a close() that now waits for files, and makes
// sure collections run until every such close has completed.
func noteDeferredClose() {
	deferredCloses.Add(1)
	if collecting.CompareAndSwap(false, true) {
		go collectForgottenFiles()
	}
}

// collectForgottenFiles runs garbage collections while some close()
// waits, 1 ms after the first and then at doubling intervals up to one
// second, so that the cost stays small when a script keeps its files. A
// close whose files were closed meanwhile (http.client closes the
// connection before the response is read, then the response's file) has
// completed by itself: no collection then.
func collectForgottenFiles() {
	wait := time.Millisecond
	for {
		time.Sleep(wait)
		if deferredCloses.Load() > 0 {
			runtime.GC()
			if wait < time.Second {
				wait *= 2
			}
			continue
		}
		collecting.Store(false)
		// A close deferred between the load and the store finds the flag
		// set and starts no collector: take over if that happened.
		if deferredCloses.Load() <= 0 || !collecting.CompareAndSwap(false, true) {
			return
		}
	}
}
