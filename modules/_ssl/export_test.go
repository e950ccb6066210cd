package _ssl

import "runtime"

// LiveContexts reports how many SSL_CTX objects are allocated and not freed.
func LiveContexts() int64 { return liveContexts.Load() }

// collectGarbage runs the collector twice so that cleanups queued by the
// first run get to run.
func collectGarbage() {
	runtime.GC()
	runtime.GC()
}
