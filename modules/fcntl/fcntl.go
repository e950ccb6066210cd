// Package pyfcntl is the fcntl module of CPython 3.6 on Linux: fcntl,
// ioctl, flock and lockf over the system calls, and the F_*, FD_*, LOCK_*
// and DN_* constants.
package pyfcntl

import (
	"math"
	"math/big"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// bufMax is the size of the buffer a bytes or str argument is copied
// into (CPython's 1024).
const bufMax = 1024

// uintMask is format "I": an integer taken modulo 2**32.
func uintMask(o py.Object) (uint32, error) {
	if _, ok := o.(py.Float); ok {
		return 0, pyutil.TypeErrorf("integer argument expected, got float")
	}
	if !pyarg.IsInteger(o) {
		return 0, pyutil.TypeErrorf("an integer is required (got type %s)", pyarg.TypeName(o))
	}
	b, err := pyarg.Index(o)
	if err != nil {
		return 0, err
	}
	m := new(big.Int).And(b, big.NewInt(math.MaxUint32))
	return uint32(m.Uint64()), nil
}

// osError is the OSError (or subclass) of a failed call.
func osError(e syscall.Errno) error { return pyutil.OSErrorFromErrno(e, nil) }

// readOnlyBuffer is the contents of a bytes or str argument (formats "s#"
// and "s*"); ok is false for anything else.
func readOnlyBuffer(o py.Object) ([]byte, bool) {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(v), true
	case py.String:
		return []byte(string(v)), true
	}
	return nil, false
}

// call runs fcntl(2) or ioctl(2) (trap) on fd with an integer or pointer
// argument.
func call(trap uintptr, fd int, op, arg uintptr) (int, error) {
	r, _, e := syscall.Syscall(trap, uintptr(fd), op, arg)
	if e != 0 {
		return 0, osError(e)
	}
	return int(int32(r)), nil
}

// callBuffer runs the call with a pointer to a private copy of data
// (padded to bufMax, as the kernel may write past the caller's length)
// and returns the copy's first len(data) bytes.
func callBuffer(trap uintptr, fd int, op uintptr, data []byte, fn string) (py.Object, error) {
	if len(data) > bufMax {
		return nil, pyutil.ValueErrorf("%s string arg too long", fn)
	}
	var buf [bufMax]byte
	copy(buf[:], data)
	if _, err := call(trap, fd, op, uintptr(unsafe.Pointer(&buf[0]))); err != nil {
		return nil, err
	}
	return py.Bytes(append([]byte(nil), buf[:len(data)]...)), nil
}

func fcntlFcntl(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("fcntl", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("fcntl", args, 2, 3); err != nil {
		return nil, err
	}
	fd, err := pyarg.FileDescriptor(args[0])
	if err != nil {
		return nil, err
	}
	cmd, err := pyarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	var arg uint32
	if len(args) == 3 {
		if data, ok := readOnlyBuffer(args[2]); ok {
			return callBuffer(syscall.SYS_FCNTL, fd, uintptr(cmd), data, "fcntl")
		}
		if arg, err = uintMask(args[2]); err != nil {
			return nil, err
		}
	}
	r, err := call(syscall.SYS_FCNTL, fd, uintptr(cmd), uintptr(arg))
	if err != nil {
		return nil, err
	}
	return py.Int(r), nil
}

func fcntlIoctl(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("ioctl", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("ioctl", args, 2, 4); err != nil {
		return nil, err
	}
	fd, err := pyarg.FileDescriptor(args[0])
	if err != nil {
		return nil, err
	}
	req, err := uintMask(args[1])
	if err != nil {
		return nil, err
	}
	mutate := true
	if len(args) == 4 {
		if mutate, err = pyarg.Bool(args[3]); err != nil {
			return nil, err
		}
	}
	if len(args) >= 3 {
		if wb, ok := args[2].(pyutil.WritableBuffer); ok {
			return ioctlMutable(fd, req, wb.WritableBytes(), mutate)
		}
		if data, ok := readOnlyBuffer(args[2]); ok {
			return callBuffer(syscall.SYS_IOCTL, fd, uintptr(req), data, "ioctl")
		}
		if _, ok := args[2].(pyutil.ReadableBuffer); ok {
			data, _ := pyutil.BytesLike(args[2])
			return callBuffer(syscall.SYS_IOCTL, fd, uintptr(req), data, "ioctl")
		}
	}
	var arg int
	if len(args) >= 3 {
		if arg, err = pyarg.Int(args[2]); err != nil {
			return nil, err
		}
	}
	r, err := call(syscall.SYS_IOCTL, fd, uintptr(req), uintptr(arg))
	if err != nil {
		return nil, err
	}
	return py.Int(r), nil
}

// ioctlMutable is ioctl on a writable buffer. With mutate the kernel's
// result lands in the buffer and the call's return value is returned (a
// buffer longer than bufMax is passed directly, a shorter one through a
// padded copy); without it the buffer is read-only: a copy is passed and
// returned as bytes.
func ioctlMutable(fd int, req uint32, data []byte, mutate bool) (py.Object, error) {
	if !mutate {
		return callBuffer(syscall.SYS_IOCTL, fd, uintptr(req), data, "ioctl")
	}
	p := data
	var buf [bufMax]byte
	if len(data) <= bufMax {
		copy(buf[:], data)
		p = buf[:]
	}
	r, err := call(syscall.SYS_IOCTL, fd, uintptr(req), uintptr(unsafe.Pointer(&p[0])))
	if err != nil {
		return nil, err
	}
	if len(data) <= bufMax {
		copy(data, buf[:len(data)])
	}
	return py.Int(r), nil
}

func fcntlFlock(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("flock", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("flock", args, 2, 2); err != nil {
		return nil, err
	}
	fd, err := pyarg.FileDescriptor(args[0])
	if err != nil {
		return nil, err
	}
	op, err := pyarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	for {
		err := syscall.Flock(fd, op)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, osError(err.(syscall.Errno))
		}
		return py.None, nil
	}
}

func fcntlLockf(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("lockf", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("lockf", args, 2, 5); err != nil {
		return nil, err
	}
	fd, err := pyarg.FileDescriptor(args[0])
	if err != nil {
		return nil, err
	}
	code, err := pyarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	var length, start int64
	whence := 0
	if len(args) > 2 {
		if length, err = offArg(args[2]); err != nil {
			return nil, err
		}
	}
	if len(args) > 3 {
		if start, err = offArg(args[3]); err != nil {
			return nil, err
		}
	}
	if len(args) > 4 {
		if whence, err = pyarg.Int(args[4]); err != nil {
			return nil, err
		}
	}
	var lk syscall.Flock_t
	// Exactly LOCK_UN unlocks; otherwise the LOCK_SH bit, then the
	// LOCK_EX bit, picks the lock (other bits are ignored).
	switch {
	case code == syscall.LOCK_UN:
		lk.Type = syscall.F_UNLCK
	case code&syscall.LOCK_SH != 0:
		lk.Type = syscall.F_RDLCK
	case code&syscall.LOCK_EX != 0:
		lk.Type = syscall.F_WRLCK
	default:
		return nil, pyutil.ValueErrorf("unrecognized lockf argument")
	}
	lk.Start, lk.Len, lk.Whence = start, length, int16(whence)
	cmd := syscall.F_SETLKW
	if code&syscall.LOCK_NB != 0 {
		cmd = syscall.F_SETLK
	}
	for {
		_, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(unsafe.Pointer(&lk)))
		switch e {
		case 0:
			return py.None, nil
		case syscall.EINTR:
			continue
		}
		return nil, osError(e)
	}
}

// offArg is an off_t argument: a C long ("L" on a 64-bit system).
func offArg(o py.Object) (int64, error) { return pyarg.Long(o) }

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name: "fcntl",
			Doc:  "File and descriptor control over fcntl(2), ioctl(2), flock(2) and POSIX record locks.",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("fcntl", fcntlFcntl, 0, fcntlDoc),
			pyutil.MustNewMethod("ioctl", fcntlIoctl, 0, ioctlDoc),
			pyutil.MustNewMethod("flock", fcntlFlock, 0, "flock(fd, operation)\n\nApplies or removes the whole-file lock operation (LOCK_SH, LOCK_EX or LOCK_UN, possibly with LOCK_NB) to fd."),
			pyutil.MustNewMethod("lockf", fcntlLockf, 0, lockfDoc),
		},
		Globals: constants(),
	})
}

const fcntlDoc = `fcntl(fd, cmd, arg=0)

Runs the descriptor command cmd (an F_* constant) on fd, which may be a
number or an object with fileno(). An integer arg is passed as is and the
call's integer result returned; a bytes or str arg (at most 1024 bytes) is
passed as a pointer to a copy, and the copy, as the call left it, is
returned as bytes.`

const ioctlDoc = `ioctl(fd, request, arg=0, mutate_flag=True)

Runs the device request on fd. An integer arg is passed as is and the
result returned. With a bytes or str arg a copy is passed and returned as
bytes. With a writable buffer (bytearray) and mutate_flag true, the
buffer itself receives what the call writes and the call's integer
result is returned; with mutate_flag false it is treated as read-only.`

const lockfDoc = `lockf(fd, cmd, len=0, start=0, whence=0)

Takes or releases a POSIX record lock on len bytes of fd from start
(relative to whence, as in os.lseek; len 0 means to the end of the
file). cmd is LOCK_UN, LOCK_SH or LOCK_EX, the last two possibly with
LOCK_NB to fail at once rather than wait.`
