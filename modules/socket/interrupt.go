package socket

import (
	"errors"
	"syscall"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
)

// Ctrl-C. CPython's blocking calls sleep in the kernel and a SIGINT makes
// them fail with EINTR, after which the KeyboardInterrupt handler raises
// (PEP 475). Go's runtime restarts system calls after its signal handler
// (SA_RESTART), so a call blocked in recv(2) never sees the signal.
// Therefore, once internal/sigint is enabled, every wait of this package
// happens in poll(2) on the socket and on sigint.FD(), which becomes
// readable when SIGINT arrives:
//
//   - timeout mode already waited in poll(2); the interrupt descriptor is
//     simply part of the set;
//   - blocking mode keeps its blocking descriptor (what fileno() users
//     see is unchanged) but passes MSG_DONTWAIT to recv and send, waits in
//     poll(2) on EAGAIN and retries. When data is already there this is
//     the same single system call as before;
//   - accept4 has no MSG_DONTWAIT, so a blocking accept first waits in
//     poll(2) for a connection; a blocking connect is made non-blocking for
//     the call and waited for;
//   - KeepNonblocking makes the descriptor itself non-blocking, for
//     descriptors that other code (OpenSSL) reads and writes directly.
//
// The kernel's blocking semantics that MSG_DONTWAIT would change are kept:
// send on a stream socket sends everything and recv with MSG_WAITALL fills
// the buffer, both stopping early (with the count) only when interrupted,
// as the kernel's calls do on a signal. An interrupted call raises
// KeyboardInterrupt and leaves the socket usable: nothing was transferred
// by the interrupted wait.

// ioMode is how one call on the socket behaves.
type ioMode struct {
	fd  int
	tmo time.Duration // as Socket.tmo: <0 blocking, 0 non-blocking
	// waits: EAGAIN means "wait for readiness, then retry" (timeout mode,
	// and blocking mode when it waits in poll(2)).
	waits bool
	// nb: the descriptor is O_NONBLOCK.
	nb bool
	// flags is added to recv/send flags: MSG_DONTWAIT when blocking mode
	// waits in poll(2) over a blocking descriptor.
	flags int
}

// mode returns the socket's ioMode, or EBADF when it is closed.
func (s *Socket) mode() (ioMode, error) {
	fd := s.Fd()
	if fd < 0 {
		return ioMode{fd: -1}, errnoException(syscall.EBADF)
	}
	s.mu.Lock()
	tmo, keepNB, foreignNB := s.tmo, s.keepNB, s.foreignNB
	s.mu.Unlock()
	m := ioMode{fd: fd, tmo: tmo}
	switch {
	case tmo > 0:
		m.waits, m.nb = true, true
	case tmo == 0:
		m.nb = true
	case keepNB:
		m.waits, m.nb = true, true
	case foreignNB:
		m.nb = true // EAGAIN is BlockingIOError, as in CPython
	case sigint.Enabled():
		m.waits, m.flags = true, syscall.MSG_DONTWAIT
	}
	return m, nil
}

// KeepNonblocking keeps the descriptor O_NONBLOCK in every mode, for a
// descriptor that other code reads and writes itself (the ssl module's
// OpenSSL connection): in blocking mode, calls of this package and that
// code's WaitReadable/WaitWritable then wait in poll(2), where SIGINT
// reaches them. The socket's timeout and mode are unchanged; Detach hands
// the descriptor back blocking in blocking mode.
func (s *Socket) KeepNonblocking() error {
	s.mu.Lock()
	s.keepNB = true
	s.mu.Unlock()
	return s.applyMode()
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
	return errInterrupted
}

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

// emulatesBlocking reports whether m is blocking mode over poll(2) on a
// stream socket, where send and MSG_WAITALL recv must go on until done as
// the kernel's blocking calls do.
func (s *Socket) emulatesBlocking(m ioMode) bool {
	return m.tmo < 0 && m.waits && s.kind == syscall.SOCK_STREAM
}

// sendRest completes a send that sent n < len(p) bytes when blocking mode
// waits in poll(2): a blocking send(2) on a stream socket sends it all. An
// interrupt or an error stops it with the count so far, as a signal or an
// error after partial progress does in the kernel; the interrupt stays
// pending, the error comes back on the next call.
func (s *Socket) sendRest(p []byte, n, flags int, to *rawAddr) (int, error) {
	m, err := s.mode()
	if err != nil || !s.emulatesBlocking(m) {
		return n, nil
	}
	for n < len(p) {
		if err := waitFD(m.fd, true, time.Time{}); err != nil {
			return n, nil
		}
		k, err := sysSendto(m.fd, p[n:], flags|m.flags, to)
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if err != nil {
			return n, nil
		}
		n += k
	}
	return n, nil
}

// recvRest is sendRest for recv with MSG_WAITALL: it fills p, stopping
// early at end of stream, on an error or on an interrupt.
func (s *Socket) recvRest(p []byte, n, flags int) (int, error) {
	m, err := s.mode()
	if err != nil || !s.emulatesBlocking(m) {
		return n, nil
	}
	for n < len(p) {
		if err := waitFD(m.fd, false, time.Time{}); err != nil {
			return n, nil
		}
		k, err := sysRecvfrom(m.fd, p[n:], flags|m.flags, nil)
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if err != nil || k == 0 {
			return n, nil
		}
		n += k
	}
	return n, nil
}

// retryUnixConnect retries a non-blocking AF_UNIX connect that found the
// listener's backlog full (EAGAIN: poll(2) cannot wait for room), backing
// off up to 100ms between tries, until it ends otherwise or SIGINT
// arrives.
func retryUnixConnect(fd int, ra *rawAddr) error {
	d := time.Millisecond
	for {
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-sigint.Done():
			t.Stop()
			if err := sigint.Check(); err != nil {
				return err
			}
		}
		if err := sysConnect(fd, ra); err != syscall.EAGAIN {
			return err
		}
		d = min(2*d, 100*time.Millisecond)
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
		return PollUntil(fds, deadline)
	}
	all := make([]PollFd, len(fds)+1)
	copy(all, fds)
	last := len(fds)
	all[last] = PollFd{Fd: int32(wfd), Events: POLLIN}
	for {
		n, err := PollUntil(all, deadline)
		if err != nil {
			return 0, err
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
