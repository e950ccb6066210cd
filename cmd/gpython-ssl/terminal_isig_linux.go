package main

import (
	"syscall"
	"unsafe"
)

// stopSignalKeys turns the terminal's signal keys off (ISIG) on the
// standard input, so that a Ctrl-C typed between the prompt's display
// and the line editor's own raw mode reaches the editor as a key instead
// of raising SIGINT while no Python code runs; an error leaves the mode
// as it was.
func stopSignalKeys() {
	var t syscall.Termios
	fd := uintptr(syscall.Stdin)
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TCGETS, uintptr(unsafe.Pointer(&t))); e != 0 {
		return
	}
	t.Lflag &^= syscall.ISIG
	_, _, _ = syscall.Syscall(syscall.SYS_IOCTL, fd, syscall.TCSETS, uintptr(unsafe.Pointer(&t)))
}
