package socket

import (
	"syscall"
	"time"
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// This file is the only place that talks to the kernel; the calls that
// may block (connect, accept, recv, send, poll) run with the interpreter
// lock released (internal/gil), so other Python threads run meanwhile.
// Everything goes through syscall.Syscall with raw sockaddr buffers (not
// syscall.Sockaddr) because Python needs what the Go wrappers drop: IPv6
// flowinfo, abstract AF_UNIX names with a leading NUL, and "no address"
// from recvfrom on a connected stream.

// rawAddr is a kernel socket address and its length.
type rawAddr struct {
	any syscall.RawSockaddrAny
	len uint32
}

func (a *rawAddr) ptr() uintptr { return uintptr(unsafe.Pointer(&a.any)) }

func errnoErr(e syscall.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// sysSocket is socket(2) with SOCK_CLOEXEC always set: descriptors must not
// leak into child processes (PEP 446).
func sysSocket(family, kind, proto int) (int, error) {
	r, _, e := syscall.RawSyscall(syscall.SYS_SOCKET, uintptr(family), uintptr(kind|syscall.SOCK_CLOEXEC), uintptr(proto))
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// sysSocketpair is socketpair(2), close-on-exec.
func sysSocketpair(family, kind, proto int) ([2]int, error) {
	var fds [2]int32
	_, _, e := syscall.RawSyscall6(syscall.SYS_SOCKETPAIR, uintptr(family), uintptr(kind|syscall.SOCK_CLOEXEC), uintptr(proto), uintptr(unsafe.Pointer(&fds)), 0, 0)
	if e != 0 {
		return [2]int{-1, -1}, e
	}
	return [2]int{int(fds[0]), int(fds[1])}, nil
}

func sysBind(fd int, a *rawAddr) error {
	_, _, e := syscall.Syscall(syscall.SYS_BIND, uintptr(fd), a.ptr(), uintptr(a.len))
	return errnoErr(e)
}

func sysConnect(fd int, a *rawAddr) error {
	var e syscall.Errno
	gil.Unlocked(func() {
		_, _, e = syscall.Syscall(syscall.SYS_CONNECT, uintptr(fd), a.ptr(), uintptr(a.len))
	})
	return errnoErr(e)
}

// sysAccept4 is accept4(2) with SOCK_CLOEXEC.
func sysAccept4(fd int) (int, rawAddr, error) {
	var a rawAddr
	a.len = uint32(unsafe.Sizeof(a.any))
	var r uintptr
	var e syscall.Errno
	gil.Unlocked(func() {
		r, _, e = syscall.Syscall6(syscall.SYS_ACCEPT4, uintptr(fd), a.ptr(), uintptr(unsafe.Pointer(&a.len)), uintptr(syscall.SOCK_CLOEXEC), 0, 0)
	})
	if e != 0 {
		return -1, a, e
	}
	return int(r), a, nil
}

func sysGetsockname(fd int) (rawAddr, error) {
	var a rawAddr
	a.len = uint32(unsafe.Sizeof(a.any))
	_, _, e := syscall.RawSyscall(syscall.SYS_GETSOCKNAME, uintptr(fd), a.ptr(), uintptr(unsafe.Pointer(&a.len)))
	return a, errnoErr(e)
}

func sysGetpeername(fd int) (rawAddr, error) {
	var a rawAddr
	a.len = uint32(unsafe.Sizeof(a.any))
	_, _, e := syscall.RawSyscall(syscall.SYS_GETPEERNAME, uintptr(fd), a.ptr(), uintptr(unsafe.Pointer(&a.len)))
	return a, errnoErr(e)
}

// bufPtr is the address of p's first byte, or 0 for an empty slice (the
// kernel does not touch the buffer when the length is 0).
func bufPtr(p []byte) uintptr {
	if len(p) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&p[0]))
}

// sysRecvfrom is recvfrom(2); from may be nil. A zero from.len on return
// means the kernel gave no address (connected stream sockets).
func sysRecvfrom(fd int, p []byte, flags int, from *rawAddr) (int, error) {
	var r uintptr
	var e syscall.Errno
	gil.Unlocked(func() {
		if from == nil {
			r, _, e = syscall.Syscall6(syscall.SYS_RECVFROM, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), 0, 0)
		} else {
			from.len = uint32(unsafe.Sizeof(from.any))
			r, _, e = syscall.Syscall6(syscall.SYS_RECVFROM, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), from.ptr(), uintptr(unsafe.Pointer(&from.len)))
		}
	})
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// sysSendto is sendto(2); to may be nil. MSG_NOSIGNAL is always added: a
// write to a closed peer must be EPIPE (BrokenPipeError), never SIGPIPE.
func sysSendto(fd int, p []byte, flags int, to *rawAddr) (int, error) {
	var r uintptr
	var e syscall.Errno
	flags |= syscall.MSG_NOSIGNAL
	gil.Unlocked(func() {
		if to == nil {
			r, _, e = syscall.Syscall6(syscall.SYS_SENDTO, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), 0, 0)
		} else {
			r, _, e = syscall.Syscall6(syscall.SYS_SENDTO, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(flags), to.ptr(), uintptr(to.len))
		}
	})
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// sysGetsockopt fills buf and returns the length the kernel reported.
func sysGetsockopt(fd, level, opt int, buf []byte) (int, error) {
	l := uint32(len(buf))
	_, _, e := syscall.RawSyscall6(syscall.SYS_GETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), bufPtr(buf), uintptr(unsafe.Pointer(&l)), 0)
	if e != 0 {
		return 0, e
	}
	return int(l), nil
}

func sysSetsockopt(fd, level, opt int, buf []byte) error {
	_, _, e := syscall.RawSyscall6(syscall.SYS_SETSOCKOPT, uintptr(fd), uintptr(level), uintptr(opt), bufPtr(buf), uintptr(len(buf)), 0)
	return errnoErr(e)
}

// getsockoptInt reads an int-valued option.
func getsockoptInt(fd, level, opt int) (int, error) {
	var b [4]byte
	if _, err := sysGetsockopt(fd, level, opt, b[:]); err != nil {
		return 0, err
	}
	return int(int32(nativeEndian.Uint32(b[:]))), nil
}

// dupCloexec is fcntl(F_DUPFD_CLOEXEC).
func dupCloexec(fd int) (int, error) {
	r, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(syscall.F_DUPFD_CLOEXEC), 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// getNonblock reports whether fd has O_NONBLOCK set.
func getNonblock(fd int) (bool, error) {
	r, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(syscall.F_GETFL), 0)
	if e != 0 {
		return false, e
	}
	return r&syscall.O_NONBLOCK != 0, nil
}

// PollFd is one entry of the array poll(2) takes, laid out as struct pollfd.
type PollFd struct {
	Fd      int32
	Events  int16
	Revents int16
}

// Poll events, as in <poll.h> on Linux.
const (
	POLLIN     = 0x1
	POLLPRI    = 0x2
	POLLOUT    = 0x4
	POLLERR    = 0x8
	POLLHUP    = 0x10
	POLLNVAL   = 0x20
	POLLRDNORM = 0x40
	POLLRDBAND = 0x80
	POLLWRNORM = 0x100
	POLLWRBAND = 0x200
	POLLMSG    = 0x400
	POLLRDHUP  = 0x2000
)

// Poll is one poll(2) call (made as ppoll, which every Linux architecture
// has) over fds, waiting at most timeout; a negative timeout waits forever.
// It returns the number of entries with non-zero Revents. It does NOT retry
// EINTR: callers recompute their remaining time and call again (see
// PollUntil).
func Poll(fds []PollFd, timeout time.Duration) (int, error) {
	var ts *syscall.Timespec
	if timeout >= 0 {
		t := syscall.NsecToTimespec(int64(timeout))
		ts = &t
	}
	var p *PollFd
	if len(fds) > 0 {
		p = &fds[0]
	}
	// The pointers become uintptrs in the call's own argument list, the
	// one place where the compiler keeps what they point to alive and
	// unmoved (a stack-allocated timespec can move when the goroutine's
	// stack grows inside gil.Unlocked).
	var r uintptr
	var e syscall.Errno
	if timeout == 0 {
		r, _, e = syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(p)), uintptr(len(fds)), uintptr(unsafe.Pointer(ts)), 0, 0, 0)
	} else {
		gil.Unlocked(func() {
			yieldBeforeWait()
			r, _, e = syscall.Syscall6(syscall.SYS_PPOLL, uintptr(unsafe.Pointer(p)), uintptr(len(fds)), uintptr(unsafe.Pointer(ts)), 0, 0, 0)
		})
	}
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

// PollUntil is Poll retried on EINTR until deadline (the zero time waits
// forever). It returns 0 with a nil error when the deadline passes.
func PollUntil(fds []PollFd, deadline time.Time) (int, error) {
	for {
		timeout := time.Duration(-1)
		if !deadline.IsZero() {
			timeout = time.Until(deadline)
			if timeout < 0 {
				timeout = 0
			}
		}
		n, err := Poll(fds, timeout)
		if err == syscall.EINTR {
			continue
		}
		return n, err
	}
}
