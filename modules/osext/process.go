package osext

import (
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// The process functions of os: execv and execve (the rest of the exec*
// family is Python, in processSource), waitpid, wait, wait3 and wait4
// (the last two wrap _wait4's rusage tuple in resource.struct_rusage), the
// W* status macros with glibc's definitions, and the spawn* family on top
// of _spawn, which starts the child with syscall.ForkExec.
//
// os.fork stays absent: a Go process has threads the runtime needs, and a
// forked copy would have only the calling one.

// processConstants are the P_* modes and the wait options.
// pNowait is P_NOWAIT: spawn* returns the pid at once; any other mode waits.
const pNowait = 1

var processConstants = map[string]int{
	"P_WAIT": 0, "P_NOWAIT": 1, "P_NOWAITO": 1,
	"WUNTRACED": syscall.WUNTRACED, "WCONTINUED": syscall.WCONTINUED,
	"WEXITED": syscall.WEXITED, "WNOWAIT": syscall.WNOWAIT,
	"WSTOPPED": syscall.WSTOPPED,
}

// argvMessages are the words of an argv argument's errors, which differ
// between execv, execve and spawn*.
type argvMessages struct {
	notSeq, empty, firstEmpty string
}

var (
	execvArgv  = argvMessages{"execv() arg 2 must be a tuple or list", "execv() arg 2 must not be empty", "execv() arg 2 first element cannot be empty"}
	execveArgv = argvMessages{"execve: argv must be a tuple or list", "execve: argv must not be empty", "execve: argv first element cannot be empty"}
	// spawn* checks no emptiness of its own: an empty argv fails the
	// first-element check.
	spawnArgv = argvMessages{"argv must be a tuple or a list", "argv first element cannot be empty", "argv first element cannot be empty"}
)

// argvArg converts an argv argument: a tuple or list, not empty, of paths
// (str, bytes or os.PathLike) whose first is not empty.
func argvArg(o py.Object, msg argvMessages) ([]string, error) {
	var items []py.Object
	switch s := o.(type) {
	case py.Tuple:
		items = s
	case *py.List:
		items = s.Items
	default:
		return nil, pyutil.TypeErrorf("%s", msg.notSeq)
	}
	if len(items) == 0 {
		return nil, pyutil.ValueErrorf("%s", msg.empty)
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, _, err := pyarg.Path(it)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	if out[0] == "" {
		return nil, pyutil.ValueErrorf("%s", msg.firstEmpty)
	}
	return out, nil
}

// envArg converts _execve's and _spawn's environment: None (the process's
// own) or a list of "name=value" str or bytes built by the Python side.
func envArg(o py.Object) ([]string, error) {
	if o == nil || o == py.None {
		return syscall.Environ(), nil
	}
	l, ok := o.(*py.List)
	if !ok {
		return nil, pyutil.TypeErrorf("environment must be a list")
	}
	out := make([]string, len(l.Items))
	for i, it := range l.Items {
		s, _, err := pyarg.Path(it)
		if err != nil {
			return nil, err
		}
		out[i] = s
	}
	return out, nil
}

// errnoError is the OSError of a failed system call, without a filename.
func errnoError(err error) error {
	if e, ok := err.(syscall.Errno); ok {
		return pyutil.OSErrorFromErrno(e, nil)
	}
	return osErr(err, nil)
}

// osExecv is execv(path, argv): the process becomes path; it returns only
// with an error.
func osExecv(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("execv() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("execv() takes exactly 2 arguments (%d given)", len(args))
	}
	return execWith("execv", args[0], args[1], nil, execvArgv)
}

// osExecve is _execve(path, argv, env): execve with env already a list of
// "name=value" entries (os.execve builds it from the mapping).
func osExecve(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse("execve", args, kwargs, []string{"path", "argv", "env"}, 3, 3)
	if err != nil {
		return nil, err
	}
	return execWith("execve", a[0], a[1], a[2], execveArgv)
}

func execWith(fn string, pathO, argvO, envO py.Object, msg argvMessages) (py.Object, error) {
	path, _, err := pathArg(fn, pathO)
	if err != nil {
		return nil, err
	}
	argv, err := argvArg(argvO, msg)
	if err != nil {
		return nil, err
	}
	env, err := envArg(envO)
	if err != nil {
		return nil, err
	}
	return nil, errnoError(retryEINTR(func() error { return syscall.Exec(path, argv, env) }))
}

// osSpawn is _spawn(mode, path, argv, env): the child runs path with argv
// and env (None: this process's). With any mode but P_NOWAIT (P_WAIT) it
// waits and returns the exit code, or
// minus the signal that ended the child; otherwise the child's pid. A
// program that cannot be run gives 127 with P_WAIT, as the child of
// CPython's fork+exec exits with; with P_NOWAIT it raises the OSError
// (there is no child to return).
func osSpawn(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse("spawnv", args, kwargs, []string{"mode", "path", "argv", "env"}, 4, 4)
	if err != nil {
		return nil, err
	}
	mode, err := intArg(a[0])
	if err != nil {
		return nil, err
	}
	path, _, err := pathArg("spawnv", a[1])
	if err != nil {
		return nil, err
	}
	argv, err := argvArg(a[2], spawnArgv)
	if err != nil {
		return nil, err
	}
	env, err := envArg(a[3])
	if err != nil {
		return nil, err
	}
	attr := &syscall.ProcAttr{Env: env, Files: []uintptr{0, 1, 2}}
	// the child may read what dropped file objects still hold
	host.SettleDroppedWrites()
	pid, err := syscall.ForkExec(path, argv, attr)
	if err != nil {
		if mode != pNowait {
			return py.Int(127), nil
		}
		return nil, errnoError(err)
	}
	if mode == pNowait {
		return py.Int(pid), nil
	}
	var ws syscall.WaitStatus
	if err := retryEINTR(func() (e error) { gil.Unlocked(func() { _, e = syscall.Wait4(pid, &ws, 0, nil) }); return e }); err != nil {
		return nil, errnoError(err)
	}
	if ws.Signaled() {
		return py.Int(-int(ws.Signal())), nil
	}
	return py.Int(ws.ExitStatus()), nil
}

// wait4 waits for pid with options, retrying on EINTR (PEP 475).
func wait4(pidO, optO py.Object, ru *syscall.Rusage) (int, syscall.WaitStatus, error) {
	var ws syscall.WaitStatus
	pid, err := intArg(pidO)
	if err != nil {
		return 0, ws, err
	}
	opts, err := intArg(optO)
	if err != nil {
		return 0, ws, err
	}
	var got int
	err = retryEINTR(func() error {
		var e error
		gil.Unlocked(func() { got, e = syscall.Wait4(pid, &ws, opts, ru) })
		return e
	})
	if err != nil {
		return 0, ws, errnoError(err)
	}
	if got == 0 {
		ws = 0 // WNOHANG with no child ready: the status is not set
	}
	return got, ws, nil
}

// osWaitpid is waitpid(pid, options) -> (pid, status).
func osWaitpid(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("waitpid() takes exactly 2 arguments (%d given)", len(args))
	}
	pid, ws, err := wait4(args[0], args[1], nil)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Int(pid), py.Int(int(ws))}, nil
}

// osWait is wait() -> (pid, status) of any child.
func osWait(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, pyutil.TypeErrorf("wait() takes no arguments (%d given)", len(args))
	}
	return osWaitpid(nil, py.Tuple{py.Int(-1), py.Int(0)})
}

// osWait4 is _wait4(pid, options) -> (pid, status, rusage fields): the
// tuple os.wait3 and os.wait4 make a resource.struct_rusage of.
func osWait4(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("wait4() takes exactly 2 arguments (%d given)", len(args))
	}
	var ru syscall.Rusage
	pid, ws, err := wait4(args[0], args[1], &ru)
	if err != nil {
		return nil, err
	}
	sec := func(tv syscall.Timeval) py.Object { return py.Float(float64(tv.Sec) + float64(tv.Usec)*1e-6) }
	fields := py.Tuple{
		sec(ru.Utime), sec(ru.Stime),
		py.Int(ru.Maxrss), py.Int(ru.Ixrss), py.Int(ru.Idrss), py.Int(ru.Isrss),
		py.Int(ru.Minflt), py.Int(ru.Majflt), py.Int(ru.Nswap),
		py.Int(ru.Inblock), py.Int(ru.Oublock), py.Int(ru.Msgsnd), py.Int(ru.Msgrcv),
		py.Int(ru.Nsignals), py.Int(ru.Nvcsw), py.Int(ru.Nivcsw),
	}
	return py.Tuple{py.Int(pid), py.Int(int(ws)), fields}, nil
}

// statusMacro makes one of the W* functions, f taking the status as
// glibc's macros do (a C int).
func statusMacro(name string, f func(s int32) py.Object) *py.Method {
	return pyutil.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var o py.Object
		switch {
		case len(args)+len(kwargs) > 1:
			return nil, pyutil.TypeErrorf("%s() takes at most 1 argument (%d given)", name, len(args)+len(kwargs))
		case len(args) == 1:
			o = args[0]
		case kwargs["status"] != nil:
			o = kwargs["status"]
		default:
			return nil, pyutil.TypeErrorf("Required argument 'status' (pos 1) not found")
		}
		s, err := intArg(o)
		if err != nil {
			return nil, err
		}
		return f(int32(s)), nil
	}, 0, name+"(status)")
}

// statusMethods are the W* functions, with glibc's definitions.
func statusMethods() []*py.Method {
	b := func(v bool) py.Object { return py.NewBool(v) }
	return []*py.Method{
		statusMacro("WIFEXITED", func(s int32) py.Object { return b(s&0x7f == 0) }),
		statusMacro("WEXITSTATUS", func(s int32) py.Object { return py.Int((s >> 8) & 0xff) }),
		statusMacro("WIFSIGNALED", func(s int32) py.Object { return b(int8((s&0x7f)+1)>>1 > 0) }),
		statusMacro("WTERMSIG", func(s int32) py.Object { return py.Int(s & 0x7f) }),
		statusMacro("WIFSTOPPED", func(s int32) py.Object { return b(s&0xff == 0x7f) }),
		statusMacro("WSTOPSIG", func(s int32) py.Object { return py.Int((s >> 8) & 0xff) }),
		statusMacro("WCOREDUMP", func(s int32) py.Object { return b(s&0x80 != 0) }),
		statusMacro("WIFCONTINUED", func(s int32) py.Object { return b(s == 0xffff) }),
	}
}

// processMethods are the Go functions init adds to os.
func processMethods() []*py.Method {
	return append(statusMethods(),
		method("execv", osExecv, "execv(path, argv)\n\nReplace this process with the program at path, given the argument list argv."),
		method("_execve", osExecve, "_execve(path, argv, env_list)"),
		method("_spawn", osSpawn, "_spawn(mode, path, argv, env_list_or_None)"),
		pyutil.MustNewMethod("waitpid", osWaitpid, 0, "waitpid(pid, options) -> (pid, status)\n\nWait for the child pid (or any child, -1) and return its status."),
		pyutil.MustNewMethod("wait", osWait, 0, "wait() -> (pid, status)\n\nWait for any child to finish."),
		pyutil.MustNewMethod("_wait4", osWait4, 0, "_wait4(pid, options) -> (pid, status, rusage_fields)"),
	)
}
