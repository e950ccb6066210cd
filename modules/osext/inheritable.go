package osext

import (
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// os.get_inheritable and os.set_inheritable: the close-on-exec flag of a
// descriptor, which is given as a C int (positional only, no fileno()).

func init() {
	extendOS([]*py.Method{
		pyutil.MustNewMethod("get_inheritable", osGetInheritable, 0, "get_inheritable(fd, /)\n\nWhether a child process made by exec keeps the descriptor fd open."),
		pyutil.MustNewMethod("set_inheritable", osSetInheritable, 0, "set_inheritable(fd, inheritable, /)\n\nLet (or stop) a child process made by exec keep the descriptor fd open."),
	}, nil, "")
}

// fdFlags reads fd's descriptor flags (F_GETFD).
func fdFlags(fd int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
	if e != 0 {
		return 0, osErr(e, nil)
	}
	return int(r), nil
}

func osGetInheritable(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.ExactlyOne("get_inheritable", args, kwargs); err != nil {
		return nil, err
	}
	fd, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	flags, err := fdFlags(fd)
	if err != nil {
		return nil, err
	}
	return py.NewBool(flags&syscall.FD_CLOEXEC == 0), nil
}

func osSetInheritable(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("set_inheritable", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("set_inheritable", args, 2, 2); err != nil {
		return nil, err
	}
	fd, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	inheritable, err := intArg(args[1])
	if err != nil {
		return nil, err
	}
	flags, err := fdFlags(fd)
	if err != nil {
		return nil, err
	}
	if inheritable != 0 {
		flags &^= syscall.FD_CLOEXEC
	} else {
		flags |= syscall.FD_CLOEXEC
	}
	if _, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_SETFD, uintptr(flags)); e != 0 {
		return nil, osErr(e, nil)
	}
	return py.None, nil
}
