package gcpolicy

import (
	"sync/atomic"
	"time"
)

// startupTrimmed is set by the first StartupDone.
var startupTrimmed atomic.Bool

// StartupDone tells the installed policy that the interpreter's start-up
// (package initialization, sys, importlib, site) is over and the program
// proper begins. When the policy trims the image (TrimImage above zero)
// and this is the first call in the process, it trims it now.
//
// Start-up runs every package's initializer and the first imports, code
// and tables the program mostly never touches again: they were 6-7 MiB
// of the 10-11 MiB of the executable resident when the script began.
// The policy's own trims come after TrimImage (half a second), so a
// script whose heap grew meanwhile had both at once: `import ssl;
// ssl.create_default_context()` peaked at 23.4 MiB, 19.4 MiB with this
// trim. The trim and the pages that fault back in cost about 1 ms of
// CPU time (350 faults for `-c pass`, which gains nothing from it).
func StartupDone() {
	mu.Lock()
	t := current
	due := t != nil && t.p.TrimImage > 0 && startupTrimmed.CompareAndSwap(false, true)
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
