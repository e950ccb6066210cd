package osext

import (
	"math"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/ospath"
)

// os.dup2 and os.chown (with fchown and lchown behind its fd and
// follow_symlinks forms).

func init() {
	extendOS([]*py.Method{
		method("dup2", osDup2, "dup2(fd, fd2, inheritable=True)\n\nMake fd2 a duplicate of fd, closing fd2 first when it is open; None."),
		method("chown", osChown, "chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)\n\nGive path (or the open file descriptor path) the owner uid and group gid; -1 keeps one unchanged."),
	}, nil, "")
}

// osDup2 is os.dup2: as in CPython 3.6 it answers None, and the new
// descriptor is close-on-exec unless inheritable.
func osDup2(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("dup2", args, kwargs, []string{"fd", "fd2", "inheritable"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	fd, err := intArg(a[0])
	if err != nil {
		return nil, err
	}
	fd2, err := intArg(a[1])
	if err != nil {
		return nil, err
	}
	inheritable := true
	if a[2] != nil {
		if inheritable, err = pyarg.Bool(a[2]); err != nil {
			return nil, err
		}
	}
	if fd < 0 || fd2 < 0 {
		// CPython 3.6 raises before any call sets errno.
		return nil, py.ExceptionNewf(py.OSError, "[Errno 0] Error")
	}
	if fd == fd2 {
		// dup3 refuses equal descriptors; dup2 checks fd is open.
		if _, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0); e != 0 {
			return nil, osErr(e, nil)
		}
		return py.None, nil
	}
	flags := 0
	if !inheritable {
		flags = syscall.O_CLOEXEC
	}
	if err := retryEINTR(func() error { return syscall.Dup3(fd, fd2, flags) }); err != nil {
		return nil, osErr(err, nil)
	}
	return py.None, nil
}

// osChown is os.chown: an int path is a file descriptor (fchown);
// follow_symlinks=False changes a symbolic link itself (lchown).
func osChown(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("chown", args, kwargs, []string{"path", "uid", "gid", "dir_fd", "follow_symlinks"}, 3, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	uid, err := idArg("uid", a[1])
	if err != nil {
		return nil, err
	}
	gid, err := idArg("gid", a[2])
	if err != nil {
		return nil, err
	}
	if fd, isFD, err := ospath.FDArg(a[0]); err != nil {
		return nil, err
	} else if isFD {
		if fd == -1 {
			// CPython 3.6's "no descriptor": chown(2) of a null path
			return nil, osErr(syscall.EFAULT, a[0])
		}
		return py.None, osErr(retryEINTR(func() error { return syscall.Fchown(fd, uid, gid) }), a[0])
	}
	p, _, err := pathArg("chown", a[0])
	if err != nil {
		return nil, err
	}
	follow := true
	if a[4] != nil {
		if follow, err = pyarg.Bool(a[4]); err != nil {
			return nil, err
		}
	}
	dirfd, err := dirFdArg(a[3])
	if err != nil {
		return nil, err
	}
	flags := 0
	if !follow {
		flags = atSymlinkNofollow
	}
	if err := syscall.Fchownat(dirfd, p, uid, gid, flags); err != nil {
		return nil, osErr(err, a[0])
	}
	return py.None, nil
}

// idArg converts a uid or gid as CPython 3.6's _Py_Uid_Converter does:
// -1 (keep unchanged) or an unsigned 32-bit id; TypeError "uid should be
// integer, not str" for anything but an int. 3.6 words an id between
// 2**32 and 2**64 "less than minimum", as its unsigned fallback does.
func idArg(name string, o py.Object) (int, error) {
	if !pyarg.IsInteger(o) {
		return 0, py.ExceptionNewf(py.TypeError, "%s should be integer, not %s", name, pyutil.TypeName(o))
	}
	n := pyarg.IntValue(o)
	switch {
	case n.IsInt64() && n.Int64() == -1:
		return -1, nil
	case n.Sign() < 0, n.IsUint64() && n.Uint64() > math.MaxUint32:
		return 0, py.ExceptionNewf(py.OverflowError, "%s is less than minimum", name)
	case !n.IsUint64():
		return 0, py.ExceptionNewf(py.OverflowError, "%s is greater than maximum", name)
	}
	return int(n.Uint64()), nil
}
