package pyutil

import (
	"syscall"
	"unsafe"
)

// IsTerminal reports whether the descriptor is a terminal, as C's
// isatty(3) decides it: the terminal attributes can be read.
func IsTerminal(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}
