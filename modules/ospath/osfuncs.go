package ospath

import (
	"crypto/rand"
	"errors"
	"os"
	"strings"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/os" // registered before we patch it

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// osError is the OSError CPython raises for err on filename.
func osError(err error, filename py.Object) error {
	return pyutil.FromGoError(err, filename)
}

// osError2 is the OSError of a two-path call: "'a' -> 'b'" after the text.
func osError2(err error, src, dst py.Object) error {
	e, ok := osError(err, src).(*py.Exception)
	if !ok {
		return err
	}
	r, rerr := py.ReprAsString(dst)
	if rerr != nil {
		return e
	}
	if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
		if s, ok := args[0].(py.String); ok {
			e.Args = py.Tuple{py.String(string(s) + " -> " + r)}
		}
	}
	e.Dict["filename2"] = dst
	return e
}

func osFspath(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var o py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:fspath", []string{"path"}, &o); err != nil {
		return nil, err
	}
	switch pyutil.Unwrap(o).(type) {
	case py.String, py.Bytes:
		return o, nil // a str or bytes subclass instance comes back as it is
	}
	r, ok, err := pyarg.FSPath(o)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, pyarg.ErrNotPath(o)
	}
	return r, nil
}

// onePathCall makes an os function of one path, relative to dir_fd when
// given, that calls f.
func onePathCall(name, kw string, f func(dirfd int, path string) error) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		var o py.Object
		var dirFD py.Object = py.None
		if err := positionalAtMost(name, args, 1); err != nil {
			return nil, err
		}
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:"+name, []string{kw, "dir_fd"}, &o, &dirFD); err != nil {
			return nil, err
		}
		p, _, err := osPath(name, o, false)
		if err != nil {
			return nil, err
		}
		dirfd, err := dirFDArg(dirFD)
		if err != nil {
			return nil, err
		}
		if err := f(dirfd, p.s); err != nil {
			return nil, osError(err, o)
		}
		return py.None, nil
	}, 0, name+"("+kw+", *, dir_fd=None)")
}

// positionalAtMost is CPython 3.6's TypeError for a function whose other
// parameters are keyword-only (its wording names no function).
func positionalAtMost(name string, args py.Tuple, n int) error {
	if len(args) > n {
		return pyutil.TypeErrorf("Function takes at most %d positional arguments (%d given)", n, len(args))
	}
	return nil
}

// atFDCWD is AT_FDCWD: a relative path is taken from the current directory.
const atFDCWD = -100

// dirFDArg converts a dir_fd argument; None is the current directory.
func dirFDArg(o py.Object) (int, error) {
	if o == nil || o == py.None {
		return atFDCWD, nil
	}
	if !pyarg.IsInteger(o) {
		return 0, pyutil.TypeErrorf("argument should be integer or None, not %s", pyutil.TypeName(o))
	}
	return pyarg.Int(o)
}

// unlinkAt is unlinkat(2); flags 0x200 (AT_REMOVEDIR) removes a directory.
func unlinkAt(dirfd int, path string, flags int) error {
	p, err := syscall.BytePtrFromString(path)
	if err != nil {
		return err
	}
	if _, _, e := syscall.Syscall(syscall.SYS_UNLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)), uintptr(flags)); e != 0 {
		return e
	}
	return nil
}

// namedPath converts fn's path argument arg, which takes no descriptor.
func namedPath(fn, arg string, o py.Object) (pathValue, error) {
	s, isBytes, err := NamedPathArg(fn, arg, "string, bytes or os.PathLike", o)
	return pathValue{s: s, isBytes: isBytes, system: !isBytes}, err
}

// twoPathCall makes rename and replace.
func twoPathCall(name string) *py.Method {
	return pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		var src, dst py.Object
		var srcFD, dstFD py.Object = py.None, py.None
		if err := positionalAtMost(name, args, 2); err != nil {
			return nil, err
		}
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OO:"+name, []string{"src", "dst", "src_dir_fd", "dst_dir_fd"}, &src, &dst, &srcFD, &dstFD); err != nil {
			return nil, err
		}
		s, err := namedPath(name, "src", src)
		if err != nil {
			return nil, err
		}
		d, err := namedPath(name, "dst", dst)
		if err != nil {
			return nil, err
		}
		srcDirfd, err := dirFDArg(srcFD)
		if err != nil {
			return nil, err
		}
		dstDirfd, err := dirFDArg(dstFD)
		if err != nil {
			return nil, err
		}
		if err := syscall.Renameat(srcDirfd, s.s, dstDirfd, d.s); err != nil {
			return nil, osError2(err, src, dst)
		}
		return py.None, nil
	}, 0, name+"(src, dst, *, src_dir_fd=None, dst_dir_fd=None)")
}

// modeArg is a mode argument, a C int (pyarg.Int).
func modeArg(o py.Object) (uint32, error) {
	v, err := pyarg.Int(o)
	return uint32(v), err
}

func osMkdir(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var o py.Object
	var mode py.Object = py.Int(0o777)
	var dirFD py.Object = py.None
	if err := positionalAtMost("mkdir", args, 2); err != nil {
		return nil, err
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:mkdir", []string{"path", "mode", "dir_fd"}, &o, &mode, &dirFD); err != nil {
		return nil, err
	}
	dirfd, err := dirFDArg(dirFD)
	if err != nil {
		return nil, err
	}
	p, _, err := osPath("mkdir", o, false)
	if err != nil {
		return nil, err
	}
	m, err := modeArg(mode)
	if err != nil {
		return nil, err
	}
	if err := syscall.Mkdirat(dirfd, p.s, m); err != nil {
		return nil, osError(err, o)
	}
	return py.None, nil
}

func osMakedirs(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var o py.Object
	var mode py.Object = py.Int(0o777)
	var existOK py.Object = py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:makedirs", []string{"name", "mode", "exist_ok"}, &o, &mode, &existOK); err != nil {
		return nil, err
	}
	p, err := systemPath(o)
	if err != nil {
		return nil, err
	}
	m, err := modeArg(mode)
	if err != nil {
		return nil, err
	}
	ok, err := vm.Truth(existOK)
	if err != nil {
		return nil, err
	}
	if err := makedirs(p.s, m, ok); err != nil {
		var fn py.Object = o
		if e, isExc := err.(*syscallPathError); isExc {
			fn = p.obj(e.path)
			err = e.err
		}
		return nil, osError(err, fn)
	}
	return py.None, nil
}

// syscallPathError is a failure of makedirs on an intermediate directory.
type syscallPathError struct {
	path string
	err  error
}

func (e *syscallPathError) Error() string { return e.path + ": " + e.err.Error() }

func makedirs(name string, mode uint32, existOK bool) error {
	head, tail := splitPath(name)
	if tail == "" {
		head, tail = splitPath(head)
	}
	if head != "" && tail != "" {
		if _, err := os.Stat(head); err != nil {
			if err := makedirs(head, mode, existOK); err != nil {
				if e, ok := err.(*syscallPathError); !ok || e.err != syscall.EEXIST {
					return err
				}
			}
			if tail == "." {
				// xxx/newdir/. exists once xxx/newdir was made
				return nil
			}
		}
	}
	if err := syscall.Mkdir(name, mode); err != nil {
		if fi, serr := os.Stat(name); existOK && serr == nil && fi.IsDir() {
			return nil
		}
		return &syscallPathError{path: name, err: err}
	}
	return nil
}

func osListdir(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var o py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:listdir", []string{"path"}, &o); err != nil {
		return nil, err
	}
	p := pathValue{s: ".", system: true}
	if o != py.None {
		fd, isFD, err := FDArg(o)
		switch {
		case err != nil:
			return nil, err
		case isFD && fd != -1:
			return listFD(fd, o)
		case !isFD:
			s, isBytes, err := PathArg("listdir", "string, bytes, os.PathLike, integer or None", o)
			if err != nil {
				return nil, err
			}
			p = pathValue{s: s, isBytes: isBytes, system: !isBytes}
		}
		// -1 is CPython's "no descriptor": the working directory, listed
		// by str names
	}
	names, err := readNames(p.s)
	if errors.Is(err, syscall.ENOENT) {
		// a directory of library files compiled into the binary
		if embedded, ok := vm.EmbeddedListDir(p.s); ok {
			names, err = embedded, nil
		}
	}
	if err != nil {
		return nil, osError(err, o)
	}
	items := make([]py.Object, len(names))
	for i, n := range names {
		items[i] = p.obj(n)
	}
	return py.NewListFromItems(items), nil
}

// listFD is listdir of an open directory descriptor, which stays open
// and is left at its start: the listing reads a duplicate of it. As
// CPython 3.6's, a failed dup names no file and a descriptor that is no
// directory names o (checked before anything moves its offset, which
// the duplicate shares).
func listFD(fd int, o py.Object) (py.Object, error) {
	dup, err := syscall.Dup(fd)
	if err != nil {
		return nil, osError(err, nil)
	}
	f := os.NewFile(uintptr(dup), "")
	defer f.Close()
	var st syscall.Stat_t
	if err := syscall.Fstat(dup, &st); err != nil {
		return nil, osError(err, o)
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFDIR {
		return nil, osError(syscall.ENOTDIR, o)
	}
	if _, err := f.Seek(0, 0); err != nil {
		return nil, osError(err, o)
	}
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, osError(err, nil)
	}
	items := make([]py.Object, len(names))
	for i, n := range names {
		items[i] = py.String(pyutil.FSDecode(n))
	}
	return py.NewListFromItems(items), nil
}

// readNames lists a directory in the system's order, as readdir(3) does.
func readNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.Readdirnames(-1)
}

func osChdir(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var o py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:chdir", []string{"path"}, &o); err != nil {
		return nil, err
	}
	fd, isFD, err := FDArg(o)
	if err != nil {
		return nil, err
	}
	switch {
	case isFD && fd == -1:
		// CPython 3.6's "no descriptor": chdir(2) of a null path
		err = syscall.EFAULT
	case isFD:
		err = syscall.Fchdir(fd)
	default:
		p, _, perr := PathArg("chdir", "string, bytes, os.PathLike or integer", o)
		if perr != nil {
			return nil, perr
		}
		err = syscall.Chdir(p)
	}
	if err != nil {
		return nil, osError(err, o)
	}
	return py.None, nil
}

func osUrandom(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var o py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:urandom", []string{"size"}, &o); err != nil {
		return nil, err
	}
	v, err := pyarg.SsizeT(o)
	if err != nil {
		return nil, err
	}
	if v < 0 {
		return nil, pyutil.ValueErrorf("negative argument not allowed")
	}
	if err := pyutil.CheckAlloc(int(v)); err != nil {
		return nil, err
	}
	b := make([]byte, v)
	if _, err := rand.Read(b); err != nil {
		return nil, osError(err, nil)
	}
	return py.Bytes(b), nil
}

func osGetcwd(self py.Object) (py.Object, error) {
	d, err := os.Getwd()
	if err != nil {
		return nil, osError(err, nil)
	}
	return py.String(pyutil.FSDecode(d)), nil
}

// osSource runs in every new os module: os.path is this context's
// posixpath module, and as in CPython 3.6 it is in sys.modules as
// "os.path" too, so that importlib.util.find_spec("os.path") and
// `python -m os.path` see posixpath's spec.
const osSource = "import posixpath as path\nimport sys as _sys\n_sys.modules['os.path'] = path\ndel _sys\n"

// setupOS adds the os functions of this package to gpython's os module (a step of setup, doc.go).
func setupOS() {
	impl := py.GetModuleImpl("os")
	if impl == nil {
		return
	}
	add := []*py.Method{
		pyutil.MustNewMethod("fspath", osFspath, 0, "fspath(path) -> str or bytes\n\nstr and bytes unchanged; otherwise the result of path.__fspath__()."),
		pyutil.MustNewMethod("stat", osStat, 0, "stat(path, *, dir_fd=None, follow_symlinks=True)"),
		pyutil.MustNewMethod("lstat", osLstat, 0, "lstat(path, *, dir_fd=None)"),
		onePathCall("remove", "path", func(dirfd int, p string) error { return unlinkAt(dirfd, p, 0) }),
		onePathCall("unlink", "path", func(dirfd int, p string) error { return unlinkAt(dirfd, p, 0) }),
		onePathCall("rmdir", "path", func(dirfd int, p string) error { return unlinkAt(dirfd, p, 0x200) }),
		twoPathCall("rename"),
		twoPathCall("replace"),
		pyutil.MustNewMethod("mkdir", osMkdir, 0, "mkdir(path, mode=0o777, *, dir_fd=None)"),
		pyutil.MustNewMethod("makedirs", osMakedirs, 0, "makedirs(name, mode=0o777, exist_ok=False)"),
		pyutil.MustNewMethod("listdir", osListdir, 0, "listdir(path=None)"),
		pyutil.MustNewMethod("scandir", osScandir, 0, "scandir(path='.')"),
		pyutil.MustNewMethod("walk", osWalk, 0, "walk(top, topdown=True, onerror=None, followlinks=False)"),
		pyutil.MustNewMethod("chdir", osChdir, 0, "chdir(path)"),
		pyutil.MustNewMethod("urandom", osUrandom, 0, "urandom(size)"),
		pyutil.MustNewMethod("getcwd", osGetcwd, 0, "getcwd() -> str\n\nThe process's current directory."),
	}
	for _, m := range add {
		replaced := false
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i] = m
				replaced = true
			}
		}
		if !replaced {
			impl.Methods = append(impl.Methods, m)
		}
	}
	impl.Globals["stat_result"] = StatResultType
	impl.Globals["DirEntry"] = DirEntryType
	if !strings.Contains(impl.CodeSrc, osSource) {
		impl.CodeSrc += osSource
	}
}
