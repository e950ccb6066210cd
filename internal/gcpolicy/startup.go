package gcpolicy

import (
	"sync/atomic"
	"time"
)

// The start-up trim's states (startupTrim).
const (
	startupRunning int32 = iota // start-up not over yet
	startupArmed                // over, under a policy that trims: the first import trims
	startupSpent                // trimmed, or nothing to trim
)

var (
	// startupTrim is where the start-up trim stands (startup* above).
	startupTrim atomic.Int32
	// startupEnded is when StartupDone armed the trim (UnixNano).
	startupEnded atomic.Int64
)

// StartupDone tells the installed policy that the interpreter's start-up
// (package initialization, sys, importlib, site) is over and the program
// proper begins. When the policy trims the image (TrimImage above zero)
// and this is the first call in the process, the image is trimmed at the
// program's first import of a module not loaded yet (ModuleImport), not
// now.
//
// Start-up runs every package's initializer and the first imports, code
// and tables the program mostly never touches again: they were 6-7 MiB
// of the 10-11 MiB of the executable resident when the script began.
// The policy's own trims come after TrimImage (half a second), so a
// script whose heap grew meanwhile had both at once: `import ssl;
// ssl.create_default_context()` peaked at 23.4 MiB, 19.4 MiB with this
// trim. The trim and the pages that fault back in cost about 1 ms of CPU
// time (350 faults for `-c pass`), which a program that imports nothing
// (`-c pass`, a short expression) would pay for nothing: its peak is
// reached before. A program that does real work imports a module first
// (bench/vm's scripts import time, a TLS script ssl).
func StartupDone() {
	mu.Lock()
	t := current
	trims := t != nil && t.p.TrimImage > 0
	mu.Unlock()
	if trims && startupTrim.CompareAndSwap(startupRunning, startupArmed) {
		startupEnded.Store(time.Now().UnixNano())
	}
}

// ModuleImport tells the policy that the program imports a module that
// is not loaded yet; the first one after StartupDone trims the image,
// unless the policy has trimmed it since (its clock, or a collection).
// It costs one atomic load when there is nothing to do, as is the case
// for every import during start-up and after the first.
func ModuleImport() {
	if startupTrim.Load() != startupArmed || !startupTrim.CompareAndSwap(startupArmed, startupSpent) {
		return
	}
	mu.Lock()
	t := current
	due := t != nil && t.p.TrimImage > 0 && t.lastTrim.UnixNano() < startupEnded.Load()
	if due {
		// The next trim of the clock or of a collection waits its
		// TrimImage from now.
		t.lastTrim = time.Now()
	}
	mu.Unlock()
	if due {
		trimNow()
	}
}
