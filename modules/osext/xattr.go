package osext

import (
	"runtime"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/ospath"
)

// Linux's extended attributes (getxattr, setxattr, removexattr,
// listxattr, each on a path, a symbolic link itself or an open
// descriptor), waitid, getrandom, initgroups and the terminal's
// foreground process group (tcgetpgrp, tcsetpgrp).

func init() {
	extendOS([]*py.Method{
		method("getxattr", osGetxattr, "getxattr(path, attribute, *, follow_symlinks=True)\n\nThe value of the extended attribute attribute of path, as bytes."),
		method("setxattr", osSetxattr, "setxattr(path, attribute, value, flags=0, *, follow_symlinks=True)\n\nGive path's extended attribute attribute the bytes value."),
		method("removexattr", osRemovexattr, "removexattr(path, attribute, *, follow_symlinks=True)\n\nDelete the extended attribute attribute of path."),
		method("listxattr", osListxattr, "listxattr(path=None, *, follow_symlinks=True)\n\nThe names of path's extended attributes (of the current directory when path is None)."),
		pyutil.MustNewMethod("_waitid", osWaitid, 0, "_waitid(idtype, id, options) -> the five fields of the result, or None"),
		method("getrandom", osGetrandom, "getrandom(size, flags=0)\n\nUp to size random bytes from the kernel's generator."),
		pyutil.MustNewMethod("initgroups", osInitgroups, 0, "initgroups(username, gid, /)\n\nSet the supplementary groups to those username belongs to, plus gid."),
		pyutil.MustNewMethod("tcgetpgrp", osTcgetpgrp, 0, "tcgetpgrp(fd, /)\n\nThe foreground process group of the terminal open as fd."),
		pyutil.MustNewMethod("tcsetpgrp", osTcsetpgrp, 0, "tcsetpgrp(fd, pgid, /)\n\nMake pgid the foreground process group of the terminal open as fd."),
	}, nil, "")
}

// xattrTarget is the file an xattr call works on: a path, or an open
// descriptor (fd >= 0); follow false works on a link itself.
type xattrTarget struct {
	fn      string
	obj     py.Object
	path    string
	isBytes bool
	fd      int
	follow  bool
	null    bool // a null path: the call fails with EFAULT
}

// xattrArgs parses "path, <more positional>..., *, follow_symlinks=True".
func xattrArgs(fn string, args py.Tuple, kwargs py.StringDict, names []string, required int) (*xattrTarget, []py.Object, error) {
	positional := len(names)
	all := append(append([]string{}, names...), "follow_symlinks")
	if len(args) > positional {
		return nil, nil, pyutil.TypeErrorf("Function takes at most %d positional argument%s (%d given)", positional, plural(positional), len(args))
	}
	a, err := pyarg.Parse36(fn, args, kwargs, all, required, pyarg.Getargs36)
	if err != nil {
		return nil, nil, err
	}
	t := &xattrTarget{fn: fn, obj: a[0], fd: -1, follow: true}
	if f := a[len(a)-1]; f != nil {
		if t.follow, err = pyarg.Bool(f); err != nil {
			return nil, nil, err
		}
	}
	switch {
	case a[0] == nil || a[0] == py.None && fn == "listxattr":
		t.obj, t.path = py.None, "."
	case isFDArg(a[0]):
		if t.fd, _, err = ospath.FDArg(a[0]); err != nil {
			return nil, nil, err
		}
		if t.fd < 0 {
			// CPython 3.6 passes a negative descriptor on as a null
			// path, which listxattr takes for "."
			t.fd, t.null = -1, fn != "listxattr"
			if !t.null {
				t.path = "."
			}
		}
		if !t.follow {
			return nil, nil, pyutil.ValueErrorf("%s: cannot use fd and follow_symlinks together", fn)
		}
	default:
		if t.path, t.isBytes, err = pathArg(fn, a[0]); err != nil {
			return nil, nil, err
		}
	}
	return t, a[1 : len(a)-1], nil
}

// isFDArg reports whether a path argument is a descriptor: an int, a
// bool or an object with __index__ (CPython 3.6's path_converter).
func isFDArg(o py.Object) bool {
	_, isFD, err := ospath.FDArg(o)
	return isFD || err != nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// attrName converts the attribute argument (str, bytes or os.PathLike)
// to the NUL-terminated name the system calls take.
func attrName(fn string, o py.Object) (*byte, error) {
	r, ok, err := pyarg.FSPath(o)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, pyutil.TypeErrorf("%s: attribute should be string, bytes or os.PathLike, not %s", fn, pyutil.TypeName(o))
	}
	s, _, err := pyarg.Path(r) // a name with a NUL in it is refused here
	if err != nil {
		return nil, err
	}
	return syscall.BytePtrFromString(s)
}

// call runs one of the three forms of an xattr system call: on the
// path (pathTrap), on a link itself (linkTrap) or on a descriptor
// (fdTrap).
func (t *xattrTarget) call(pathTrap, linkTrap, fdTrap uintptr, a2, a3, a4, a5 uintptr) (int, error) {
	var r uintptr
	var e syscall.Errno
	if t.null {
		return 0, syscall.EFAULT
	}
	if t.fd >= 0 {
		r, _, e = syscall.Syscall6(fdTrap, uintptr(t.fd), a2, a3, a4, a5, 0)
	} else {
		p, err := syscall.BytePtrFromString(t.path)
		if err != nil {
			return 0, pyutil.ValueErrorf("embedded null byte")
		}
		trap := pathTrap
		if !t.follow {
			trap = linkTrap
		}
		r, _, e = syscall.Syscall6(trap, uintptr(unsafe.Pointer(p)), a2, a3, a4, a5, 0)
	}
	if e != 0 {
		return 0, e
	}
	return int(r), nil
}

func (t *xattrTarget) fail(err error) error {
	if e, ok := err.(syscall.Errno); ok {
		return pyutil.OSErrorFromErrno(e, t.obj)
	}
	return err
}

func bytePtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// sizedRead calls f with growing buffers, as CPython does, until the
// answer fits; 64 KiB (XATTR_SIZE_MAX) is the most it tries.
func sizedRead(f func(buf []byte) (int, error)) ([]byte, error) {
	for _, size := range []int{128, 4096, 65536} {
		buf := make([]byte, size)
		n, err := f(buf)
		if err == syscall.ERANGE && size < 65536 {
			continue
		}
		if err != nil {
			return nil, err
		}
		return buf[:n], nil
	}
	return nil, syscall.ERANGE
}

func osGetxattr(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	t, rest, err := xattrArgs("getxattr", args, kwargs, []string{"path", "attribute"}, 2)
	if err != nil {
		return nil, err
	}
	np, err := attrName("getxattr", rest[0])
	if err != nil {
		return nil, err
	}
	data, err := sizedRead(func(buf []byte) (int, error) {
		return t.call(syscall.SYS_GETXATTR, syscall.SYS_LGETXATTR, syscall.SYS_FGETXATTR,
			uintptr(unsafe.Pointer(np)), bytePtr(buf), uintptr(len(buf)), 0)
	})
	runtime.KeepAlive(np)
	if err != nil {
		return nil, t.fail(err)
	}
	return py.Bytes(data), nil
}

func osSetxattr(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	t, rest, err := xattrArgs("setxattr", args, kwargs, []string{"path", "attribute", "value", "flags"}, 3)
	if err != nil {
		return nil, err
	}
	np, err := attrName("setxattr", rest[0])
	if err != nil {
		return nil, err
	}
	value, err := pyarg.BytesLike(rest[1])
	if err != nil {
		return nil, err
	}
	flags := 0
	if rest[2] != nil {
		if flags, err = intArg(rest[2]); err != nil {
			return nil, err
		}
	}
	_, err = t.call(syscall.SYS_SETXATTR, syscall.SYS_LSETXATTR, syscall.SYS_FSETXATTR,
		uintptr(unsafe.Pointer(np)), bytePtr(value), uintptr(len(value)), uintptr(flags))
	runtime.KeepAlive(np)
	runtime.KeepAlive(value)
	if err != nil {
		return nil, t.fail(err)
	}
	return py.None, nil
}

func osRemovexattr(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	t, rest, err := xattrArgs("removexattr", args, kwargs, []string{"path", "attribute"}, 2)
	if err != nil {
		return nil, err
	}
	np, err := attrName("removexattr", rest[0])
	if err != nil {
		return nil, err
	}
	_, err = t.call(syscall.SYS_REMOVEXATTR, syscall.SYS_LREMOVEXATTR, syscall.SYS_FREMOVEXATTR,
		uintptr(unsafe.Pointer(np)), 0, 0, 0)
	runtime.KeepAlive(np)
	if err != nil {
		return nil, t.fail(err)
	}
	return py.None, nil
}

func osListxattr(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	t, _, err := xattrArgs("listxattr", args, kwargs, []string{"path"}, 0)
	if err != nil {
		return nil, err
	}
	data, err := sizedRead(func(buf []byte) (int, error) {
		return t.call(syscall.SYS_LISTXATTR, syscall.SYS_LLISTXATTR, syscall.SYS_FLISTXATTR,
			bytePtr(buf), uintptr(len(buf)), 0, 0)
	})
	if err != nil {
		return nil, t.fail(err)
	}
	out := py.NewList()
	start := 0
	for i, c := range data {
		if c != 0 {
			continue
		}
		if i > start {
			out.Append(pathResult(string(data[start:i]), false))
		}
		start = i + 1
	}
	return out, nil
}

// osWaitid is waitid's system call; os.waitid (Python) makes the
// waitid_result of the five numbers, or returns None when no child was
// ready (WNOHANG).
func osWaitid(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := fdArg("waitid", args, 3)
	if err != nil {
		return nil, err
	}
	// siginfo_t on Linux: signo, errno, code, then (for SIGCHLD) pid,
	// uid and status from byte 16
	var info [32]int32
	err = retryEINTR(func() error {
		var e syscall.Errno
		gil.Unlocked(func() {
			_, _, e = syscall.Syscall6(syscall.SYS_WAITID, uintptr(v[0]), uintptr(v[1]),
				uintptr(unsafe.Pointer(&info[0])), uintptr(v[2]), 0, 0)
		})
		if e != 0 {
			return e
		}
		return nil
	})
	if err != nil {
		return nil, osErr(err, nil)
	}
	if info[4] == 0 {
		return py.None, nil
	}
	return py.Tuple{py.Int(info[4]), py.Int(uint32(info[5])), py.Int(info[0]), py.Int(info[6]), py.Int(info[2])}, nil
}

func osGetrandom(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("getrandom", args, kwargs, []string{"size", "flags"}, 1, pyarg.Clinic36)
	if err != nil {
		return nil, err
	}
	size, err := pyarg.SsizeT(a[0])
	if err != nil {
		return nil, err
	}
	flags := 0
	if a[1] != nil {
		if flags, err = intArg(a[1]); err != nil {
			return nil, err
		}
	}
	if size < 0 {
		return nil, osErr(syscall.EINVAL, nil)
	}
	buf := make([]byte, size)
	var n int
	err = retryEINTR(func() error {
		r, _, e := syscall.Syscall(sysGetrandom, bytePtr(buf), uintptr(size), uintptr(flags))
		if e != 0 {
			return e
		}
		n = int(r)
		return nil
	})
	if err != nil {
		return nil, osErr(err, nil)
	}
	return py.Bytes(buf[:n]), nil
}

func osInitgroups(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("initgroups", args, 2, 2); err != nil {
		return nil, err
	}
	r, ok, err := pyarg.FSPath(args[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, pyutil.TypeErrorf("initgroups() argument 1 must be encoded string without null bytes, not %s", pyutil.TypeName(args[0]))
	}
	user, _, err := pyarg.Path(r)
	if err != nil {
		return nil, err
	}
	gid, err := intArg(args[1])
	if err != nil {
		return nil, err
	}
	if e := initgroups(user, gid); e != 0 {
		return nil, osErr(e, nil)
	}
	return py.None, nil
}

func osTcgetpgrp(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := fdArg("tcgetpgrp", args, 1)
	if err != nil {
		return nil, err
	}
	var pgid int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(v[0]), syscall.TIOCGPGRP, uintptr(unsafe.Pointer(&pgid))); e != 0 {
		return nil, osErr(e, nil)
	}
	return py.Int(pgid), nil
}

func osTcsetpgrp(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := fdArg("tcsetpgrp", args, 2)
	if err != nil {
		return nil, err
	}
	pgid := int32(v[1])
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(v[0]), syscall.TIOCSPGRP, uintptr(unsafe.Pointer(&pgid))); e != 0 {
		return nil, osErr(e, nil)
	}
	return py.None, nil
}
