package osext

import (
	"strconv"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// os.openpty over Linux's Unix 98 pseudo-terminals: the master comes
// from /dev/ptmx, the slave is /dev/pts/N once unlocked. Both ends are
// non-inheritable, as CPython's since 3.4.

func init() {
	extendOS([]*py.Method{pyutil.MustNewMethod("openpty", osOpenpty, 0,
		"openpty()\n\nOpen a pseudo-terminal.\n\nReturn a tuple of (master_fd, slave_fd) containing open file descriptors\nfor both the master and slave ends.")}, nil, "")
}

const ptyOpenFlags = syscall.O_RDWR | syscall.O_NOCTTY | syscall.O_CLOEXEC

func osOpenpty(self py.Object) (py.Object, error) {
	master, err := syscall.Open("/dev/ptmx", ptyOpenFlags, 0)
	if err != nil {
		return nil, osErr(err, nil)
	}
	slave, err := openSlave(master)
	if err != nil {
		syscall.Close(master)
		return nil, osErr(err, nil)
	}
	return py.Tuple{py.Int(master), py.Int(slave)}, nil
}

// openSlave unlocks the slave of the master descriptor and opens it.
func openSlave(master int) (int, error) {
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		return -1, e
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(master), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		return -1, e
	}
	return syscall.Open("/dev/pts/"+strconv.FormatUint(uint64(n), 10), ptyOpenFlags, 0)
}
