// Package pytermios is the termios module of CPython 3.6 on Linux, the
// part that getpass and tty-style scripts use: tcgetattr, tcsetattr,
// tcsendbreak, tcdrain, tcflush, tcflow, termios.error and the flag,
// speed and control-character constants.
package pytermios

import (
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// ErrorType is termios.error: an Exception whose args are (errno,
// strerror).
var ErrorType = func() *py.Type {
	t := pyutil.NewExceptionType("error", "", py.ExceptionType)
	t.Dict["__module__"] = py.String("termios")
	return t
}()

// CBAUD and CBAUDEX (the speed bits of c_cflag; syscall lacks them).
const (
	cbaud   = 0o10017
	cbaudex = 0o10000
)

// The ioctl requests behind tc*(3) (<asm-generic/ioctls.h>).
const (
	tcgets  = 0x5401
	tcsets  = 0x5402
	tcsetsw = 0x5403
	tcsetsf = 0x5404
	tcsbrk  = 0x5409
	tcxonc  = 0x540A
	tcflsh  = 0x540B
)

// nccs is NCCS, the length of c_cc.
const nccs = 32

// termiosError is the termios.error of a failed call.
func termiosError(e syscall.Errno) error {
	return &py.Exception{Base: ErrorType, Args: py.Tuple{py.Int(int(e)), py.String(pyutil.StrError(e))}, Dict: py.StringDict{}}
}

func ioctl(fd int, req uintptr, arg unsafe.Pointer) error {
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(arg))
	if e != 0 {
		return termiosError(e)
	}
	return nil
}

func ioctlInt(fd int, req, arg uintptr) error {
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, arg)
	if e != 0 {
		return termiosError(e)
	}
	return nil
}

func getattr(fd int) (*syscall.Termios, error) {
	var t syscall.Termios
	if err := ioctl(fd, tcgets, unsafe.Pointer(&t)); err != nil {
		return nil, err
	}
	return &t, nil
}

// speed is cfgetispeed/cfgetospeed: the CBAUD bits of c_cflag.
func speed(t *syscall.Termios) int { return int(t.Cflag & (cbaud | cbaudex)) }

func termiosTcgetattr(self py.Object, arg py.Object) (py.Object, error) {
	fd, err := pyarg.FileDescriptor(arg)
	if err != nil {
		return nil, err
	}
	t, err := getattr(fd)
	if err != nil {
		return nil, err
	}
	cc := make(py.Tuple, nccs)
	for i := range cc {
		cc[i] = py.Bytes{t.Cc[i]}
	}
	if t.Lflag&syscall.ICANON == 0 {
		cc[syscall.VMIN] = py.Int(t.Cc[syscall.VMIN])
		cc[syscall.VTIME] = py.Int(t.Cc[syscall.VTIME])
	}
	ccList := py.NewListFromItems(cc)
	return py.NewListFromItems([]py.Object{
		py.Int(t.Iflag), py.Int(t.Oflag), py.Int(t.Cflag), py.Int(t.Lflag),
		py.Int(speed(t)), py.Int(speed(t)), ccList,
	}), nil
}

// items gives a list's (or tuple's) elements.
func items(o py.Object) ([]py.Object, bool) {
	switch v := o.(type) {
	case *py.List:
		return v.Items, true
	case py.Tuple:
		return v, false
	}
	return nil, false
}

func termiosTcsetattr(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("tcsetattr", args, 3, 3); err != nil {
		return nil, err
	}
	fd, err := pyarg.FileDescriptor(args[0])
	if err != nil {
		return nil, err
	}
	when, err := pyarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	attrs, isList := items(args[2])
	if !isList || len(attrs) != 7 {
		return nil, pyutil.TypeErrorf("tcsetattr, arg 3: must be 7 element list")
	}
	t, err := getattr(fd)
	if err != nil {
		return nil, err
	}
	var flags [6]uint32
	for i := range flags {
		n, err := pyarg.Long(attrs[i])
		if err != nil {
			return nil, err
		}
		flags[i] = uint32(n)
	}
	t.Iflag, t.Oflag, t.Cflag, t.Lflag = flags[0], flags[1], flags[2], flags[3]
	cc, ok := items(attrs[6])
	if !ok || len(cc) != nccs {
		return nil, pyutil.TypeErrorf("tcsetattr: attributes[6] must be %d element list", nccs)
	}
	for i, c := range cc {
		switch v := c.(type) {
		case py.Bytes:
			if len(v) != 1 {
				return nil, pyutil.TypeErrorf("tcsetattr: elements of attributes must be characters or integers")
			}
			t.Cc[i] = v[0]
		default:
			if !pyarg.IsInteger(c) {
				return nil, pyutil.TypeErrorf("tcsetattr: elements of attributes must be characters or integers")
			}
			n, err := pyarg.Long(c)
			if err != nil {
				return nil, err
			}
			t.Cc[i] = byte(n)
		}
	}
	// cfsetispeed/cfsetospeed: the speed lives in c_cflag's CBAUD bits
	t.Cflag = t.Cflag&^(cbaud|cbaudex) | flags[5]&(cbaud|cbaudex)
	t.Ispeed, t.Ospeed = flags[4], flags[5]
	var req uintptr
	switch when {
	case 0: // TCSANOW
		req = tcsets
	case 1: // TCSADRAIN
		req = tcsetsw
	case 2: // TCSAFLUSH
		req = tcsetsf
	default:
		return nil, termiosError(syscall.EINVAL)
	}
	if err := ioctl(fd, req, unsafe.Pointer(t)); err != nil {
		return nil, err
	}
	return py.None, nil
}

// fdIntCall makes the (fd, int) functions: tcsendbreak, tcflush, tcflow.
func fdIntCall(name string, do func(fd, n int) error) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := pyarg.ArgCount36(name, args, 2, 2); err != nil {
			return nil, err
		}
		fd, err := pyarg.FileDescriptor(args[0])
		if err != nil {
			return nil, err
		}
		n, err := pyarg.Int(args[1])
		if err != nil {
			return nil, err
		}
		if err := do(fd, n); err != nil {
			return nil, err
		}
		return py.None, nil
	}, 0, name+"(fd, "+map[string]string{"tcsendbreak": "duration", "tcflush": "queue", "tcflow": "action"}[name]+") -> None")
}

func init() {
	globals := py.StringDict{"error": ErrorType}
	for k, v := range constants {
		globals[k] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name: "termios",
			Doc:  "POSIX terminal control (tcgetattr, tcsetattr and friends) over termios(3).",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("tcgetattr", termiosTcgetattr, 0, "tcgetattr(fd) -> list_of_attrs\n\n[iflag, oflag, cflag, lflag, ispeed, ospeed, cc] of the terminal fd."),
			pyutil.MustNewMethod("tcsetattr", termiosTcsetattr, 0, "tcsetattr(fd, when, attributes) -> None\n\nSets the attributes tcgetattr gives; when is TCSANOW, TCSADRAIN or TCSAFLUSH."),
			fdIntCall("tcsendbreak", func(fd, n int) error { return ioctlInt(fd, tcsbrk, 0) }),
			fdIntCall("tcflush", func(fd, n int) error { return ioctlInt(fd, tcflsh, uintptr(n)) }),
			fdIntCall("tcflow", func(fd, n int) error { return ioctlInt(fd, tcxonc, uintptr(n)) }),
			pyutil.MustNewMethod("tcdrain", func(self py.Object, arg py.Object) (py.Object, error) {
				fd, err := pyarg.FileDescriptor(arg)
				if err != nil {
					return nil, err
				}
				if err := ioctlInt(fd, tcsbrk, 1); err != nil {
					return nil, err
				}
				return py.None, nil
			}, 0, "tcdrain(fd) -> None\n\nWait until all output written to fd has been transmitted."),
		},
		Globals: globals,
	})
}
