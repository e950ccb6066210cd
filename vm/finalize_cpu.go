package vm

import (
	"sync/atomic"
	"syscall"
	"time"
)

// The CPU time of the drops' collections.
//
// The ration's shares (finalize_ration.go) are counted in CPU time, not
// wall time: on a loaded machine a collection's wall time (its
// stop-the-world pauses, the wait for the finalizer goroutine) is several
// times its cost, and a wall-time share would then refuse drops that
// cost little: the same script would finalize at other moments.

// productiveBurst is the CPU time productive places' collections may
// spend beyond their share.
const productiveBurst = 200 * time.Millisecond

var (
	collectCPU atomic.Int64 // CPU time the drops' collections took (noteCollection)
	startCPU   = processCPU()
)

// processCPU returns the CPU time (user and system) the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// productiveShareLeft reports whether a productive place's drop, past
// its free ones, may collect: the drops' collections stay within a
// quarter of the process's CPU time (and the burst), so that a loop whose
// every pass finalizes something runs at most about a third slower than
// with none.
func productiveShareLeft() bool {
	return collectCPU.Load() < int64((processCPU()-startCPU)/4+productiveBurst)
}
