// Package pty opens Linux's Unix 98 pseudo-terminals: os.openpty, and the
// tests that drive the interactive prompt or termios through a terminal.
package pty

import (
	"strconv"
	"syscall"
	"unsafe"
)

// openFlags: both ends are non-inheritable (as CPython's since 3.4) and
// never become the opener's controlling terminal.
const openFlags = syscall.O_RDWR | syscall.O_NOCTTY | syscall.O_CLOEXEC

// Open returns the descriptors of a new pseudo-terminal's master (from
// /dev/ptmx) and its slave (/dev/pts/N, once unlocked). On an error
// nothing stays open.
func Open() (master, slave int, err error) {
	master, err = syscall.Open("/dev/ptmx", openFlags, 0)
	if err != nil {
		return -1, -1, err
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		syscall.Close(master)
		return -1, -1, e
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		syscall.Close(master)
		return -1, -1, e
	}
	slave, err = syscall.Open("/dev/pts/"+strconv.FormatUint(uint64(n), 10), openFlags, 0)
	if err != nil {
		syscall.Close(master)
		return -1, -1, err
	}
	return master, slave, nil
}

// SetSize sets the terminal's window size (TIOCSWINSZ) in characters.
func SetSize(fd, rows, cols int) error {
	ws := [4]uint16{uint16(rows), uint16(cols), 0, 0}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCSWINSZ, uintptr(unsafe.Pointer(&ws))); e != 0 {
		return e
	}
	return nil
}
