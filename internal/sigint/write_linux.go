package sigint

import (
	"syscall"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// Write is write(2) on a descriptor as CPython 3.6's FileIO.write makes
// it, with the interpreter lock released. On a blocking descriptor it
// first waits in poll(2) for room and for the interrupt descriptor
// together, so that a signal whose Python handler raises ends a write
// that would block for ever (a pipe nobody reads) with that exception.
// It writes part of p only when a signal is pending (the kernel cut the
// write short: the caller runs the handlers with Check before it blocks
// again) or when the descriptor is non-blocking. Go's runtime signals
// its threads on its own (SIGURG), which also cuts blocking writes short:
// such a write goes on with the rest, as it would without that signal.
func Write(fd int, p []byte) (n int, err error) {
	blocking := fd >= 0 && !nonBlocking(fd)
	for {
		interrupted := false
		k := 0
		gil.Unlocked(func() {
			if wake := FD(); wake >= 0 && blocking {
				interrupted, err = waitReady(fd, pollOut, wake)
				if interrupted && restarting() {
					interrupted, err = waitReady(fd, pollOut, -1)
				}
				if interrupted || err != nil {
					return
				}
			}
			for {
				k, err = syscall.Write(fd, p[n:])
				if err != syscall.EINTR {
					return
				}
			}
		})
		if interrupted {
			if kerr := Check(); kerr != nil {
				return n, kerr
			}
			continue
		}
		if k > 0 {
			n += k
		}
		if err != nil || n == len(p) || k <= 0 || !blocking || Pending() {
			return n, err
		}
	}
}
