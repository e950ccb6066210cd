package sigint

import (
	"syscall"
	"unsafe"
)

// efdNonblock and efdCloexec are EFD_NONBLOCK and EFD_CLOEXEC, which equal
// O_NONBLOCK and O_CLOEXEC on Linux.
const (
	efdNonblock = syscall.O_NONBLOCK
	efdCloexec  = syscall.O_CLOEXEC
)

// newWakeFD makes the eventfd behind FD: non-blocking, close-on-exec,
// count 0. It returns -1 if the kernel refuses (FD then stays -1 and only
// Done wakes waiters).
func newWakeFD() int {
	fd, _, e := syscall.RawSyscall(syscall.SYS_EVENTFD2, 0, efdNonblock|efdCloexec, 0)
	if e != 0 {
		return -1
	}
	return int(fd)
}

// signalWakeFD adds 1 to the eventfd's count, which makes it readable.
func signalWakeFD(fd int) {
	v := uint64(1)
	for {
		_, _, e := syscall.RawSyscall(syscall.SYS_WRITE, uintptr(fd), uintptr(unsafe.Pointer(&v)), 8)
		if e != syscall.EINTR {
			return
		}
	}
}

// drainWakeFD resets the eventfd's count to 0.
func drainWakeFD(fd int) {
	var v uint64
	for {
		_, _, e := syscall.RawSyscall(syscall.SYS_READ, uintptr(fd), uintptr(unsafe.Pointer(&v)), 8)
		if e != syscall.EINTR {
			return
		}
	}
}
