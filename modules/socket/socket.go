package socket

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
)

// Socket is a socket file descriptor with CPython's three modes: blocking
// (no timeout: the descriptor is blocking and calls block in the kernel),
// timeout (the descriptor is O_NONBLOCK and calls wait with poll(2) until a
// deadline, then raise socket.timeout) and non-blocking (timeout 0: calls
// that would block raise BlockingIOError).
//
// Once SIGINT delivery is enabled (internal/sigint), every wait ends with
// KeyboardInterrupt on Ctrl-C; blocking mode still blocks in the kernel
// (see interrupt.go).
//
// *Socket is also the Python object "socket.socket". Another Go type (the
// ssl layer's SSLSocket) becomes a Python subtype of socket.socket by
// implementing SocketHolder and using a type made with NewSubtype: every
// socket method not overridden then works on it.
//
// All methods are safe for concurrent use. Errors returned are
// *py.Exception values ready to be raised in Python. As in CPython, an
// operation that is blocked while another goroutine closes the socket may
// act on a reused descriptor number; do not do that.
type Socket struct {
	mu     sync.Mutex
	box    *fdBox // the descriptor; shared with the GC cleanup
	family int    // immutable
	kind   int    // immutable; without SOCK_NONBLOCK/SOCK_CLOEXEC
	// cloexec records SOCK_CLOEXEC in the type given at creation, which
	// sock.type keeps showing (immutable).
	cloexec bool
	proto   int           // immutable
	tmo     time.Duration // <0: no timeout (blocking); guarded by mu
	// ioRefs counts open makefile() objects; userClosed records a Python
	// close() deferred until they are closed (CPython's _io_refs/_closed).
	ioRefs     int  // guarded by mu
	userClosed bool // guarded by mu
	// closeDeferred records that close() found makefile() objects open
	// and was counted in deferredCloses (file_lifetime.go); guarded by mu.
	closeDeferred bool
}

// fdBox holds a descriptor number, -1 once closed or detached. It lives
// apart from the Socket so that the cleanup which closes a forgotten
// socket's descriptor does not keep the Socket reachable.
type fdBox struct {
	fd atomic.Int64
	// unclosed is what a ResourceWarning needs about a socket Python
	// code made (resource_warning.go); nil for Go's own sockets.
	unclosed *unclosedInfo
}

// take returns the descriptor and marks the box empty; only one caller
// gets a given descriptor, so it is closed at most once.
func (b *fdBox) take() int { return int(b.fd.Swap(-1)) }

// closeForgotten is the cleanup of an unreachable Socket: CPython closes
// the descriptor of a socket object that is garbage collected, and so do we.
func closeForgotten(b *fdBox) {
	if fd := b.take(); fd >= 0 {
		if b.unclosed != nil {
			b.unclosed.forgotten(fd)
		}
		_ = syscall.Close(fd)
	}
}

// SocketHolder is implemented by every Go type whose Python instances are
// sockets: *Socket itself and any type embedding or holding one. The methods
// of socket.socket find their *Socket through it, never through a concrete
// type assertion.
type SocketHolder interface {
	py.Object
	// PySocket returns the socket the object stands for (never nil).
	PySocket() *Socket
}

// Type returns SocketType: a bare *Socket is a "socket.socket".
func (s *Socket) Type() *py.Type { return SocketType }

// PySocket returns s itself (SocketHolder).
func (s *Socket) PySocket() *Socket { return s }

// FromObject returns the *Socket behind a Python socket object (any
// SocketHolder), or false.
func FromObject(o py.Object) (*Socket, bool) {
	if h, ok := pyutil.Unwrap(o).(SocketHolder); ok { // an instance of a class derived from socket.socket too
		if s := h.PySocket(); s != nil {
			return s, true
		}
	}
	return nil, false
}

// New creates a socket (close-on-exec). kind may include SOCK_NONBLOCK,
// which starts the socket in non-blocking mode; otherwise its timeout is
// the module's default timeout (socket.setdefaulttimeout).
func New(family, kind, proto int) (*Socket, error) {
	fd, err := sysSocket(family, kind, proto)
	if err != nil {
		return nil, errnoException(err)
	}
	s := newSocket(fd, family, kind, proto)
	if err := s.applyMode(); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// NewFromFD adopts fd, which the returned Socket then owns (Close closes
// it). Its timeout is the module's default timeout and the descriptor's
// O_NONBLOCK flag is set to match: blocking when the default is None.
// A SOCK_NONBLOCK bit in kind selects non-blocking mode instead.
func NewFromFD(fd, family, kind, proto int) *Socket {
	s := newSocket(fd, family, kind, proto)
	_ = s.applyMode() // an invalid fd surfaces on first use, as in CPython
	return s
}

func newSocket(fd, family, kind, proto int) *Socket {
	tmo := DefaultTimeout()
	if kind&syscall.SOCK_NONBLOCK != 0 {
		tmo = 0
	}
	s := &Socket{
		box:     &fdBox{},
		family:  family,
		kind:    kind &^ (syscall.SOCK_NONBLOCK | syscall.SOCK_CLOEXEC),
		cloexec: kind&syscall.SOCK_CLOEXEC != 0,
		proto:   proto,
		tmo:     tmo,
	}
	s.box.fd.Store(int64(fd))
	if fd >= 0 {
		s.noteUnclosed(s, "socket.socket") // resource_warning.go
	}
	runtime.AddCleanup(s, closeForgotten, s.box)
	if sigint.Enabled() {
		armInterrupts(fd)
	}
	return s
}

// applyMode sets the descriptor's O_NONBLOCK flag to match the timeout.
func (s *Socket) applyMode() error {
	s.mu.Lock()
	tmo := s.tmo
	s.mu.Unlock()
	fd := s.Fd()
	if fd < 0 {
		return nil
	}
	if err := syscall.SetNonblock(fd, tmo >= 0); err != nil {
		return errnoException(err)
	}
	return nil
}

// Fd returns the descriptor, or -1 after Close or Detach. As with
// os.File.Fd, the descriptor stays open only while the Socket is
// reachable: a Socket that is garbage collected closes it. Keep the Socket
// (or call runtime.KeepAlive) for as long as the number is in use.
func (s *Socket) Fd() int {
	return int(s.box.fd.Load())
}

// Family returns the address family (AF_INET, AF_INET6, AF_UNIX...).
func (s *Socket) Family() int { return s.family }

// Kind returns the socket type (SOCK_STREAM, SOCK_DGRAM...) without the
// SOCK_NONBLOCK and SOCK_CLOEXEC flags; Python calls it "type".
func (s *Socket) Kind() int { return s.kind }

// Proto returns the protocol number given at creation.
func (s *Socket) Proto() int { return s.proto }

// Timeout reports the mode: hasTimeout false means blocking mode (Python's
// timeout None); otherwise d is the timeout, 0 meaning non-blocking.
func (s *Socket) Timeout() (d time.Duration, hasTimeout bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tmo < 0 {
		return 0, false
	}
	return s.tmo, true
}

// SetTimeout sets the mode (see Timeout) and the descriptor's O_NONBLOCK
// flag with it. A negative d with hasTimeout is an error.
func (s *Socket) SetTimeout(d time.Duration, hasTimeout bool) error {
	if hasTimeout && d < 0 {
		return pyutil.ValueErrorf("Timeout value out of range")
	}
	if !hasTimeout {
		d = -1
	}
	s.mu.Lock()
	s.tmo = d
	s.mu.Unlock()
	s.noteTimeout(d)
	return s.applyMode()
}

// SetBlocking is Python's setblocking: true is SetTimeout(0, false), false
// is SetTimeout(0, true).
func (s *Socket) SetBlocking(blocking bool) error {
	return s.SetTimeout(0, !blocking)
}

// Deadline is when an operation starting now must end under the socket's
// timeout; the zero time when the socket has no timeout. For a
// non-blocking socket it is now.
func (s *Socket) Deadline() time.Time {
	d, ok := s.Timeout()
	if !ok {
		return time.Time{}
	}
	return time.Now().Add(d)
}

// state returns the descriptor and timeout, or EBADF when closed.
func (s *Socket) state() (int, time.Duration, error) {
	fd := s.Fd()
	if fd < 0 {
		return -1, 0, errnoException(syscall.EBADF)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return fd, s.tmo, nil
}

// Close closes the descriptor now. It is safe to call more than once and
// after Detach. Python's close() goes through CloseIfUnreferenced instead,
// so that open makefile() objects keep the descriptor alive.
func (s *Socket) Close() error {
	s.mu.Lock()
	s.userClosed = true
	settled := s.closeDeferred
	s.closeDeferred = false
	s.mu.Unlock()
	if settled {
		deferredCloses.Add(-1)
	}
	s.forgetUnclosed()
	fd := s.box.take()
	if fd == -1 {
		return nil
	}
	if fd < 0 {
		// socket(fileno=-5): 3.6 closes it, fails with EBADF, and the
		// socket is then closed (fd -1).
		return errnoException(syscall.EBADF)
	}
	// Linux always releases the descriptor, even when close(2) fails with
	// EINTR, so it is never retried. ECONNRESET is not worth raising
	// (CPython ignores it too).
	if err := syscall.Close(fd); err != nil && err != syscall.ECONNRESET && err != syscall.EINTR {
		return errnoException(err)
	}
	return nil
}

// CloseIfUnreferenced is Python's socket.close(): it marks the socket
// closed and closes the descriptor unless makefile() objects still use it,
// in which case the last of them closes it. It reports whether the
// descriptor was closed now.
func (s *Socket) CloseIfUnreferenced() (bool, error) {
	s.mu.Lock()
	s.userClosed = true
	refs := s.ioRefs
	deferNow := refs > 0 && !s.closeDeferred
	if deferNow {
		s.closeDeferred = true
	}
	s.mu.Unlock()
	if deferNow {
		noteDeferredClose()
	}
	if refs > 0 {
		s.forgetUnclosed() // the last file closes it: nothing to warn of
		return false, nil
	}
	return true, s.Close()
}

// closedByUser reports whether close() or detach() ran: the descriptor
// is gone, or only open makefile() objects keep it.
func (s *Socket) closedByUser() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.userClosed || s.box.fd.Load() < 0
}

// Detach gives up ownership of the descriptor and returns it (-1 when the
// socket was already closed); the socket then acts closed.
func (s *Socket) Detach() int {
	s.forgetUnclosed()
	return s.box.take()
}

// Move transfers the descriptor to a new Socket with the same family,
// type, proto and timeout, and leaves s detached (closed, fileno -1). It
// is what wrapping does in CPython (SSLSocket takes over sock.detach()).
func (s *Socket) Move() (*Socket, error) {
	d, has := s.Timeout()
	fd := s.Detach()
	if fd < 0 {
		return nil, errnoException(syscall.EBADF)
	}
	ns := newSocket(fd, s.family, s.kind, s.proto)
	ns.mu.Lock()
	ns.tmo = -1
	if has {
		ns.tmo = d
	}
	ns.mu.Unlock()
	return ns, nil
}

// Dup returns a new Socket on a duplicate of the descriptor
// (close-on-exec), with the same family, type, proto and timeout.
func (s *Socket) Dup() (*Socket, error) {
	fd, _, err := s.state()
	if err != nil {
		return nil, err
	}
	nfd, err := dupCloexec(fd)
	if err != nil {
		return nil, errnoException(err)
	}
	ns := NewFromFD(nfd, s.family, s.kind, s.proto)
	if err := ns.SetTimeout(s.Timeout()); err != nil {
		ns.Close()
		return nil, err
	}
	return ns, nil
}

// WaitReadable waits until the descriptor is readable (or has an error or
// hang-up pending, which the next read reports). A zero deadline waits
// forever. It returns the socket.timeout exception ("timed out") when the
// deadline passes first, EBADF when the socket is closed, and
// KeyboardInterrupt when SIGINT arrives first (internal/sigint). EINTR is
// retried.
func (s *Socket) WaitReadable(deadline time.Time) error {
	fd, _, err := s.state()
	if err != nil {
		return err
	}
	return wait(fd, false, deadline)
}

// WaitWritable is WaitReadable for writability.
func (s *Socket) WaitWritable(deadline time.Time) error {
	fd, _, err := s.state()
	if err != nil {
		return err
	}
	return wait(fd, true, deadline)
}

// io runs op on the descriptor with the socket's mode: in timeout mode
// EAGAIN waits for readiness (write selects POLLOUT) until the deadline
// (computed from the timeout when deadline is zero); EINTR is retried
// unless SIGINT caused it, which returns KeyboardInterrupt; other errors
// become OSError.
func (s *Socket) io(write bool, deadline time.Time, op func(fd int) (int, error)) (int, error) {
	fd, tmo, err := s.state()
	if err != nil {
		return 0, err
	}
	if tmo > 0 && deadline.IsZero() {
		deadline = time.Now().Add(tmo)
	}
	for {
		n, err := op(fd)
		if err == nil {
			return n, nil
		}
		if err == syscall.EINTR {
			if kerr := checkInterrupt(); kerr != nil {
				return 0, kerr
			}
			continue
		}
		if err == syscall.EAGAIN && tmo > 0 {
			if werr := wait(fd, write, deadline); werr != nil {
				return 0, werr
			}
			continue
		}
		return 0, errnoException(err)
	}
}

// readIO is io for a read (recv(2) and its kin with flags, accept(2)
// with none): in blocking mode, a read about to wait first gives
// finalization its chance (finalizeBeforeBlocking), unless MSG_DONTWAIT
// says it will not wait. op gets the flags to use: a read that can say
// MSG_DONTWAIT (tryFirst) is first tried with it, so that one whose data
// is there costs the one call and no readiness check; MSG_WAITALL, which
// waits for the whole buffer, is never tried so.
func (s *Socket) readIO(flags int, tryFirst bool, op func(fd, flags int) (int, error)) (int, error) {
	if flags&syscall.MSG_DONTWAIT == 0 {
		if fd, tmo, err := s.state(); err == nil && tmo < 0 {
			empty := false
			if tryFirst && flags&syscall.MSG_WAITALL == 0 {
				n, err := op(fd, flags|syscall.MSG_DONTWAIT)
				switch err {
				case nil:
					return n, nil
				case syscall.EAGAIN, syscall.EINTR:
					empty = err == syscall.EAGAIN
				default:
					return 0, errnoException(err)
				}
			}
			finalizeBeforeBlocking(fd, empty)
		}
	}
	return s.io(false, time.Time{}, func(fd int) (int, error) { return op(fd, flags) })
}

// Recv reads into p (recv(2) with flags) under the socket's mode and
// returns the count, 0 at end of stream.
func (s *Socket) Recv(p []byte, flags int) (int, error) {
	return s.readIO(flags, true, func(fd, flags int) (int, error) {
		return sysRecvfrom(fd, p, flags, nil)
	})
}

// RecvFrom is Recv that also returns the sender's address (None when the
// kernel gives none, as on connected stream sockets).
func (s *Socket) RecvFrom(p []byte, flags int) (int, py.Object, error) {
	var from rawAddr
	n, err := s.readIO(flags, true, func(fd, flags int) (int, error) {
		return sysRecvfrom(fd, p, flags, &from)
	})
	if err != nil {
		return 0, nil, err
	}
	return n, rawToAddr(&from), nil
}

// Send writes some of p (send(2) with flags, never raising SIGPIPE) and
// returns how much was sent.
//
// In blocking mode a stream send(2) returns short only when a signal cut
// it: with sigint enabled (armInterrupts) that may be one CPython never
// sees, such as the Go runtime's preemption SIGURG. Send then goes on
// with the rest unless an interrupt is pending, so a blocking send still
// sends everything as it does under CPython.
func (s *Socket) Send(p []byte, flags int) (int, error) {
	total := 0
	for {
		n, err := s.io(true, time.Time{}, func(fd int) (int, error) {
			return sysSendto(fd, p[total:], flags, nil)
		})
		if err != nil {
			if total == 0 {
				return 0, err
			}
			// The count is the result, as send(2)'s would be; an
			// interrupt taken by this last call stays pending for the
			// next check, and any other error shows at the next call.
			if sigint.IsKeyboardInterrupt(err) {
				sigint.Raise()
			}
			return total, nil
		}
		total += n
		if total == len(p) || n == 0 || s.kind != syscall.SOCK_STREAM || sigint.Pending() {
			return total, nil
		}
		if _, hasTimeout := s.Timeout(); hasTimeout {
			return total, nil
		}
	}
}

// SendAll sends all of p. In timeout mode the timeout bounds the whole
// call, not each send.
func (s *Socket) SendAll(p []byte, flags int) error {
	deadline := time.Time{}
	if d, ok := s.Timeout(); ok && d > 0 {
		deadline = time.Now().Add(d)
	}
	for len(p) > 0 {
		n, err := s.io(true, deadline, func(fd int) (int, error) {
			return sysSendto(fd, p, flags, nil)
		})
		if err != nil {
			return err
		}
		p = p[n:]
	}
	return nil
}

// SendTo sends p to addr, a Python address of the socket's family.
func (s *Socket) SendTo(p []byte, flags int, addr py.Object) (int, error) {
	ra, err := addrToRaw(s.family, addr, "sendto")
	if err != nil {
		return 0, err
	}
	return s.io(true, time.Time{}, func(fd int) (int, error) {
		return sysSendto(fd, p, flags, &ra)
	})
}

// Bind binds to addr, a Python address of the socket's family.
func (s *Socket) Bind(addr py.Object) error {
	fd, _, err := s.state()
	if err != nil {
		return err
	}
	ra, err := addrToRaw(s.family, addr, "bind")
	if err != nil {
		return err
	}
	if err := sysBind(fd, &ra); err != nil {
		return errnoException(err)
	}
	return nil
}

// Listen is listen(2); CPython clamps a negative backlog to 0.
func (s *Socket) Listen(backlog int) error {
	fd, _, err := s.state()
	if err != nil {
		return err
	}
	if backlog < 0 {
		backlog = 0
	}
	if err := syscall.Listen(fd, backlog); err != nil {
		return errnoException(err)
	}
	return nil
}

// Connect connects to addr under the socket's mode. In timeout mode it is
// a non-blocking connect, a wait for writability and a check of SO_ERROR;
// the timeout raises socket.timeout.
func (s *Socket) Connect(addr py.Object) error {
	errno, err := s.connect(addr, "connect", true)
	if err != nil {
		return err
	}
	if errno != 0 {
		return errnoException(errno)
	}
	return nil
}

// ConnectEx is Python's connect_ex: connection failures come back as an
// errno (0 on success, EAGAIN when the timeout expired) instead of an
// exception; bad addresses still raise.
func (s *Socket) ConnectEx(addr py.Object) (syscall.Errno, error) {
	return s.connect(addr, "connect_ex", false)
}

func (s *Socket) connect(addr py.Object, caller string, raise bool) (syscall.Errno, error) {
	fd, tmo, err := s.state()
	if err != nil {
		if !raise {
			return syscall.EBADF, nil
		}
		return 0, err
	}
	ra, err := addrToRaw(s.family, addr, caller)
	if err != nil {
		return 0, err
	}
	cerr := sysConnect(fd, &ra)
	for cerr == syscall.EINTR {
		if kerr := checkInterrupt(); kerr != nil {
			// A TCP connection goes on in the background, as in CPython.
			return 0, kerr
		}
		if s.family != syscall.AF_UNIX {
			break
		}
		// An AF_UNIX connect interrupted while the listener's backlog
		// was full made no connection and has nothing to wait for: try
		// again.
		cerr = sysConnect(fd, &ra)
	}
	if cerr == nil {
		return 0, nil
	}
	errno, _ := cerr.(syscall.Errno)
	// An interrupted connect goes on in the background (in any mode but
	// non-blocking); a timeout socket's EINPROGRESS is waited for.
	var waitDone bool
	if errno == syscall.EINTR {
		waitDone = tmo != 0
	} else {
		waitDone = tmo > 0 && errno == syscall.EINPROGRESS
	}
	if !waitDone {
		return errno, nil
	}
	deadline := time.Time{}
	if tmo > 0 {
		deadline = time.Now().Add(tmo)
	}
	if werr := wait(fd, true, deadline); werr != nil {
		if !raise && IsTimeout(werr) {
			return syscall.EAGAIN, nil
		}
		return 0, werr
	}
	soerr, gerr := getsockoptInt(fd, syscall.SOL_SOCKET, syscall.SO_ERROR)
	if gerr != nil {
		return gerr.(syscall.Errno), nil
	}
	if soerr == 0 || syscall.Errno(soerr) == syscall.EISCONN {
		return 0, nil
	}
	return syscall.Errno(soerr), nil
}

// Accept accepts a connection under the socket's mode and returns the new
// socket (close-on-exec, same family/type/proto, the module's default
// timeout with its descriptor mode set to match) and the peer's address.
//
// A blocking accept(2) takes the number of the descriptor it will return
// as it starts waiting, so that in CPython the first file another thread
// opens meanwhile gets the next number. Here the wait may first be a
// poll (finalizeBeforeBlocking): a placeholder holds that number until
// the accept(2) call itself.
func (s *Socket) Accept() (*Socket, py.Object, error) {
	var ra rawAddr
	hold := -1
	if fd, tmo, err := s.state(); err == nil && tmo < 0 {
		if h, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0); e == 0 {
			hold = int(h)
		}
	}
	nfd, err := s.readIO(0, false, func(fd, _ int) (int, error) {
		if hold >= 0 {
			syscall.Close(hold)
			hold = -1
		}
		n, a, err := sysAccept4(fd)
		ra = a
		return n, err
	})
	if hold >= 0 {
		syscall.Close(hold)
	}
	if err != nil {
		return nil, nil, err
	}
	return NewFromFD(nfd, s.family, s.kind, s.proto), rawToAddr(&ra), nil
}

// Shutdown is shutdown(2) (SHUT_RD, SHUT_WR or SHUT_RDWR).
func (s *Socket) Shutdown(how int) error {
	fd, _, err := s.state()
	if err != nil {
		return err
	}
	if err := syscall.Shutdown(fd, how); err != nil {
		return errnoException(err)
	}
	return nil
}

// SockName is getsockname(2) as a Python address.
func (s *Socket) SockName() (py.Object, error) {
	fd, _, err := s.state()
	if err != nil {
		return nil, err
	}
	ra, err := sysGetsockname(fd)
	if err != nil {
		return nil, errnoException(err)
	}
	return rawToAddr(&ra), nil
}

// PeerName is getpeername(2) as a Python address.
func (s *Socket) PeerName() (py.Object, error) {
	fd, _, err := s.state()
	if err != nil {
		return nil, err
	}
	ra, err := sysGetpeername(fd)
	if err != nil {
		return nil, errnoException(err)
	}
	return rawToAddr(&ra), nil
}

// GetSockOptInt reads an int-valued socket option.
func (s *Socket) GetSockOptInt(level, opt int) (int, error) {
	fd, _, err := s.state()
	if err != nil {
		return 0, err
	}
	v, err := getsockoptInt(fd, level, opt)
	if err != nil {
		return 0, errnoException(err)
	}
	return v, nil
}

// SetSockOptInt sets an int-valued socket option.
func (s *Socket) SetSockOptInt(level, opt, value int) error {
	var b [4]byte
	nativeEndian.PutUint32(b[:], uint32(int32(value)))
	return s.setSockOptBytes(level, opt, b[:])
}

func (s *Socket) setSockOptBytes(level, opt int, b []byte) error {
	fd, _, err := s.state()
	if err != nil {
		return err
	}
	if err := sysSetsockopt(fd, level, opt, b); err != nil {
		return errnoException(err)
	}
	return nil
}

// Repr is CPython's repr of a socket, with typeName (for example
// "ssl.SSLSocket") in place of "socket.socket":
// <socket.socket fd=3, family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM,
// proto=0, laddr=('127.0.0.1', 5000)>.
func (s *Socket) Repr(typeName string) string {
	fd := s.Fd()
	var b strings.Builder
	b.WriteString("<" + typeName)
	if fd == -1 {
		// (socket(fileno=-5) is not closed: 3.6 shows fd=-5 alone)
		b.WriteString(" [closed]")
	}
	fmt.Fprintf(&b, " fd=%d, family=%s, type=%s, proto=%d", fd, strOf(FamilyObject(s.family)), strOf(KindObject(s.pyType())), s.proto)
	if fd >= 0 {
		// CPython leaves out an empty address (an unbound AF_UNIX socket).
		if a, err := s.SockName(); err == nil && a != py.String("") {
			if r, err := py.ReprAsString(a); err == nil {
				b.WriteString(", laddr=" + r)
			}
		}
		if a, err := s.PeerName(); err == nil && a != py.String("") {
			if r, err := py.ReprAsString(a); err == nil {
				b.WriteString(", raddr=" + r)
			}
		}
	}
	b.WriteString(">")
	return b.String()
}

// M__repr__ is repr(sock).
func (s *Socket) M__repr__() (py.Object, error) {
	return py.String(s.Repr("socket.socket")), nil
}

// M__enter__ makes `with socket.socket() as s:` work.
func (s *Socket) M__enter__() (py.Object, error) { return s, nil }

// M__exit__ closes the socket as close() would.
func (s *Socket) M__exit__(exc_type, exc_value, traceback py.Object) (py.Object, error) {
	_, err := s.CloseIfUnreferenced()
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

// addIORef and dropIORef track makefile() objects (see CloseIfUnreferenced).
func (s *Socket) addIORef() {
	s.mu.Lock()
	s.ioRefs++
	s.mu.Unlock()
}

// dropIORef reports whether the socket's Python close() was deferred and
// this was the last file: the caller then closes it.
func (s *Socket) dropIORef() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ioRefs--
	return s.ioRefs <= 0 && s.userClosed
}

// ErrnoOf returns the errno carried by an OSError exception returned by
// this package (EAGAIN for BlockingIOError, ECONNRESET...), or false.
func ErrnoOf(err error) (syscall.Errno, bool) {
	var e *py.Exception
	if !errors.As(err, &e) || e.Dict == nil {
		return 0, false
	}
	n, ok := e.Dict["errno"].(py.Int)
	if !ok {
		return 0, false
	}
	return syscall.Errno(n), true
}

// errnoException is the OSError subclass CPython raises for a system error.
func errnoException(err error) error {
	if e, ok := err.(syscall.Errno); ok {
		return pyutil.OSErrorFromErrno(e, nil)
	}
	return pyutil.FromGoError(err, nil)
}

var (
	_ SocketHolder  = (*Socket)(nil)
	_ py.I__repr__  = (*Socket)(nil)
	_ py.I__enter__ = (*Socket)(nil)
	_ py.I__exit__  = (*Socket)(nil)
)

// M__eq__ is identity, as for CPython objects without __eq__ (gpython
// has no default): two socket objects are equal when they are the same
// socket.
func (s *Socket) M__eq__(other py.Object) (py.Object, error) {
	o, ok := FromObject(other)
	return py.NewBool(ok && o == s), nil
}

// M__ne__ is the negation of M__eq__.
func (s *Socket) M__ne__(other py.Object) (py.Object, error) {
	o, ok := FromObject(other)
	return py.NewBool(!ok || o != s), nil
}
