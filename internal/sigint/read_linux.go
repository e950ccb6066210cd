package sigint

import (
	"syscall"
	"time"
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// pollEntry is struct pollfd.
type pollEntry struct {
	fd              int32
	events, revents int16
}

const (
	pollIn   = 0x1
	pollOut  = 0x4
	pollNval = 0x20
)

// Read is read(2) on a blocking descriptor as CPython 3.6 makes it
// (PEP 475), with the interpreter lock released while it waits: a signal
// with a Python handler that arrives meanwhile runs that handler (Check);
// if the handler raises, Read returns its exception, otherwise it waits
// again. Go's runtime restarts a read(2) that a signal interrupts, so
// Read waits in poll(2) on fd and the interrupt descriptor (FD) first.
// A descriptor in non-blocking mode, or a goroutine that does not take
// the interrupt, gets a plain read retried on EINTR. n is 0 at end of
// file.
func Read(fd int, p []byte) (n int, err error) {
	for {
		interrupted := false
		gil.Unlocked(func() {
			wake := FD()
			// poll(2) ignores a negative descriptor: read it at once
			// (EBADF), or the wait would never end.
			// Without the interrupt descriptor (an embedding program's
			// interpreter) the read still waits in poll(2) first, for
			// LongWait.
			if (wake >= 0 || LongWait != nil) && fd >= 0 && !nonBlocking(fd) {
				interrupted, err = waitReadable(fd, wake)
				if interrupted && restarting() {
					// the signal restarts the call (siginterrupt):
					// its handler waits until the read is done
					interrupted, err = waitReadable(fd, -1)
				}
				if interrupted || err != nil {
					return
				}
			}
			for {
				n, err = syscall.Read(fd, p)
				if err != syscall.EINTR {
					return
				}
			}
		})
		if !interrupted {
			return max(n, 0), err
		}
		if kerr := Check(); kerr != nil {
			return 0, kerr
		}
	}
}

// nonBlocking reports whether fd has O_NONBLOCK set (false when fcntl
// fails: the read then reports the error).
func nonBlocking(fd int) bool {
	fl, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	return e == 0 && fl&syscall.O_NONBLOCK != 0
}

// waitReadable polls fd and the interrupt descriptor wake until one is
// ready: interrupted when an interrupt is pending and fd has no data.
// A poll error (EBADF never comes from poll: the read reports it) ends
// the wait so that the read runs.
func waitReadable(fd, wake int) (interrupted bool, err error) {
	return waitReady(fd, pollIn, wake)
}

// LongWait, when set (before any wait: in an init function), is called
// once by each read or write whose descriptor has not been ready for
// longWaitAfter, on the waiting goroutine with the interpreter lock
// released. The interpreter collects there what the script dropped
// before it waited: CPython's reference counting closes a dropped file
// at once, so a script that drops a pipe's write end and reads the other
// end gets end of file, where a Go collection would otherwise come only
// with the runtime's forced one, two minutes later.
var LongWait func()

const longWaitAfter = 250 * time.Millisecond

// waitReady is waitReadable for the poll(2) events given (pollIn or
// pollOut).
func waitReady(fd int, events int16, wake int) (interrupted bool, err error) {
	fds := [2]pollEntry{{fd: int32(fd), events: events}, {fd: int32(wake), events: pollIn}}
	var timeout *syscall.Timespec
	if LongWait != nil {
		timeout = &syscall.Timespec{Nsec: int64(longWaitAfter)}
	}
	for {
		fds[0].revents, fds[1].revents = 0, 0
		r, _, e := syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(&fds[0])), 2, uintptr(unsafe.Pointer(timeout)), 0, 0, 0)
		switch {
		case e == syscall.EINTR:
			continue
		case e != 0:
			return false, nil
		case r == 0:
			// the descriptor has not been ready for longWaitAfter
			timeout = nil
			LongWait()
			continue
		case fds[0].revents != 0:
			return false, nil
		case fds[1].revents&pollNval != 0:
			fds[1].fd = -1 // the descriptor was closed behind our back
			continue
		case fds[1].revents != 0:
			return true, nil
		}
	}
}
