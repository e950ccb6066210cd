package socket

import (
	"runtime"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// yieldBeforeWait passes through the Go scheduler before a wait in
// poll(2) while Python threads run.
//
// A thread that serves one connection (a keep-alive HTTPS handler) runs,
// waits in poll(2), runs again, and never parks: to the runtime it is one
// goroutine that has kept its P for as long as the connection lasts. Once
// that passes 10 ms, the runtime's monitor treats it as a goroutine that
// will not yield: every time it finds it in a system call it takes its P
// away and signals its thread, and each time it does, it goes back to
// waking every 20 us (measured on bench/scripts/threaded_https_server.py:
// 12% of the server's CPU in that monitor, and a P handed back and forth
// for each request). One pass through the scheduler per wait starts a new
// time slice, so none of that happens; it costs well under a microsecond
// where the wait costs a context switch.
//
// Single-threaded programs keep the main goroutine locked to the main OS
// thread (vm.LockMainOSThread), where a pass through the scheduler would
// cost a thread hand-off; they skip it (the lock is undone when the first
// thread starts).
func yieldBeforeWait() {
	if gil.Threaded() {
		runtime.Gosched()
	}
}
