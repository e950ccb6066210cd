package vm

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
