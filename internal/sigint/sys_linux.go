package sigint

import (
	"os"
	"strconv"
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
	// Moved above the numbers a script's own files get (CPython holds no
	// descriptor of its own; see modules/socket/lowfd_linux.go).
	if high, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, fd, syscall.F_DUPFD_CLOEXEC, 128); e == 0 {
		syscall.RawSyscall(syscall.SYS_CLOSE, fd, 0, 0)
		fd = high
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

// kickThreads sends SIGURG to every thread of the process (listed in
// /proc/self/task), so that the one blocked in a system call runs a signal
// handler and, if the call is interruptible, fails with EINTR. Go's
// runtime sends SIGURG itself to preempt goroutines and ignores the ones
// it did not ask for. Without /proc the signal goes to the process, which
// reaches one thread.
func kickThreads() {
	pid := syscall.Getpid()
	entries, err := os.ReadDir("/proc/self/task")
	if err != nil {
		_ = syscall.Kill(pid, syscall.SIGURG)
		return
	}
	for _, e := range entries {
		if tid, err := strconv.Atoi(e.Name()); err == nil {
			_ = syscall.Tgkill(pid, tid, syscall.SIGURG)
		}
	}
}
