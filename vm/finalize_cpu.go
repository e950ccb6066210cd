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

// cpuReadEvery is how long a reading of the process's CPU time serves
// the share checks: a drop asks on every pass of a loop, and the system
// call cost such a loop a twelfth of its time. Over it two processors
// add at most twice as much CPU time, against shares of many times that.
const cpuReadEvery = 500 * time.Microsecond

var (
	cpuReadAt atomic.Int64 // monotonic nanoseconds of the last reading
	cpuRead   atomic.Int64 // what it read
	monoStart = time.Now()
)

// recentCPU is processCPU as read within the last cpuReadEvery.
func recentCPU() time.Duration {
	now := int64(time.Since(monoStart))
	if at := cpuReadAt.Load(); at != 0 && now-at < int64(cpuReadEvery) {
		return time.Duration(cpuRead.Load())
	}
	c := processCPU()
	cpuRead.Store(int64(c))
	cpuReadAt.Store(now)
	return c
}

// productiveShareLeft reports whether a productive place's drop, past
// its free ones, may collect: the drops' collections stay within a
// quarter of the process's CPU time (and the burst), so that a loop whose
// every pass finalizes something runs at most about a third slower than
// with none. (An eighth was tried: a loop dropping 200,000 instances with
// __del__ gained 5%, and concurrent.futures' free-reference test saw
// twice as many results still alive after `del`.)
func productiveShareLeft() bool {
	return collectCPU.Load() < int64((recentCPU()-startCPU)/4+productiveBurst)
}
