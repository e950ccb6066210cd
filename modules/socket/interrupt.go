package socket

import (
	"errors"
	"syscall"
	"time"
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Ctrl-C. CPython's blocking calls sleep in the kernel, a SIGINT makes
// them fail with EINTR, and the KeyboardInterrupt handler then raises
// (PEP 475). Go's runtime installs its signal handlers with SA_RESTART, so
// the kernel restarts a recv(2) that a signal interrupted, and the signal
// may not even reach the thread that is blocked. Two things restore
// CPython's behaviour once internal/sigint is enabled, without adding a
// system call to any operation (blocking mode still blocks in recv(2),
// send(2), accept(2), connect(2), or in OpenSSL's read(2)):
//
//   - every socket gets very long SO_RCVTIMEO and SO_SNDTIMEO timeouts
//     (armInterrupts). A socket call that sleeps under a timeout is not
//     restarted after a signal handler: it fails with EINTR (or returns
//     the partial count), as in C without SA_RESTART;
//   - while an interrupt is pending, sigint sends SIGURG to every thread
//     of the process, so the blocked one gets a handler run. Go's runtime
//     uses SIGURG for its own preemption and ignores spurious ones.
//
// An EINTR with an interrupt pending raises KeyboardInterrupt
// (checkInterrupt); any other EINTR is retried as before. OpenSSL treats
// EINTR as "retry", so a TLS call comes back wanting to read or write and
// its wait, a poll(2) that includes sigint.FD(), raises. Waits in poll(2)
// (timeout mode, select) include sigint.FD() and end when it becomes
// readable. Nothing is transferred by an interrupted call, so the socket
// stays usable; a send interrupted after progress returns its count and
// leaves the interrupt for the next check, as send(2) does.

// interruptTimeout is the SO_RCVTIMEO/SO_SNDTIMEO armInterrupts sets: long
// enough never to expire in practice (a blocking call that waits that long
// gets EAGAIN, as under any SO_RCVTIMEO), and finite, which is what makes
// the kernel fail with EINTR instead of restarting the call.
const interruptTimeout = 1 << 30 * time.Second // 34 years

// armInterrupts sets the descriptor's SO_RCVTIMEO and SO_SNDTIMEO to
// interruptTimeout (errors are ignored: the socket then blocks
// uninterruptibly, as before). The values show in getsockopt; a script
// that sets its own timeouts replaces them.
func armInterrupts(fd int) {
	tv := syscall.NsecToTimeval(int64(interruptTimeout))
	for _, opt := range []int{syscall.SO_RCVTIMEO, syscall.SO_SNDTIMEO} {
		_, _, _ = syscall.RawSyscall6(syscall.SYS_SETSOCKOPT, uintptr(fd), syscall.SOL_SOCKET, uintptr(opt),
			uintptr(unsafe.Pointer(&tv)), unsafe.Sizeof(tv), 0)
	}
}

// checkInterrupt is for a call that failed with EINTR: KeyboardInterrupt
// when an interrupt is pending (it is taken), nil to retry the call.
func checkInterrupt() error {
	if !sigint.Pending() {
		return nil
	}
	return sigint.Check()
}

// errInterrupted is waitFD's report that the interrupt descriptor, not
// the socket, became ready.
var errInterrupted = errors.New("socket: interrupted")

// waitFD polls fd for reading or writing, and the interrupt descriptor,
// until deadline (zero: forever). It returns nil when fd is ready (even if
// an interrupt is pending too: the operation then goes ahead and the
// interrupt is raised at the next check), socket.timeout, errInterrupted,
// or OSError.
func waitFD(fd int, write bool, deadline time.Time) error {
	ev := int16(POLLIN)
	if write {
		ev = POLLOUT
	}
	fds := [2]PollFd{{Fd: int32(fd), Events: ev}, {Fd: int32(sigint.FD()), Events: POLLIN}}
	for {
		n, err := PollUntil(fds[:], deadline)
		if err != nil {
			return errnoException(err)
		}
		if n == 0 {
			return NewTimeout("timed out")
		}
		if fds[0].Revents != 0 {
			return nil
		}
		if fds[1].Revents&POLLNVAL == 0 {
			return errInterrupted
		}
		fds[1] = dropWakeFD() // closed behind our back: wait without it
	}
}

// dropWakeFD is the poll entry that replaces the interrupt descriptor when
// poll(2) reports it invalid (a script closed a descriptor it does not
// own): an entry poll ignores, instead of a wake-up that never ends.
func dropWakeFD() PollFd { return PollFd{Fd: -1} }

// wait is waitFD that raises KeyboardInterrupt for an interrupt and waits
// on when another caller took it first.
func wait(fd int, write bool, deadline time.Time) error {
	for {
		err := waitFD(fd, write, deadline)
		if err != errInterrupted {
			return err
		}
		if err := sigint.Check(); err != nil {
			return err
		}
	}
}

// PollInterruptible is PollUntil that SIGINT interrupts (internal/sigint):
// when the interrupt arrives before any descriptor of fds is ready it
// returns the KeyboardInterrupt exception (a *py.Exception; other errors
// are the syscall.Errno of poll(2)). fds' Revents are set as by PollUntil.
// Before sigint is enabled it is PollUntil.
func PollInterruptible(fds []PollFd, deadline time.Time) (int, error) {
	wfd := sigint.FD()
	if wfd < 0 {
		return pollFinalizing(fds, deadline)
	}
	all := make([]PollFd, len(fds)+1)
	copy(all, fds)
	last := len(fds)
	all[last] = PollFd{Fd: int32(wfd), Events: POLLIN}
	for {
		n, err := pollFinalizing(all, deadline)
		if err != nil {
			return 0, err
		}
		if all[last].Revents&POLLNVAL != 0 {
			all[last] = dropWakeFD()
			n--
			if n == 0 {
				continue
			}
		}
		woken := all[last].Revents != 0
		if woken {
			n--
		}
		if n > 0 || !woken {
			for i := range fds {
				fds[i].Revents = all[i].Revents
			}
			return n, nil
		}
		if err := sigint.Check(); err != nil {
			return 0, err
		}
		all[last].Revents = 0
	}
}

// finalizeAfter is how long a select-style wait (select, poll, epoll, and
// the selectors over them) waits before it collects once, as a blocking
// read does (internal/sigint's LongWait).
const finalizeAfter = 250 * time.Millisecond

// pollFinalizing is PollUntil for a wait that may be long: after
// finalizeAfter with nothing ready it runs one collection (with the
// interpreter lock released) and the finalization that became due (with
// the lock held), then waits out the rest. CPython's reference counting
// finalizes what a script dropped before it waited (an asyncio transport
// whose peer went away, a socket whose close ends the other side's
// wait); without this an event loop sleeping in select would never let
// that happen, and a script waiting for its effect would hang. The wait
// then goes on to its deadline: select with no timeout never returns
// with nothing ready, and one with a timeout returns empty only when it
// has passed, as in CPython (a descriptor the finalization closed or
// made ready ends the wait as any other event does).
func pollFinalizing(fds []PollFd, deadline time.Time) (int, error) {
	first := time.Now().Add(finalizeAfter)
	if !deadline.IsZero() && !deadline.After(first) {
		return PollUntil(fds, deadline)
	}
	n, err := PollUntil(fds, first)
	if n != 0 || err != nil {
		return n, err
	}
	if vm.CurrentContext() == nil {
		return PollUntil(fds, deadline)
	}
	gil.Unlocked(vm.CollectForWaits)
	if !vm.FinalizersDue() {
		return PollUntil(fds, deadline)
	}
	vm.RunDueFinalizers()
	return PollUntil(fds, deadline)
}

// finalizeBeforeBlocking is pollFinalizing for a blocking-mode read
// (recv, accept) of fd, which then blocks in the kernel: when fd has not
// become readable within finalizeAfter, one collection runs and the
// finalization that became due, so that a peer socket the script dropped
// without closing it is closed, as CPython closes it at the drop, and the
// read sees its end of file instead of waiting forever. empty says the
// caller has just found fd with nothing to read. While nothing a
// collection could find needs finalizing (vm.FinalizersLive), the read
// just blocks.
func finalizeBeforeBlocking(fd int, empty bool) {
	if !vm.FinalizersLive() || vm.CurrentContext() == nil {
		return
	}
	fds := []PollFd{{Fd: int32(fd), Events: POLLIN}}
	if !empty {
		if n, err := Poll(fds, 0); n != 0 || err != nil {
			return
		}
	}
	if n, err := Poll(fds, finalizeAfter); n != 0 || err != nil {
		return
	}
	gil.Unlocked(vm.CollectForWaits)
	if vm.FinalizersDue() {
		vm.RunDueFinalizers()
	}
}
