// Package osext completes gpython's os module with the functions that
// shutil, tempfile, getpass and platform need, with CPython 3.6's
// behaviour on Linux: file descriptors (open, read, write, lseek, close,
// dup, fstat, isatty, O_* and SEEK_*), permissions and times (chmod,
// utime, access and its *_OK, umask), links (readlink, symlink, link),
// statvfs, get_terminal_size, uname, the process's ids (getuid, geteuid,
// getgid, getegid, getppid, getlogin), kill, cpu_count and strerror;
// and the process functions (process.go): exec*, spawn*, wait*, the W*
// status macros and os.PathLike. os.fork stays absent.
//
// Like modules/ospath it patches the os ModuleImpl from init, so a blank
// import before the first py.Context is made is enough. The struct
// sequences (os.terminal_size, os.statvfs_result, posix.uname_result) are
// Python classes appended to os's source; the Go functions behind them
// return plain tuples (_statvfs, _get_terminal_size, _uname).
package osext

import (
	"errors"
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/os" // registered before we patch it

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/modules/ospath" // os.stat and friends, patched first
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// fdFunctions are the functions whose path argument may also be an open
// file descriptor; their TypeError lists integers among the kinds.
var fdFunctions = map[string]bool{"chmod": true, "chown": true, "utime": true, "statvfs": true, "truncate": true, "pathconf": true,
	"getxattr": true, "setxattr": true, "removexattr": true, "listxattr": true}

// noneFunctions are those whose path may also be None (the current
// directory).
var noneFunctions = map[string]bool{"listxattr": true}

// pathKinds is the list of what fn's path may be, as its TypeError words
// it: "string, bytes, os.PathLike, integer or None".
func pathKinds(fn string) string {
	kinds := []string{"string", "bytes", "os.PathLike"}
	if fdFunctions[fn] {
		kinds = append(kinds, "integer")
	}
	if noneFunctions[fn] {
		kinds = append(kinds, "None")
	}
	last := len(kinds) - 1
	return strings.Join(kinds[:last], ", ") + " or " + kinds[last]
}

// pathArg converts a path argument of fn as 3.6's path converter does
// ("chmod: path should be string, bytes, os.PathLike or integer, not
// NoneType"): ospath.PathArg with the kinds fn takes.
func pathArg(fn string, o py.Object) (string, bool, error) {
	return ospath.PathArg(fn, pathKinds(fn), o)
}

// osErr is the OSError CPython raises for err (an errno) on filename.
func osErr(err error, filename py.Object) error {
	return pyutil.FromGoError(err, filename)
}

// osErr2 is the OSError of a two-path call: "... : 'a' -> 'b'".
func osErr2(err error, src, dst py.Object) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return osErr(err, src)
	}
	e := pyutil.OSErrorFromErrno(errno, src)
	r, rerr := py.ReprAsString(dst)
	if rerr == nil {
		if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
			if s, ok := args[0].(py.String); ok {
				e.Args = py.Tuple{py.String(string(s) + " -> " + r)}
			}
		}
	}
	e.Dict["filename2"] = dst
	return e
}

// retryEINTR calls f until it fails with something other than EINTR (PEP 475).
func retryEINTR(f func() error) error {
	for {
		err := f()
		if err != syscall.EINTR {
			return err
		}
	}
}

func intArg(o py.Object) (int, error) { return pyarg.Int(o) }

// method makes a KwFunc-backed os function guarded against Go panics.
func method(name string, f pyutil.KwFunc, doc string) *py.Method {
	return pyutil.MustNewMethod(name, pyutil.Guard(f), 0, doc)
}

func osChmod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("chmod", args, kwargs, []string{"path", "mode", "dir_fd", "follow_symlinks"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	mode, err := intArg(a[1])
	if err != nil {
		return nil, err
	}
	if fd, isFD, err := ospath.FDArg(a[0]); err != nil {
		return nil, err
	} else if isFD {
		if fd == -1 {
			// CPython 3.6's "no descriptor": chmod(2) of a null path
			return nil, osErr(syscall.EFAULT, a[0])
		}
		return py.None, osErr(retryEINTR(func() error { return syscall.Fchmod(fd, uint32(mode)) }), a[0])
	}
	p, _, err := pathArg("chmod", a[0])
	if err != nil {
		return nil, err
	}
	if a[3] != nil {
		follow, err := pyarg.Bool(a[3])
		if err != nil {
			return nil, err
		}
		if !follow {
			// fchmodat(AT_SYMLINK_NOFOLLOW) works on anything but a
			// symbolic link, which Linux cannot chmod (EOPNOTSUPP, which
			// CPython 3.6 reports so)
			var st syscall.Stat_t
			if err := syscall.Lstat(p, &st); err == nil && st.Mode&syscall.S_IFMT == syscall.S_IFLNK {
				return nil, py.ExceptionNewf(py.NotImplementedError, "chmod: follow_symlinks unavailable on this platform")
			}
		}
	}
	dirfd, err := dirFdArg(a[2])
	if err != nil {
		return nil, err
	}
	if err := syscall.Fchmodat(dirfd, p, uint32(mode), 0); err != nil {
		return nil, osErr(err, a[0])
	}
	return py.None, nil
}

// timespecOf converts seconds (int or float) to a Timespec, rounding as
// CPython's _PyTime_ObjectToTimespec does (ROUND_FLOOR).
func timespecOf(o py.Object) (syscall.Timespec, error) {
	switch v := o.(type) {
	case py.Int:
		return syscall.Timespec{Sec: int64(v)}, nil
	case py.Float:
		f := float64(v)
		sec := int64(f)
		if float64(sec) > f {
			sec--
		}
		ns := int64((f - float64(sec)) * 1e9)
		if ns >= 1e9 {
			sec++
			ns -= 1e9
		}
		return syscall.Timespec{Sec: sec, Nsec: ns}, nil
	}
	if pyarg.IsInteger(o) {
		n, err := pyarg.Long(o)
		return syscall.Timespec{Sec: n}, err
	}
	return syscall.Timespec{}, pyutil.TypeErrorf("an integer is required (got type %s)", pyutil.TypeName(o))
}

func osUtime(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("utime", args, kwargs, []string{"path", "times", "ns", "dir_fd", "follow_symlinks"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	fd, isFD, err := ospath.FDArg(a[0])
	if err != nil {
		return nil, err
	}
	p := ""
	if !isFD {
		if p, _, err = pathArg("utime", a[0]); err != nil {
			return nil, err
		}
	}
	ts := []syscall.Timespec{{Nsec: utimeNow}, {Nsec: utimeNow}}
	times, ns := a[1], a[2]
	if times != nil && times != py.None && ns != nil {
		return nil, py.ExceptionNewf(py.ValueError, "utime: you may specify either 'times' or 'ns' but not both")
	}
	if times != nil && times != py.None {
		t, ok := times.(py.Tuple)
		if !ok || len(t) != 2 {
			return nil, pyutil.TypeErrorf("utime: 'times' must be either a tuple of two ints or None")
		}
		for i := range t {
			if ts[i], err = timespecOf(t[i]); err != nil {
				return nil, err
			}
		}
	} else if ns != nil {
		t, ok := ns.(py.Tuple)
		if !ok || len(t) != 2 {
			return nil, pyutil.TypeErrorf("utime: 'ns' must be a tuple of two ints")
		}
		for i := range t {
			n := pyarg.IntValue(t[i])
			if n == nil {
				// CPython 3.6 splits ns with divmod(ns, 10**9)
				return nil, pyutil.TypeErrorf("unsupported operand type(s) for divmod(): '%s' and 'int'", pyutil.TypeName(t[i]))
			}
			v := n.Int64()
			sec, nsec := v/1e9, v%1e9
			if nsec < 0 {
				sec, nsec = sec-1, nsec+1e9
			}
			ts[i] = syscall.Timespec{Sec: sec, Nsec: nsec}
		}
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
	switch {
	case isFD && fd == -1:
		// CPython 3.6's "no descriptor": utimensat(2) of a null path
		// and no descriptor
		err = syscall.EINVAL
	case isFD:
		err = futimens(fd, ts)
	default:
		err = utimensat(dirfd, p, ts, follow)
	}
	if err != nil {
		// CPython 3.6's utime names no file in its error
		return nil, osErr(err, nil)
	}
	return py.None, nil
}

func osAccess(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("access", args, kwargs, []string{"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	p, _, err := pathArg("access", a[0])
	if err != nil {
		return nil, err
	}
	mode, err := intArg(a[1])
	if err != nil {
		return nil, err
	}
	dirfd, err := dirFdArg(a[2])
	if err != nil {
		return nil, err
	}
	flags := 0
	for i, bit := range map[int]int{3: atEAccess, 4: atSymlinkNofollow} {
		if a[i] == nil {
			continue
		}
		on, err := pyarg.Bool(a[i])
		if err != nil {
			return nil, err
		}
		if on == (i == 3) { // effective_ids=True, follow_symlinks=False
			flags |= bit
		}
	}
	return py.NewBool(syscall.Faccessat(dirfd, p, uint32(mode), flags) == nil), nil
}

// atEAccess is AT_EACCESS: access checks with the effective ids.
const atEAccess = 0x200

// pathResult gives a path back as str, or as bytes when the argument was.
func pathResult(s string, isBytes bool) py.Object {
	if isBytes {
		return py.Bytes(s)
	}
	return py.String(pyutil.FSDecode(s))
}

func osReadlink(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("readlink", args, kwargs, []string{"path", "dir_fd"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	p, isBytes, err := pathArg("readlink", a[0])
	if err != nil {
		return nil, err
	}
	dirfd, err := dirFdArg(a[1])
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 4096)
	for {
		n, err := readlinkAt(dirfd, p, buf)
		if err != nil {
			return nil, osErr(err, a[0])
		}
		if n < len(buf) {
			return pathResult(string(buf[:n]), isBytes), nil
		}
		buf = make([]byte, 2*len(buf))
	}
}

func twoPaths(fn string, args py.Tuple, kwargs py.StringDict, names []string) ([]py.Object, string, string, error) {
	a, err := pyarg.Parse36(fn, args, kwargs, names, 2, pyarg.Getargs36)
	if err != nil {
		return nil, "", "", err
	}
	src, _, err := ospath.NamedPathArg(fn, "src", pathKinds(fn), a[0])
	if err != nil {
		return nil, "", "", err
	}
	dst, _, err := ospath.NamedPathArg(fn, "dst", pathKinds(fn), a[1])
	if err != nil {
		return nil, "", "", err
	}
	return a, src, dst, nil
}

func osSymlink(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, src, dst, err := twoPaths("symlink", args, kwargs, []string{"src", "dst", "target_is_directory", "dir_fd"})
	if err != nil {
		return nil, err
	}
	dirfd, err := dirFdArg(a[3])
	if err != nil {
		return nil, err
	}
	if err := symlinkAt(src, dirfd, dst); err != nil {
		return nil, osErr2(err, a[0], a[1])
	}
	return py.None, nil
}

func osLink(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, src, dst, err := twoPaths("link", args, kwargs, []string{"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"})
	if err != nil {
		return nil, err
	}
	srcDirfd, err := dirFdArg(a[2])
	if err != nil {
		return nil, err
	}
	dstDirfd, err := dirFdArg(a[3])
	if err != nil {
		return nil, err
	}
	flags := atSymlinkFollow
	if a[4] != nil {
		follow, err := pyarg.Bool(a[4])
		if err != nil {
			return nil, err
		}
		if !follow {
			flags = 0
		}
	}
	if a[2] == nil && a[3] == nil && a[4] == nil {
		flags = 0 // plain link(2), as CPython 3.6 calls it: the link itself
	}
	if err := linkAt(srcDirfd, src, dstDirfd, dst, flags); err != nil {
		return nil, osErr2(err, a[0], a[1])
	}
	return py.None, nil
}

func osStatvfs(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("statvfs", args, kwargs, []string{"path"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	var st syscall.Statfs_t
	if fd, isFD, ferr := ospath.FDArg(a[0]); ferr != nil {
		return nil, ferr
	} else if isFD && fd == -1 {
		// CPython 3.6's "no descriptor": statvfs(3) of a null path
		err = syscall.EFAULT
	} else if isFD {
		err = syscall.Fstatfs(fd, &st)
	} else {
		p, _, perr := pathArg("statvfs", a[0])
		if perr != nil {
			return nil, perr
		}
		err = syscall.Statfs(p, &st)
	}
	if err != nil {
		return nil, osErr(err, a[0])
	}
	return statvfsTuple(&st), nil
}

// osFstatvfs is os.fstatvfs's system call: a descriptor only, whose
// OSError names no file.
func osFstatvfs(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ExactlyOne("fstatvfs", args, nil); err != nil {
		return nil, err
	}
	fd, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	var st syscall.Statfs_t
	if err := retryEINTR(func() error { return syscall.Fstatfs(fd, &st) }); err != nil {
		return nil, osErr(err, nil)
	}
	return statvfsTuple(&st), nil
}

// statvfsTuple is statvfs_result's fields; f_flag derives the ST_* bits
// from the mount flags as statvfs(3) does.
func statvfsTuple(st *syscall.Statfs_t) py.Tuple {
	return py.Tuple{
		py.Int(st.Bsize), py.Int(st.Frsize), py.Int(st.Blocks), py.Int(st.Bfree),
		py.Int(st.Bavail), py.Int(st.Files), py.Int(st.Ffree), py.Int(st.Ffree),
		py.Int(st.Flags &^ 0x20), py.Int(st.Namelen),
	}
}

type winsize struct{ row, col, x, y uint16 }

func osGetTerminalSize(self py.Object, args py.Tuple) (py.Object, error) {
	fd := 1
	if err := pyarg.UnpackCount("get_terminal_size", args, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		n, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		fd = n
	}
	var ws winsize
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCGWINSZ, uintptr(unsafe.Pointer(&ws))); e != 0 {
		return nil, osErr(e, nil)
	}
	return py.Tuple{py.Int(ws.col), py.Int(ws.row)}, nil
}

func osIsatty(self py.Object, arg py.Object) (py.Object, error) {
	fd, err := intArg(arg)
	if err != nil {
		return nil, err
	}
	return py.NewBool(pyutil.IsTerminal(fd)), nil
}

func cstr(b []int8) string {
	var s strings.Builder
	for _, c := range b {
		if c == 0 {
			break
		}
		s.WriteByte(byte(c))
	}
	return s.String()
}

func osUname(self py.Object) (py.Object, error) {
	var u syscall.Utsname
	if err := syscall.Uname(&u); err != nil {
		return nil, osErr(err, nil)
	}
	return py.Tuple{
		py.String(cstr(u.Sysname[:])), py.String(cstr(u.Nodename[:])), py.String(cstr(u.Release[:])),
		py.String(cstr(u.Version[:])), py.String(cstr(u.Machine[:])),
	}, nil
}

func osOpen(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("open", args, kwargs, []string{"path", "flags", "mode", "dir_fd"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	p, _, err := pathArg("open", a[0])
	if err != nil {
		return nil, err
	}
	flags, err := intArg(a[1])
	if err != nil {
		return nil, err
	}
	mode := 0o777
	if a[2] != nil {
		if mode, err = intArg(a[2]); err != nil {
			return nil, err
		}
	}
	dirfd, err := dirFdArg(a[3])
	if err != nil {
		return nil, err
	}
	var fd int
	err = retryEINTR(func() (e error) {
		fd, e = syscall.Openat(dirfd, p, flags|syscall.O_CLOEXEC, uint32(mode))
		return e
	})
	if err == syscall.ENOENT && (dirfd == atFDCWD || filepath.IsAbs(p)) {
		// a library file compiled into the binary reads as on disk
		if efd, ok, eerr := vm.OpenEmbeddedFile(p, flags); ok {
			fd, err = efd, eerr
		}
	}
	if err != nil {
		return nil, osErr(err, a[0])
	}
	return py.Int(fd), nil
}

// fdArg checks that fn got exactly n positional arguments (getargs's
// wording) and converts each to a C int.
func fdArg(fn string, args py.Tuple, n int) ([]int, error) {
	if err := exactArgs(fn, args, n, false); err != nil {
		return nil, err
	}
	return intValues(args)
}

func osRead(self py.Object, args py.Tuple) (py.Object, error) {
	a, err := parseFdIO("read", args, false)
	if err != nil {
		return nil, err
	}
	buf, err := a.readBuffer(pyarg.SsizeT)
	if err != nil {
		return nil, err
	}
	n, err := sigint.Read(a.fd, buf) // other threads, and signal handlers, run while it blocks
	if _, ok := err.(syscall.Errno); ok {
		return nil, osErr(err, nil)
	}
	if err != nil {
		return nil, err
	}
	return py.Bytes(buf[:n]), nil
}

func osWrite(self py.Object, args py.Tuple) (py.Object, error) {
	a, err := parseFdIO("write", args, false)
	if err != nil {
		return nil, err
	}
	data, err := pyarg.BytesLike(a.arg)
	if err != nil {
		return nil, err
	}
	return ioCount(func() (int, error) { return syscall.Write(a.fd, data) })
}

func osLseek(self py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("lseek", args, 3, false); err != nil {
		return nil, err
	}
	fd, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	pos, err := offsetArg(args[1])
	if err != nil {
		return nil, err
	}
	how, err := intArg(args[2])
	if err != nil {
		return nil, err
	}
	off, err := syscall.Seek(fd, pos, how)
	if err != nil {
		return nil, osErr(err, nil)
	}
	return py.Int(off), nil
}

// offsetArg is a file offset (C off_t, 64 bits): an int, or a float
// truncated toward zero as CPython 3.6's converter takes it.
func offsetArg(o py.Object) (int64, error) {
	if f, ok := o.(py.Float); ok {
		if math.IsInf(float64(f), 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		}
		if math.IsNaN(float64(f)) {
			return 0, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
		}
		t := math.Trunc(float64(f))
		if t >= math.MaxInt64 || t < math.MinInt64 {
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		return int64(t), nil
	}
	return pyarg.Long(o)
}

func osClose(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("close", args, kwargs, []string{"fd"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	fd, err := intArg(a[0])
	if err != nil {
		return nil, err
	}
	if err := syscall.Close(fd); err != nil && err != syscall.EINTR {
		return nil, osErr(err, nil)
	}
	return py.None, nil
}

func osDup(self py.Object, arg py.Object) (py.Object, error) {
	fd, err := intArg(arg)
	if err != nil {
		return nil, err
	}
	nfd, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, 0)
	if e != 0 {
		return nil, osErr(e, nil)
	}
	return py.Int(nfd), nil
}

func osUmask(self py.Object, arg py.Object) (py.Object, error) {
	m, err := intArg(arg)
	if err != nil {
		return nil, err
	}
	return py.Int(syscall.Umask(m)), nil
}

// KillHook, when set (by the signal module), sends os.kill's signal
// itself through kill, so that one sent to this process reaches its
// Python handler before kill returns, as in CPython.
var KillHook func(self py.Object, pid, sig int, kill func() error) error

func osKill(self py.Object, args py.Tuple) (py.Object, error) {
	v, err := fdArg("kill", args, 2)
	if err != nil {
		return nil, err
	}
	kill := func() error { return syscall.Kill(v[0], syscall.Signal(v[1])) }
	if KillHook != nil {
		err = KillHook(self, v[0], v[1], kill)
	} else {
		err = kill()
	}
	if _, isErrno := err.(syscall.Errno); err != nil && !isErrno {
		return nil, err // a signal handler's exception
	}
	if err != nil {
		return nil, osErr(err, nil)
	}
	return py.None, nil
}

func osPipe(self py.Object) (py.Object, error) {
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		return nil, osErr(err, nil)
	}
	return py.Tuple{py.Int(p[0]), py.Int(p[1])}, nil
}

func osGetBlocking(self py.Object, arg py.Object) (py.Object, error) {
	fd, err := intArg(arg)
	if err != nil {
		return nil, err
	}
	fl, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
	if e != 0 {
		return nil, osErr(e, nil)
	}
	return py.NewBool(fl&syscall.O_NONBLOCK == 0), nil
}

func osSetBlocking(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("set_blocking", args, 2, 2); err != nil {
		return nil, err
	}
	fd, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	blocking, err := pyarg.Bool(args[1])
	if err != nil {
		return nil, err
	}
	if err := syscall.SetNonblock(fd, !blocking); err != nil {
		return nil, osErr(err, nil)
	}
	return py.None, nil
}

func osStrerror(self py.Object, arg py.Object) (py.Object, error) {
	n, err := intArg(arg)
	if err != nil {
		return nil, err
	}
	msg := pyutil.StrError(syscall.Errno(n))
	if strings.HasPrefix(msg, "Errno ") {
		msg = fmt.Sprintf("Unknown error %d", n) // strerror(3)'s text
	}
	return py.String(msg), nil
}

func intFunc(name string, f func() int) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object) (py.Object, error) {
		return py.Int(f()), nil
	}, 0, name+"()")
}

// osGetlogin is getlogin(3): the user logged in on the controlling
// terminal, from utmp. Without a utmp entry it fails as glibc does.
func osGetlogin(self py.Object) (py.Object, error) {
	if name, ok := utmpLogin(); ok {
		return py.String(name), nil
	}
	return nil, osErr(syscall.ENXIO, nil)
}

func osCPUCount(self py.Object) (py.Object, error) {
	return py.Int(runtime.NumCPU()), nil
}

func osTruncate(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("truncate", args, kwargs, []string{"path", "length"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	n, err := pyarg.Long(a[1])
	if err != nil {
		return nil, err
	}
	if fd, isFD, ferr := ospath.FDArg(a[0]); ferr != nil {
		return nil, ferr
	} else if isFD {
		if fd == -1 {
			// CPython 3.6's "no descriptor": truncate(2) of a null path
			return nil, osErr(syscall.EFAULT, a[0])
		}
		// a descriptor is no file name: the OSError names none
		if err = syscall.Ftruncate(fd, n); err != nil {
			return nil, osErr(err, nil)
		}
	} else {
		p, _, perr := pathArg("truncate", a[0])
		if perr != nil {
			return nil, perr
		}
		err = syscall.Truncate(p, n)
	}
	if err != nil {
		return nil, osErr(err, a[0])
	}
	return py.None, nil
}

// osFtruncate is os.ftruncate: a descriptor only (an int, as "i"
// converts it), whose OSError names no file.
func osFtruncate(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("ftruncate", args, 2, 2); err != nil {
		return nil, err
	}
	fd, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	n, err := pyarg.Long(args[1])
	if err != nil {
		return nil, err
	}
	if err := retryEINTR(func() error { return syscall.Ftruncate(fd, n) }); err != nil {
		return nil, osErr(err, nil)
	}
	return py.None, nil
}

// osSource runs in every new os module after gpython's and ospath's: the
// struct sequences over the Go functions' tuples.
const osSource = `
class _StructSeq(tuple):
    __slots__ = ()
    _fields = ()
    _module = 'os'
    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        n = len(cls._fields)
        if len(seq) != n:
            raise TypeError('%s.%s() takes a %d-sequence (%d-sequence given)' % (cls._module, cls.__name__, n, len(seq)))
        return tuple.__new__(cls, seq)
    def __repr__(self):
        return '%s.%s(%s)' % (self._module, type(self).__name__, ', '.join('%s=%r' % (k, v) for k, v in zip(self._fields, self)))
    def __reduce__(self):
        return (type(self), (tuple(self),))
    def __getattribute__(self, attr):
        # __slots__ only keeps the instances dict-less: 3.6's struct
        # sequences show no such attribute
        if attr == '__slots__':
            raise AttributeError("'%s.%s' object has no attribute '%s'" % (self._module, type(self).__name__, attr))
        return tuple.__getattribute__(self, attr)
    def __getattr__(self, attr):
        raise AttributeError("'%s.%s' object has no attribute '%s'" % (self._module, type(self).__name__, attr))
    def __setattr__(self, attr, value):
        if attr in type(self)._fields:
            raise AttributeError('readonly attribute')
        self.__getattr__(attr)
    def __delattr__(self, attr):
        if attr in type(self)._fields:
            raise AttributeError('readonly attribute')
        self.__getattr__(attr)
class _make_field:
    # a struct sequence's named field: item i, which cannot be set
    __slots__ = ('_index',)
    def __init__(self, i):
        self._index = i
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj[self._index]
    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')
    def __delete__(self, obj):
        raise AttributeError('readonly attribute')
def _structseq(name, fields, module='os'):
    ns = {'_fields': fields, '_module': module, '__slots__': (), '__module__': module,
          'n_fields': len(fields), 'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = _make_field(i)
    return type(name, (_StructSeq,), ns)
terminal_size = _structseq('terminal_size', ('columns', 'lines'))
statvfs_result = _structseq('statvfs_result', ('f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax'))
uname_result = _structseq('uname_result', ('sysname', 'nodename', 'release', 'version', 'machine'), 'posix')
def get_terminal_size(*args):
    return terminal_size(_get_terminal_size(*args))
def statvfs(path):
    return statvfs_result(_statvfs(path))
def uname(*args):
    if args:
        raise TypeError('uname() takes no arguments (%d given)' % len(args))
    return uname_result(_uname())
def fstat(fd):
    # fd is a C int (format "i"); stat(fd) takes it as a descriptor
    if isinstance(fd, float):
        raise TypeError('integer argument expected, got float')
    if not isinstance(fd, int):
        raise TypeError('an integer is required (got type %s)' % type(fd).__name__)
    if not -0x80000000 <= fd <= 0x7fffffff:
        if not -0x8000000000000000 <= fd <= 0x7fffffffffffffff:
            raise OverflowError('Python int too large to convert to C long')
        raise OverflowError('signed integer is %s' % ('greater than maximum' if fd > 0 else 'less than minimum'))
    if fd < 0:
        raise OSError(9, 'Bad file descriptor')
    try:
        return stat(fd)
    except OSError as e:
        # fstat's error names no file (stat(fd)'s names the descriptor)
        raise OSError(e.errno, e.strerror) from None
def _fs_codec(text, method):
    try:
        return getattr(text, method)('utf-8', 'surrogateescape')
    except LookupError:
        # no surrogateescape handler in this interpreter yet
        return getattr(text, method)('utf-8')
def _fspath(path):
    # os.fspath written in Python, kept beside the native one as CPython
    # 3.6 keeps it: str and bytes as they are, anything else what its
    # type's __fspath__ gives, which must be str or bytes
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    hook = getattr(kind, '__fspath__', None)
    if hook is None:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + kind.__name__)
    result = hook(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (kind.__name__, type(result).__name__))
    return result
def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return _fs_codec(filename, 'encode')
    return filename
def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return _fs_codec(filename, 'decode')
    return filename
def get_exec_path(env=None):
    if env is None:
        env = environ
    import warnings
    with warnings.catch_warnings():
        # looking b'PATH' up in a str-keyed dict may warn under -b
        warnings.simplefilter('ignore', BytesWarning)
        try:
            p = env.get('PATH')
        except TypeError:
            p = None
        try:
            pb = env[b'PATH']
        except (KeyError, TypeError):
            pass
        else:
            if p is not None:
                raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
            p = pb
    if isinstance(p, bytes):
        p = fsdecode(p)
    if p is None:
        p = defpath
    return p.split(pathsep)
def removedirs(name):
    rmdir(name)
    parent, last = path.split(name)
    if not last:
        parent, last = path.split(parent)
    while parent and last:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, last = path.split(parent)
def renames(old, new):
    parent = path.dirname(new)
    if parent and path.basename(new) and not path.exists(parent):
        makedirs(parent)
    rename(old, new)
    parent = path.dirname(old)
    if parent and path.basename(old):
        try:
            removedirs(parent)
        except OSError:
            pass
def device_encoding(fd):
    if not isatty(fd):
        return None
    import locale
    return locale.nl_langinfo(locale.CODESET)
def fdopen(fd, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, *args, **kwargs)
def stat_float_times(newval=None):
    import warnings
    warnings.warn("stat_float_times() is deprecated", DeprecationWarning, stacklevel=2)
    return True
def _supported(*names):
    g = globals()
    return {g[n] for n in names if n in g}
supports_fd = _supported('chdir', 'chmod', 'chown', 'stat', 'statvfs', 'truncate', 'utime')
supports_follow_symlinks = _supported('access', 'chown', 'stat', 'utime')
supports_effective_ids = _supported('access')
supports_dir_fd = set()
supports_bytes_environ = True
del _supported
`

var constants = map[string]int{
	"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1,
	"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY, "O_RDWR": syscall.O_RDWR,
	"O_APPEND": syscall.O_APPEND, "O_CREAT": syscall.O_CREAT, "O_EXCL": syscall.O_EXCL,
	"O_TRUNC": syscall.O_TRUNC, "O_NOFOLLOW": syscall.O_NOFOLLOW, "O_DIRECTORY": syscall.O_DIRECTORY,
	"O_CLOEXEC": syscall.O_CLOEXEC, "O_NONBLOCK": syscall.O_NONBLOCK, "O_NOCTTY": syscall.O_NOCTTY,
	"O_SYNC": syscall.O_SYNC, "O_DSYNC": syscall.O_DSYNC, "O_ACCMODE": syscall.O_ACCMODE,
	"O_NDELAY": syscall.O_NDELAY, "O_NOATIME": syscall.O_NOATIME, "O_ASYNC": syscall.O_ASYNC,
	"O_DIRECT": syscall.O_DIRECT, "O_LARGEFILE": 0, "O_PATH": 0o10000000, "O_TMPFILE": 0o20200000,
	"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
	"EX_OK": 0, "TMP_MAX": 238328, "WNOHANG": syscall.WNOHANG,
}

func init() {
	add := []*py.Method{
		method("chmod", osChmod, "chmod(path, mode, *, dir_fd=None, follow_symlinks=True)"),
		method("utime", osUtime, "utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)"),
		method("access", osAccess, "access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)"),
		method("readlink", osReadlink, "readlink(path, *, dir_fd=None)"),
		method("symlink", osSymlink, "symlink(src, dst, target_is_directory=False, *, dir_fd=None)"),
		method("link", osLink, "link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)"),
		method("_statvfs", osStatvfs, "statvfs(path)"),
		pyutil.MustNewMethod("_fstatvfs", osFstatvfs, 0, "_fstatvfs(fd, /)\n\nThe fields of fstatvfs(fd) as a tuple."),
		method("open", osOpen, "open(path, flags, mode=0o777, *, dir_fd=None)"),
		method("close", osClose, "close(fd)"),
		method("truncate", osTruncate, "truncate(path, length)"),
		pyutil.MustNewMethod("ftruncate", osFtruncate, 0, "ftruncate(fd, length, /)\n\nCut or extend the file open as fd to length bytes."),
		pyutil.MustNewMethod("_get_terminal_size", osGetTerminalSize, 0, "get_terminal_size(fd=1)"),
		pyutil.MustNewMethod("isatty", osIsatty, 0, "isatty(fd)"),
		pyutil.MustNewMethod("_uname", osUname, 0, "uname()"),
		pyutil.MustNewMethod("read", osRead, 0, "read(fd, length)"),
		pyutil.MustNewMethod("write", osWrite, 0, "write(fd, data)"),
		pyutil.MustNewMethod("lseek", osLseek, 0, "lseek(fd, pos, how)"),
		pyutil.MustNewMethod("dup", osDup, 0, "dup(fd)"),
		pyutil.MustNewMethod("umask", osUmask, 0, "umask(mask)"),
		pyutil.MustNewMethod("kill", osKill, 0, "kill(pid, signal)"),
		pyutil.MustNewMethod("strerror", osStrerror, 0, "strerror(code)"),
		pyutil.MustNewMethod("pipe", osPipe, 0, "pipe() -> (read_end, write_end)"),
		pyutil.MustNewMethod("get_blocking", osGetBlocking, 0, "get_blocking(fd) -> bool"),
		pyutil.MustNewMethod("set_blocking", osSetBlocking, 0, "set_blocking(fd, blocking)"),
		fdMethod("fsync", syscall.Fsync, "fsync(fd)\n\nForce write of fd (or of the file object's fileno()) to disk."),
		pyutil.MustNewMethod("getlogin", osGetlogin, 0, "getlogin()"),
		pyutil.MustNewMethod("cpu_count", osCPUCount, 0, "cpu_count()"),
		pyutil.MustNewMethod("_live_environ", osLiveEnviron, 0, "_live_environ() -> dict\n\nThe process environment as it is now."),
		intFunc("getuid", syscall.Getuid),
		intFunc("geteuid", syscall.Geteuid),
		intFunc("getgid", syscall.Getgid),
		intFunc("getegid", syscall.Getegid),
		intFunc("getppid", syscall.Getppid),
		intFunc("getpgrp", syscall.Getpgrp),
	}
	add = append(add, processMethods()...)
	all := map[string]int{}
	for _, table := range []map[string]int{constants, processConstants} {
		for k, v := range table {
			all[k] = v
		}
	}
	extendOS(add, all, osSource+envSource+processSource)
}
