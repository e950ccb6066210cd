package osext

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The rest of CPython 3.6's posix functions on Linux: special files
// (mknod, mkfifo, major/minor/makedev), descriptor I/O at an offset or
// over several buffers (pread, pwrite, readv, writev, sendfile), file
// advice and locks, the process's ids, groups, priority and scheduler,
// and small queries (ttyname, ctermid, getloadavg, times). Functions that
// CPython writes with the argument clinic take positional arguments and
// word their errors "f() takes exactly N arguments"; the others accept
// keywords and use getargs's wording.

func init() {
	extendOS(posixMethods(), posixConstants, posixSource)
}

var posixConstants = map[string]int{
	"PRIO_PROCESS": 0, "PRIO_PGRP": 1, "PRIO_USER": 2,
	"SCHED_OTHER": 0, "SCHED_FIFO": 1, "SCHED_RR": 2, "SCHED_BATCH": 3, "SCHED_IDLE": 5, "SCHED_RESET_ON_FORK": 0x40000000,
	"F_ULOCK": 0, "F_LOCK": 1, "F_TLOCK": 2, "F_TEST": 3,
	"POSIX_FADV_NORMAL": 0, "POSIX_FADV_RANDOM": 1, "POSIX_FADV_SEQUENTIAL": 2,
	"POSIX_FADV_WILLNEED": 3, "POSIX_FADV_DONTNEED": 4, "POSIX_FADV_NOREUSE": 5,
	"RTLD_LAZY": 1, "RTLD_NOW": 2, "RTLD_GLOBAL": 0x100, "RTLD_LOCAL": 0,
	"RTLD_NODELETE": 0x1000, "RTLD_NOLOAD": 4, "RTLD_DEEPBIND": 8,
	"P_PID": 1, "P_PGID": 2, "P_ALL": 0,
	"ST_RDONLY": 1, "ST_NOSUID": 2, "ST_NODEV": 4, "ST_NOEXEC": 8, "ST_SYNCHRONOUS": 16,
	"ST_MANDLOCK": 64, "ST_WRITE": 128, "ST_APPEND": 256, "ST_NOATIME": 1024,
	"ST_NODIRATIME": 2048, "ST_RELATIME": 4096,
	"XATTR_CREATE": 1, "XATTR_REPLACE": 2, "XATTR_SIZE_MAX": 65536,
	"GRND_NONBLOCK": 1, "GRND_RANDOM": 2, "NGROUPS_MAX": 65536, "O_RSYNC": syscall.O_RSYNC,
	"SEEK_DATA": 3, "SEEK_HOLE": 4,
	"CLD_EXITED": 1, "CLD_DUMPED": 3, "CLD_TRAPPED": 4, "CLD_CONTINUED": 6,
	"EX_USAGE": 64, "EX_DATAERR": 65, "EX_NOINPUT": 66, "EX_NOUSER": 67, "EX_NOHOST": 68,
	"EX_UNAVAILABLE": 69, "EX_SOFTWARE": 70, "EX_OSERR": 71, "EX_OSFILE": 72, "EX_CANTCREAT": 73,
	"EX_IOERR": 74, "EX_TEMPFAIL": 75, "EX_PROTOCOL": 76, "EX_NOPERM": 77, "EX_CONFIG": 78,
}

// posixMethods are the functions this file adds to os.
func posixMethods() []*py.Method {
	return []*py.Method{
		method("mkfifo", osMkfifo, "mkfifo(path, mode=0o666, *, dir_fd=None)\n\nCreate a FIFO (a POSIX named pipe)."),
		method("mknod", osMknod, "mknod(path, mode=0o600, device=0, *, dir_fd=None)\n\nCreate a node in the file system (file, device special file or named pipe)."),
		pyutil.MustNewMethod("major", devicePart("major", majorOf), 0, "major(device, /)\n\nExtracts a device major number from a raw device number."),
		pyutil.MustNewMethod("minor", devicePart("minor", minorOf), 0, "minor(device, /)\n\nExtracts a device minor number from a raw device number."),
		pyutil.MustNewMethod("makedev", osMakedev, 0, "makedev(major, minor, /)\n\nComposes a raw device number from the major and minor device numbers."),
		pyutil.MustNewMethod("pread", osPread, 0, "pread(fd, buffersize, offset, /)\n\nRead a number of bytes from a file descriptor starting at a particular offset."),
		pyutil.MustNewMethod("pwrite", osPwrite, 0, "pwrite(fd, str, offset, /)\n\nWrite bytes to a file descriptor starting at a particular offset."),
		pyutil.MustNewMethod("readv", osReadv, 0, "readv(fd, buffers, /)\n\nRead from a file descriptor fd into an iterable of buffers."),
		pyutil.MustNewMethod("writev", osWritev, 0, "writev(fd, buffers, /)\n\nIterate over buffers, and write the contents of each to a file descriptor."),
		method("sendfile", osSendfile, "sendfile(out, in, offset, count) -> byteswritten\n\nCopy count bytes from file descriptor in to file descriptor out."),
		pyutil.MustNewMethod("pipe2", osPipe2, 0, "pipe2(flags, /)\n\nCreate a pipe with flags set atomically."),
		pyutil.MustNewMethod("posix_fallocate", osPosixFallocate, 0, "posix_fallocate(fd, offset, len, /)\n\nEnsure a file has allocated at least a particular number of bytes on disk."),
		pyutil.MustNewMethod("posix_fadvise", osPosixFadvise, 0, "posix_fadvise(fd, offset, len, advice, /)\n\nAnnounce an intention to access data in a specific pattern."),
		pyutil.MustNewMethod("lockf", osLockf, 0, "lockf(fd, command, length, /)\n\nApply, test or remove a POSIX lock on an open file descriptor."),
		fdMethod("fdatasync", syscall.Fdatasync, "fdatasync(fd)\n\nForce write of fd to disk without forcing update of metadata."),
		fdMethod("fchdir", syscall.Fchdir, "fchdir(fd)\n\nChange to the directory of the given file descriptor."),
		pyutil.MustNewMethod("sync", func(self py.Object) (py.Object, error) {
			syscall.Sync()
			return py.None, nil
		}, 0, "sync()\n\nForce write of everything to disk."),
		method("fchmod", osFchmod, "fchmod(fd, mode)\n\nChange the access permissions of the file given by file descriptor fd."),
		method("fchown", osFchown, "fchown(fd, uid, gid)\n\nChange the owner and group id of the file specified by file descriptor."),
		method("lchown", osLchown, "lchown(path, uid, gid)\n\nChange the owner and group id of path to the numeric uid and gid.\n\nThis function will not follow symbolic links."),
		pyutil.MustNewMethod("chroot", osChroot, 0, "chroot(path)\n\nChange root directory to path."),
		pyutil.MustNewMethod("closerange", osCloserange, 0, "closerange(fd_low, fd_high, /)\n\nCloses all file descriptors in [fd_low, fd_high), ignoring errors."),
		pyutil.MustNewMethod("ttyname", osTtyname, 0, "ttyname(fd, /)\n\nReturn the name of the terminal device connected to 'fd'."),
		pyutil.MustNewMethod("ctermid", func(self py.Object) (py.Object, error) {
			return py.String("/dev/tty"), nil
		}, 0, "ctermid()\n\nReturn the name of the controlling terminal for this process."),
		pyutil.MustNewMethod("getloadavg", osGetloadavg, 0, "getloadavg()\n\nReturn average recent system load information."),
		pyutil.MustNewMethod("_times", osTimes, 0, "times()"),
		pyutil.MustNewMethod("getresuid", func(self py.Object) (py.Object, error) { return getres(syscall.SYS_GETRESUID) }, 0, "getresuid()\n\nReturn a tuple of the current process's real, effective, and saved user ids."),
		pyutil.MustNewMethod("getresgid", func(self py.Object) (py.Object, error) { return getres(syscall.SYS_GETRESGID) }, 0, "getresgid()\n\nReturn a tuple of the current process's real, effective, and saved group ids."),
		pyutil.MustNewMethod("getgroups", osGetgroups, 0, "getgroups()\n\nReturn list of supplemental group IDs for the process."),
		pyutil.MustNewMethod("setgroups", osSetgroups, 0, "setgroups(groups)\n\nSet the groups of the current process to list."),
		idSetter("setuid", 1, func(v []int) error { return syscall.Setuid(v[0]) }),
		idSetter("setgid", 1, func(v []int) error { return syscall.Setgid(v[0]) }),
		idSetter("seteuid", 1, func(v []int) error { return syscall.Seteuid(v[0]) }),
		idSetter("setegid", 1, func(v []int) error { return syscall.Setegid(v[0]) }),
		idSetter("setreuid", 2, func(v []int) error { return syscall.Setreuid(v[0], v[1]) }),
		idSetter("setregid", 2, func(v []int) error { return syscall.Setregid(v[0], v[1]) }),
		idSetter("setresuid", 3, func(v []int) error { return syscall.Setresuid(v[0], v[1], v[2]) }),
		idSetter("setresgid", 3, func(v []int) error { return syscall.Setresgid(v[0], v[1], v[2]) }),
		pidQuery("getpgid", syscall.Getpgid),
		pidQuery("getsid", func(pid int) (int, error) {
			r, _, e := syscall.RawSyscall(syscall.SYS_GETSID, uintptr(pid), 0, 0)
			if e != 0 {
				return 0, e
			}
			return int(r), nil
		}),
		pyutil.MustNewMethod("setsid", func(self py.Object) (py.Object, error) {
			_, err := syscall.Setsid()
			return py.None, osErr(err, nil)
		}, 0, "setsid()\n\nCall the system call setsid()."),
		pyutil.MustNewMethod("setpgrp", func(self py.Object) (py.Object, error) {
			return py.None, osErr(syscall.Setpgid(0, 0), nil)
		}, 0, "setpgrp()\n\nMake the current process the leader of its process group."),
		pyutil.MustNewMethod("setpgid", osSetpgid, 0, "setpgid(pid, pgrp, /)\n\nCall the system call setpgid(pid, pgrp)."),
		method("getpriority", osGetpriority, "getpriority(which, who)\n\nReturn program scheduling priority."),
		method("setpriority", osSetpriority, "setpriority(which, who, priority)\n\nSet program scheduling priority."),
		pyutil.MustNewMethod("nice", osNice, 0, "nice(increment, /)\n\nAdd increment to the priority of process and return the new priority."),
		pyutil.MustNewMethod("killpg", osKillpg, 0, "killpg(pgid, signal, /)\n\nKill a process group with a signal."),
		pyutil.MustNewMethod("sched_yield", func(self py.Object) (py.Object, error) {
			_, _, e := syscall.Syscall(syscall.SYS_SCHED_YIELD, 0, 0, 0)
			return py.None, errnoErr(e)
		}, 0, "sched_yield()\n\nVoluntarily relinquish the CPU."),
		schedQuery("sched_get_priority_max", syscall.SYS_SCHED_GET_PRIORITY_MAX, "policy"),
		schedQuery("sched_get_priority_min", syscall.SYS_SCHED_GET_PRIORITY_MIN, "policy"),
		schedQuery("sched_getscheduler", syscall.SYS_SCHED_GETSCHEDULER, "pid"),
		pyutil.MustNewMethod("_sched_getparam", osSchedGetparam, 0, "sched_getparam(pid, /)"),
		pyutil.MustNewMethod("_sched_setparam", osSchedSetparam, 0, "sched_setparam(pid, param, /)"),
		pyutil.MustNewMethod("_sched_setscheduler", osSchedSetscheduler, 0, "sched_setscheduler(pid, policy, param, /)"),
		pyutil.MustNewMethod("sched_rr_get_interval", osSchedRRGetInterval, 0, "sched_rr_get_interval(pid, /)\n\nReturn the round-robin quantum for the process identified by pid, in seconds."),
		pyutil.MustNewMethod("sched_getaffinity", osSchedGetaffinity, 0, "sched_getaffinity(pid, /)\n\nReturn the affinity of the process identified by pid (or the current process if zero)."),
		pyutil.MustNewMethod("sched_setaffinity", osSchedSetaffinity, 0, "sched_setaffinity(pid, mask, /)\n\nSet the CPU affinity of the process identified by pid to mask."),
		pyutil.MustNewMethod("putenv", osPutenv, 0, "putenv(name, value, /)\n\nChange or add an environment variable."),
		pyutil.MustNewMethod("unsetenv", osUnsetenv, 0, "unsetenv(name, /)\n\nDelete an environment variable."),
		intFunc("getpid", os.Getpid),
		pyutil.MustNewMethod("getcwdb", func(self py.Object) (py.Object, error) {
			d, err := os.Getwd()
			if err != nil {
				return nil, osErr(err, nil)
			}
			return py.Bytes(d), nil
		}, 0, "getcwdb()\n\nReturn a bytes string representing the current working directory."),
		pyutil.MustNewMethod("abort", osAbort, 0, "abort()\n\nAbort the interpreter immediately.\n\nThis function 'dumps core' or otherwise fails in the hardest way possible\non the hosting operating system.  This function never returns."),
	}
}

// envArgs converts putenv's and unsetenv's names and values as
// PyUnicode_FSConverter does (str, bytes or os.PathLike; ValueError
// "embedded null byte").
func envArgs(fn string, args py.Tuple, n int) ([]string, error) {
	if err := exactArgs(fn, args, n, true); err != nil {
		return nil, err
	}
	out := make([]string, n)
	for i := range out {
		r, ok, err := pyarg.FSPath(args[i])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, pyarg.ErrNotPath(args[i])
		}
		if out[i], _, err = pyarg.Path(r); err != nil {
			return nil, err
		}
		if strings.IndexByte(out[i], 0) >= 0 {
			return nil, py.ExceptionNewf(py.ValueError, "embedded null byte")
		}
	}
	return out, nil
}

func osPutenv(self py.Object, args py.Tuple) (py.Object, error) {
	kv, err := envArgs("putenv", args, 2)
	if err != nil {
		return nil, err
	}
	if strings.IndexByte(kv[0], '=') >= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "illegal environment variable name")
	}
	if kv[0] == "" {
		return py.None, nil // glibc stores "=value", which no lookup finds
	}
	if err := os.Setenv(kv[0], kv[1]); err != nil {
		return nil, plainOSError(syscall.EINVAL)
	}
	return py.None, nil
}

func osUnsetenv(self py.Object, args py.Tuple) (py.Object, error) {
	k, err := envArgs("unsetenv", args, 1)
	if err != nil {
		return nil, err
	}
	if k[0] == "" || strings.IndexByte(k[0], '=') >= 0 {
		return nil, plainOSError(syscall.EINVAL)
	}
	if err := os.Unsetenv(k[0]); err != nil {
		return nil, plainOSError(syscall.EINVAL)
	}
	return py.None, nil
}

// kernelSigaction is the kernel's struct sigaction on Linux.
type kernelSigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// osAbort dies of SIGABRT as abort(3) does. Go's runtime catches the
// signal to print its goroutines, so the default action comes back first,
// and the signal is unblocked in case a thread masks it.
func osAbort(self py.Object) (py.Object, error) {
	def := kernelSigaction{} // SIG_DFL
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(syscall.SIGABRT), uintptr(unsafe.Pointer(&def)), 0, 8, 0, 0)
	unblock := uint64(1) << (uint(syscall.SIGABRT) - 1)
	syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 1 /* SIG_UNBLOCK */, uintptr(unsafe.Pointer(&unblock)), 0, 8, 0, 0)
	_ = syscall.Tgkill(syscall.Getpid(), syscall.Gettid(), syscall.SIGABRT)
	_ = syscall.Kill(syscall.Getpid(), syscall.SIGABRT)
	os.Exit(134) // not reached
	return py.None, nil
}

// errnoErr is nil for a zero errno, else its OSError.
func errnoErr(e syscall.Errno) error {
	if e == 0 {
		return nil
	}
	return osErr(e, nil)
}

// intArgs checks that fn got exactly n positional arguments, with the
// clinic's wording for one ("major() takes exactly one argument (0
// given)"), and converts each to a C int.
func intArgs(fn string, args py.Tuple, n int) ([]int, error) {
	if err := exactArgs(fn, args, n, true); err != nil {
		return nil, err
	}
	return intValues(args)
}

// exactArgs checks that fn got exactly n positional arguments: getargs's
// "takes exactly 2 arguments (1 given)", or for a one-parameter clinic
// function (clinicOne) "takes exactly one argument (0 given)".
func exactArgs(fn string, args py.Tuple, n int, clinicOne bool) error {
	if n == 1 && clinicOne {
		if len(args) != 1 {
			return pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", fn, len(args))
		}
		return nil
	}
	return pyarg.ArgCount36(fn, args, n, n)
}

// dirFdArg converts a dir_fd keyword: AT_FDCWD when absent or None.
func dirFdArg(o py.Object) (int, error) {
	if !pyarg.Given(o) {
		return atFDCWD, nil
	}
	if !pyarg.IsInteger(o) {
		return 0, pyutil.TypeErrorf("argument should be integer or None, not %s", pyutil.TypeName(o))
	}
	return intArg(o)
}

// modeArg is an optional mode argument with its default.
func modeArg(o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return intArg(o)
}

func mknodAt(dirfd int, path string, mode uint32, dev uint64) error {
	p, err := syscall.BytePtrFromString(path)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_MKNODAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(dev), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

func osMkfifo(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("mkfifo", args, kwargs, []string{"path", "mode", "dir_fd"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	p, _, err := pathArg("mkfifo", a[0])
	if err != nil {
		return nil, err
	}
	mode, err := modeArg(a[1], 0o666)
	if err != nil {
		return nil, err
	}
	dirfd, err := dirFdArg(a[2])
	if err != nil {
		return nil, err
	}
	if err := retryEINTR(func() error { return mknodAt(dirfd, p, uint32(mode)|syscall.S_IFIFO, 0) }); err != nil {
		return nil, osErr(err, nil) // CPython 3.6 names no file here
	}
	return py.None, nil
}

func osMknod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("mknod", args, kwargs, []string{"path", "mode", "device", "dir_fd"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	p, _, err := pathArg("mknod", a[0])
	if err != nil {
		return nil, err
	}
	mode, err := modeArg(a[1], 0o600)
	if err != nil {
		return nil, err
	}
	var dev uint64
	if a[2] != nil {
		if dev, err = deviceArg(a[2]); err != nil {
			return nil, err
		}
	}
	dirfd, err := dirFdArg(a[3])
	if err != nil {
		return nil, err
	}
	if err := retryEINTR(func() error { return mknodAt(dirfd, p, uint32(mode), dev) }); err != nil {
		return nil, osErr(err, nil)
	}
	return py.None, nil
}

// deviceArg converts a raw device number (an unsigned 64-bit dev_t).
func deviceArg(o py.Object) (uint64, error) {
	// CPython 3.6's _Py_Dev_Converter: PyLong_AsUnsignedLongLong, which
	// takes ints (and bools) only
	n := pyarg.IntValue(o)
	if n == nil {
		return 0, py.ExceptionNewf(py.TypeError, "an integer is required")
	}
	if n.Sign() < 0 {
		return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	}
	if !n.IsUint64() {
		return 0, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	return n.Uint64(), nil
}

// majorOf, minorOf and makeDev are glibc's dev_t encoding.
func majorOf(d uint64) uint64 { return (d>>8)&0xfff | (d>>32)&^0xfff }
func minorOf(d uint64) uint64 { return d&0xff | (d>>12)&^0xff }
func makeDev(ma, mi uint64) uint64 {
	return (ma&0xfff)<<8 | (ma&^0xfff)<<32 | mi&0xff | (mi&^0xff)<<12
}

// devicePart is major or minor: one number of a raw device number.
func devicePart(fn string, part func(uint64) uint64) func(py.Object, py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := exactArgs(fn, args, 1, true); err != nil {
			return nil, err
		}
		d, err := deviceArg(args[0])
		if err != nil {
			return nil, err
		}
		return py.Int(part(d)), nil
	}
}

func osMakedev(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("makedev", args, 2)
	if err != nil {
		return nil, err
	}
	return py.Int(int64(makeDev(uint64(uint32(v[0])), uint64(uint32(v[1]))))), nil
}

func osPread(self py.Object, args py.Tuple) (py.Object, error) {
	a, err := parseFdIO("pread", args, true)
	if err != nil {
		return nil, err
	}
	buf, err := a.readBuffer(intArg)
	if err != nil {
		return nil, err
	}
	n, err := ioCount(func() (int, error) { return syscall.Pread(a.fd, buf, a.offset) })
	if err != nil {
		return nil, err
	}
	return py.Bytes(buf[:n.(py.Int)]), nil
}

func osPwrite(self py.Object, args py.Tuple) (py.Object, error) {
	a, err := parseFdIO("pwrite", args, true)
	if err != nil {
		return nil, err
	}
	data, err := pyarg.BytesLike(a.arg)
	if err != nil {
		return nil, err
	}
	return ioCount(func() (int, error) { return syscall.Pwrite(a.fd, data, a.offset) })
}

// iovecs turns a sequence of buffers into iovecs; writable asks for
// buffers readv can fill.
func iovecs(o py.Object, writable bool) ([]syscall.Iovec, error) {
	items, err := py.SequenceList(o)
	if err != nil {
		if writable {
			return nil, pyutil.TypeErrorf("readv() arg 2 must be a sequence")
		}
		return nil, pyutil.TypeErrorf("writev() arg 2 must be a sequence")
	}
	out := make([]syscall.Iovec, 0, len(items.Items))
	for _, it := range items.Items {
		var b []byte
		if writable {
			w, err := pyarg.WritableBuffer(it, "")
			if err != nil {
				return nil, err
			}
			b = w.WritableBytes()
		} else if b, err = pyarg.BytesLike(it); err != nil {
			return nil, err
		}
		v := syscall.Iovec{Len: uint64(len(b))}
		if len(b) > 0 {
			v.Base = &b[0]
		}
		out = append(out, v)
	}
	return out, nil
}

// vectorIO is readv and writev (trap): "f(fd, buffers)", the buffers
// filled (writable) or written.
func vectorIO(fn string, trap uintptr, args py.Tuple, writable bool) (py.Object, error) {
	a, err := parseFdIO(fn, args, false)
	if err != nil {
		return nil, err
	}
	iov, err := iovecs(a.arg, writable)
	if err != nil {
		return nil, err
	}
	var p unsafe.Pointer
	if len(iov) > 0 {
		p = unsafe.Pointer(&iov[0])
	}
	return ioCount(func() (int, error) {
		n, _, e := syscall.Syscall(trap, uintptr(a.fd), uintptr(p), uintptr(len(iov)))
		if e != 0 {
			return 0, e
		}
		return int(n), nil
	})
}

func osReadv(self py.Object, args py.Tuple) (py.Object, error) {
	return vectorIO("readv", syscall.SYS_READV, args, true)
}

func osWritev(self py.Object, args py.Tuple) (py.Object, error) {
	return vectorIO("writev", syscall.SYS_WRITEV, args, false)
}

func osSendfile(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("sendfile", args, kwargs, []string{"out", "in", "offset", "count"}, 4, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	out, err := intArg(a[0])
	if err != nil {
		return nil, err
	}
	in, err := intArg(a[1])
	if err != nil {
		return nil, err
	}
	count, err := pyarg.SsizeT(a[3])
	if err != nil {
		return nil, err
	}
	var offset *int64
	if a[2] != py.None {
		off, err := pyarg.Long(a[2])
		if err != nil {
			return nil, err
		}
		offset = &off
	}
	return ioCount(func() (int, error) { return syscall.Sendfile(out, in, offset, count) })
}

func osPipe2(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("pipe2", args, 1)
	if err != nil {
		return nil, err
	}
	var p [2]int
	if err := syscall.Pipe2(p[:], v[0]); err != nil {
		return nil, osErr(err, nil)
	}
	return py.Tuple{py.Int(p[0]), py.Int(p[1])}, nil
}

// offLenArgs reads fn's (fd, offset, len[, extra]) arguments.
func offLenArgs(fn string, args py.Tuple, n int) (fd int, off, length int64, extra int, err error) {
	if err = pyarg.ArgCount36(fn, args, n, n); err != nil {
		return
	}
	if fd, err = intArg(args[0]); err != nil {
		return
	}
	if off, err = pyarg.Long(args[1]); err != nil {
		return
	}
	if length, err = pyarg.Long(args[2]); err != nil {
		return
	}
	if n > 3 {
		extra, err = intArg(args[3])
	}
	return
}

func osPosixFallocate(self py.Object, args py.Tuple) (py.Object, error) {
	fd, off, length, _, err := offLenArgs("posix_fallocate", args, 3)
	if err != nil {
		return nil, err
	}
	err = retryEINTR(func() error { return syscall.Fallocate(fd, 0, off, length) })
	if err != nil {
		return nil, plainOSError(err)
	}
	return py.None, nil
}

func osPosixFadvise(self py.Object, args py.Tuple) (py.Object, error) {
	fd, off, length, advice, err := offLenArgs("posix_fadvise", args, 4)
	if err != nil {
		return nil, err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_FADVISE64, uintptr(fd), uintptr(off), uintptr(length), uintptr(advice), 0, 0)
	if e != 0 {
		return nil, plainOSError(e)
	}
	return py.None, nil
}

// plainOSError is the OSError posix_fallocate and posix_fadvise raise:
// they return the error number rather than set errno, and CPython 3.6
// builds the exception without picking a subclass.
func plainOSError(err error) error {
	e, ok := err.(syscall.Errno)
	if !ok {
		return osErr(err, nil)
	}
	return pyutil.NewOSError(py.OSError, int(e), pyutil.StrError(e), nil)
}

func osLockf(self py.Object, args py.Tuple) (py.Object, error) {
	fd, cmd, length, _, err := offLenArgs("lockf", args, 3)
	if err != nil {
		return nil, err
	}
	lk := syscall.Flock_t{Type: syscall.F_WRLCK, Whence: 1, Len: length}
	op := syscall.F_SETLK
	switch cmd {
	case 0: // F_ULOCK
		lk.Type = syscall.F_UNLCK
	case 1: // F_LOCK
		op = syscall.F_SETLKW
	case 2: // F_TLOCK
	case 3: // F_TEST
		lk.Type = syscall.F_RDLCK
		if err := syscall.FcntlFlock(uintptr(fd), syscall.F_GETLK, &lk); err != nil {
			return nil, osErr(err, nil)
		}
		if lk.Type == syscall.F_UNLCK || int(lk.Pid) == os.Getpid() {
			return py.None, nil
		}
		return nil, osErr(syscall.EACCES, nil)
	default:
		return nil, osErr(syscall.EINVAL, nil)
	}
	err = retryEINTR(func() error { return syscall.FcntlFlock(uintptr(fd), op, &lk) })
	if err == syscall.EAGAIN {
		err = syscall.EACCES
	}
	if err != nil {
		return nil, osErr(err, nil)
	}
	return py.None, nil
}

// fdMethod is a one-descriptor function (fd may be an object with
// fileno(), as in CPython's fildes converter).
func fdMethod(name string, f func(int) error, doc string) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := pyarg.Parse36(name, args, kwargs, []string{"fd"}, 1, pyarg.Getargs36)
		if err != nil {
			return nil, err
		}
		fd, err := pyarg.FileDescriptor(a[0])
		if err != nil {
			return nil, err
		}
		if err := retryEINTR(func() error { return f(fd) }); err != nil {
			return nil, osErr(err, nil)
		}
		return py.None, nil
	}, 0, doc)
}

func osFchmod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("fchmod", args, kwargs, []string{"fd", "mode"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	fd, err := intArg(a[0])
	if err != nil {
		return nil, err
	}
	mode, err := intArg(a[1])
	if err != nil {
		return nil, err
	}
	return py.None, osErr(retryEINTR(func() error { return syscall.Fchmod(fd, uint32(mode)) }), nil)
}

// ownerArgs converts uid and gid (-1 keeps one unchanged).
func ownerArgs(a []py.Object) (uid, gid int, err error) {
	if uid, err = idArg("uid", a[0]); err != nil {
		return
	}
	gid, err = idArg("gid", a[1])
	return
}

func osFchown(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("fchown", args, kwargs, []string{"fd", "uid", "gid"}, 3, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	fd, err := intArg(a[0])
	if err != nil {
		return nil, err
	}
	uid, gid, err := ownerArgs(a[1:])
	if err != nil {
		return nil, err
	}
	return py.None, osErr(retryEINTR(func() error { return syscall.Fchown(fd, uid, gid) }), nil)
}

func osLchown(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("lchown", args, kwargs, []string{"path", "uid", "gid"}, 3, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	p, _, err := pathArg("lchown", a[0])
	if err != nil {
		return nil, err
	}
	uid, gid, err := ownerArgs(a[1:])
	if err != nil {
		return nil, err
	}
	if err := syscall.Lchown(p, uid, gid); err != nil {
		return nil, osErr(err, a[0])
	}
	return py.None, nil
}

func osChroot(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("chroot", args, kwargs, []string{"path"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	p, _, err := pathArg("chroot", a[0])
	if err != nil {
		return nil, err
	}
	if err := syscall.Chroot(p); err != nil {
		return nil, osErr(err, a[0])
	}
	return py.None, nil
}

func osCloserange(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("closerange", args, 2)
	if err != nil {
		return nil, err
	}
	lo, hi := v[0], v[1]
	if lo < 0 {
		lo = 0
	}
	for fd := lo; fd < hi; fd++ {
		_ = syscall.Close(fd)
	}
	return py.None, nil
}

func osTtyname(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("ttyname", args, 1)
	if err != nil {
		return nil, err
	}
	var tio termiosBuf
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(v[0]), syscall.TCGETS, uintptr(unsafe.Pointer(&tio))); e != 0 {
		return nil, osErr(e, nil)
	}
	name, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(v[0]))
	if err != nil {
		return nil, osErr(syscall.ENOTTY, nil)
	}
	return py.String(name), nil
}

// termiosBuf is room for the struct termios TCGETS fills.
type termiosBuf [64]byte

// osGetloadavg is getloadavg(3) as glibc computes it: the kernel's
// fixed-point averages (sysinfo) over 65536.
func osGetloadavg(self py.Object) (py.Object, error) {
	var info syscall.Sysinfo_t
	if err := syscall.Sysinfo(&info); err != nil {
		return nil, py.ExceptionNewf(py.OSError, "Load averages are unobtainable")
	}
	out := make(py.Tuple, 3)
	for i := range out {
		out[i] = py.Float(float64(info.Loads[i]) / 65536)
	}
	return out, nil
}

// clockTicks is sysconf(_SC_CLK_TCK), which is 100 on every Linux port.
const clockTicks = 100

func osTimes(self py.Object) (py.Object, error) {
	var t syscall.Tms
	elapsed, err := syscall.Times(&t)
	if err != nil {
		return nil, osErr(err, nil)
	}
	tick := func(n int64) py.Object { return py.Float(float64(n) / clockTicks) }
	return py.Tuple{tick(t.Utime), tick(t.Stime), tick(t.Cutime), tick(t.Cstime), tick(int64(elapsed))}, nil
}

func getres(trap uintptr) (py.Object, error) {
	var r, e, s uint32
	_, _, errno := syscall.RawSyscall(trap, uintptr(unsafe.Pointer(&r)), uintptr(unsafe.Pointer(&e)), uintptr(unsafe.Pointer(&s)))
	if errno != 0 {
		return nil, osErr(errno, nil)
	}
	return py.Tuple{py.Int(r), py.Int(e), py.Int(s)}, nil
}

func osGetgroups(self py.Object) (py.Object, error) {
	gs, err := syscall.Getgroups()
	if err != nil {
		return nil, osErr(err, nil)
	}
	out := make([]py.Object, len(gs))
	for i, g := range gs {
		out[i] = py.Int(g)
	}
	return py.NewListFromItems(out), nil
}

func osSetgroups(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("setgroups", args, 1, 1); err != nil {
		return nil, err
	}
	if _, isStr := args[0].(py.String); isStr || !isSequence(args[0]) {
		return nil, pyutil.TypeErrorf("setgroups argument must be a sequence")
	}
	items, err := py.SequenceList(args[0])
	if err != nil {
		return nil, err
	}
	gs := make([]int, len(items.Items))
	for i, it := range items.Items {
		if !pyarg.IsInteger(it) {
			return nil, pyutil.TypeErrorf("groups must be integers")
		}
		if gs[i], err = intArg(it); err != nil {
			return nil, err
		}
	}
	return py.None, osErr(syscall.Setgroups(gs), nil)
}

// isSequence reports whether o supports len() and indexing.
func isSequence(o py.Object) bool {
	switch o.(type) {
	case py.Tuple, *py.List:
		return true
	}
	_, lenErr := py.GetAttrString(o, "__len__")
	_, itemErr := py.GetAttrString(o, "__getitem__")
	return lenErr == nil && itemErr == nil
}

// idSetter is one of the set*id functions taking n ids.
func idSetter(name string, n int, f func([]int) error) *py.Method {
	kind := "uid"
	if strings.HasSuffix(name, "gid") {
		kind = "gid"
	}
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if n == 1 {
			if err := exactArgs(name, args, 1, true); err != nil {
				return nil, err
			}
		} else if err := pyarg.ArgCount36(name, args, n, n); err != nil {
			return nil, err
		}
		v := make([]int, n)
		for i := range v {
			id, err := idArg(kind, args[i])
			if err != nil {
				return nil, err
			}
			v[i] = id
		}
		return py.None, osErr(f(v), nil)
	}, 0, name+"()")
}

// pidQuery is a function of one process id that answers an int.
func pidQuery(name string, f func(int) (int, error)) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		v, err := intArgs(name, args, 1)
		if err != nil {
			return nil, err
		}
		r, err := f(v[0])
		if err != nil {
			return nil, osErr(err, nil)
		}
		return py.Int(r), nil
	}, 0, name+"(pid, /)")
}

func osSetpgid(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("setpgid", args, 2)
	if err != nil {
		return nil, err
	}
	return py.None, osErr(syscall.Setpgid(v[0], v[1]), nil)
}

// niceOf turns the kernel's getpriority answer (20 - nice) into nice.
func niceOf(raw int) int { return 20 - raw }

func osGetpriority(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("getpriority", args, kwargs, []string{"which", "who"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	v, err := intValues(a)
	if err != nil {
		return nil, err
	}
	raw, err := syscall.Getpriority(v[0], v[1])
	if err != nil {
		return nil, osErr(err, nil)
	}
	return py.Int(niceOf(raw)), nil
}

func osSetpriority(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("setpriority", args, kwargs, []string{"which", "who", "priority"}, 3, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	v, err := intValues(a)
	if err != nil {
		return nil, err
	}
	return py.None, osErr(syscall.Setpriority(v[0], v[1], v[2]), nil)
}

func intValues(a []py.Object) ([]int, error) {
	out := make([]int, len(a))
	for i, o := range a {
		v, err := intArg(o)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func osNice(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("nice", args, 1)
	if err != nil {
		return nil, err
	}
	raw, err := syscall.Getpriority(0, 0)
	if err != nil {
		return nil, osErr(err, nil)
	}
	want := niceOf(raw) + v[0]
	if want > 19 {
		want = 19
	}
	if want < -20 {
		want = -20
	}
	if err := syscall.Setpriority(0, 0, want); err != nil {
		return nil, osErr(err, nil)
	}
	if raw, err = syscall.Getpriority(0, 0); err != nil {
		return nil, osErr(err, nil)
	}
	return py.Int(niceOf(raw)), nil
}

func osKillpg(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("killpg", args, 2)
	if err != nil {
		return nil, err
	}
	if v[0] < 0 {
		return nil, osErr(syscall.EINVAL, nil)
	}
	return py.None, osErr(syscall.Kill(-v[0], syscall.Signal(v[1])), nil)
}

// schedQuery is a sched_* call of one int argument that answers an int.
func schedQuery(name string, trap uintptr, arg string) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		v, err := intArgs(name, args, 1)
		if err != nil {
			return nil, err
		}
		r, _, e := syscall.RawSyscall(trap, uintptr(v[0]), 0, 0)
		if e != 0 {
			return nil, osErr(e, nil)
		}
		return py.Int(int(int32(r))), nil
	}, 0, name+"("+arg+", /)")
}

func osSchedGetparam(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("sched_getparam", args, 1)
	if err != nil {
		return nil, err
	}
	var prio int32
	if _, _, e := syscall.RawSyscall(syscall.SYS_SCHED_GETPARAM, uintptr(v[0]), uintptr(unsafe.Pointer(&prio)), 0); e != 0 {
		return nil, osErr(e, nil)
	}
	return py.Int(prio), nil
}

func osSchedSetparam(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("sched_setparam", args, 2)
	if err != nil {
		return nil, err
	}
	prio := int32(v[1])
	_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_SETPARAM, uintptr(v[0]), uintptr(unsafe.Pointer(&prio)), 0)
	return py.None, errnoErr(e)
}

func osSchedSetscheduler(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("sched_setscheduler", args, 3)
	if err != nil {
		return nil, err
	}
	prio := int32(v[2])
	_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_SETSCHEDULER, uintptr(v[0]), uintptr(v[1]), uintptr(unsafe.Pointer(&prio)))
	return py.None, errnoErr(e)
}

func osSchedRRGetInterval(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("sched_rr_get_interval", args, 1)
	if err != nil {
		return nil, err
	}
	var ts syscall.Timespec
	if _, _, e := syscall.RawSyscall(syscall.SYS_SCHED_RR_GET_INTERVAL, uintptr(v[0]), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return nil, osErr(e, nil)
	}
	return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
}

// cpuSetWords is the size of the affinity masks passed to the kernel
// (1024 CPUs, glibc's cpu_set_t).
const cpuSetWords = 16

func osSchedGetaffinity(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := intArgs("sched_getaffinity", args, 1)
	if err != nil {
		return nil, err
	}
	var mask [cpuSetWords]uint64
	if _, _, e := syscall.RawSyscall(syscall.SYS_SCHED_GETAFFINITY, uintptr(v[0]), uintptr(len(mask)*8), uintptr(unsafe.Pointer(&mask[0]))); e != 0 {
		return nil, osErr(e, nil)
	}
	set := vm.NewSet()
	for i, w := range mask {
		for b := 0; b < 64; b++ {
			if w&(1<<uint(b)) != 0 {
				if err := set.Add(py.Int(i*64 + b)); err != nil {
					return nil, err
				}
			}
		}
	}
	return set, nil
}

func osSchedSetaffinity(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("sched_setaffinity", args, 2, 2); err != nil {
		return nil, err
	}
	pid, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	var mask [cpuSetWords]uint64
	var bad error
	err = py.Iterate(args[1], func(item py.Object) bool {
		cpu, err := pyarg.Long(item)
		switch {
		case err != nil:
			bad = err
		case cpu < 0:
			bad = py.ExceptionNewf(py.ValueError, "negative CPU number")
		case cpu >= cpuSetWords*64:
			bad = osErr(syscall.EINVAL, nil)
		default:
			mask[cpu/64] |= 1 << uint(cpu%64)
		}
		return bad != nil
	})
	if bad != nil {
		return nil, bad
	}
	if err != nil {
		return nil, err
	}
	_, _, e := syscall.RawSyscall(syscall.SYS_SCHED_SETAFFINITY, uintptr(pid), uintptr(len(mask)*8), uintptr(unsafe.Pointer(&mask[0])))
	return py.None, errnoErr(e)
}

// posixSource runs in every new os module after osSource: the struct
// sequences over this file's tuples, and the functions written over
// others.
const posixSource = `
import sys as _os_module_type
times_result = _structseq('times_result', ('user', 'system', 'children_user', 'children_system', 'elapsed'), 'posix')
class sched_param(_StructSeq):
    __slots__ = ()
    __module__ = 'posix'
    _fields = ('sched_priority',)
    _module = 'posix'
    n_fields = n_sequence_fields = 1
    n_unnamed_fields = 0
    sched_priority = _make_field(0)
    def __new__(cls, sched_priority):
        return tuple.__new__(cls, (sched_priority,))
    def __reduce__(self):
        return (type(self), (self[0],))
def times(*args):
    if args:
        raise TypeError('times() takes no arguments (%d given)' % len(args))
    return times_result(_times())
waitid_result = _structseq('waitid_result', ('si_pid', 'si_uid', 'si_signo', 'si_status', 'si_code'), 'posix')
def waitid(*args):
    if len(args) != 3:
        raise TypeError('waitid() takes exactly 3 arguments (%d given)' % len(args))
    fields = _waitid(*args)
    return None if fields is None else waitid_result(fields)
def fwalk(top=".", topdown=True, onerror=None, *, follow_symlinks=False, dir_fd=None):
    """Walk the tree under top as walk() does, yielding for each directory
    (dirpath, dirnames, filenames, dirfd), where dirfd is a descriptor of
    the directory open while the caller has it, so that a directory moved
    meanwhile cannot lead the walk elsewhere."""
    import stat as _st
    top = fspath(top)
    first = stat(top, follow_symlinks=False, dir_fd=dir_fd)
    fd = open(top, O_RDONLY, dir_fd=dir_fd)
    try:
        if follow_symlinks or (_st.S_ISDIR(first.st_mode) and
                               path.samestat(first, stat(fd))):
            yield from _fwalk_dir(fd, top, topdown, onerror, follow_symlinks)
    finally:
        close(fd)
def _fwalk_dir(fd, where, topdown, onerror, follow):
    import stat as _st
    try:
        entries = listdir(fd)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    subdirs, others = [], []
    for entry in entries:
        try:
            is_dir = _st.S_ISDIR(stat(entry, dir_fd=fd).st_mode)
        except OSError:
            # a dangling symbolic link still counts among the files
            try:
                if not _st.S_ISLNK(stat(entry, dir_fd=fd, follow_symlinks=False).st_mode):
                    continue
            except OSError:
                continue
            is_dir = False
        (subdirs if is_dir else others).append(entry)
    if topdown:
        yield where, subdirs, others, fd
    for entry in subdirs:
        try:
            before = stat(entry, dir_fd=fd, follow_symlinks=follow)
            sub = open(entry, O_RDONLY, dir_fd=fd)
        except OSError as err:
            if onerror is not None:
                onerror(err)
            continue
        try:
            if follow or path.samestat(before, stat(sub)):
                yield from _fwalk_dir(sub, path.join(where, entry), topdown, onerror, follow)
        finally:
            close(sub)
    if not topdown:
        yield where, subdirs, others, fd
def sched_getparam(pid):
    return sched_param(_sched_getparam(pid))
def _sched_priority(param):
    if not isinstance(param, sched_param):
        raise TypeError('must have a sched_param object')
    return param[0]
def sched_setparam(pid, param):
    _sched_setparam(pid, _sched_priority(param))
def sched_setscheduler(pid, policy, param):
    _sched_setscheduler(pid, policy, _sched_priority(param))
def fstatvfs(fd):
    return statvfs_result(_fstatvfs(fd))
def getgrouplist(*args):
    if len(args) != 2:
        raise TypeError('getgrouplist() takes exactly 2 arguments (%d given)' % len(args))
    user, group = args
    import grp
    groups = [group]
    for entry in grp.getgrall():
        if user in entry.gr_mem and entry.gr_gid not in groups:
            groups.append(entry.gr_gid)
    return groups
supports_dir_fd = {access, chmod, chown, link, mkdir, mkfifo, mknod, open, readlink, rename, rmdir, stat, symlink, unlink, utime}
supports_fd.add(listdir)
__all__ = sorted(_n for _n, _v in globals().items()
                 if not _n.startswith('_') and (_n == 'path' or type(_v) is not type(_os_module_type)))
del _os_module_type
`
