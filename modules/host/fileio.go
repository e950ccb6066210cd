package host

import (
	"bytes"
	"fmt"
	"math"
	"runtime"
	"syscall"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// FileIOType is _io.FileIO.
var FileIOType = deriveFromIOBase(py.NewTypeX("_io.FileIO", "Open a file.", fileIONew, nil), RawIOBaseType)

// FileIO is raw I/O on a descriptor.
type FileIO struct {
	fd         int
	name       py.Object
	readable   bool
	writable   bool
	appending  bool
	created    bool
	closefd    bool
	closed     bool
	seekableIs int8 // 0 unknown, 1 yes, -1 no
	cleanup    runtime.Cleanup
	hasCleanup bool
	inRepr     bool // __repr__ is rendering name (which may be f itself)
	attrs      attrDict
	// owner is the instance of a class derived from FileIO that holds f
	// (nil for a plain FileIO): its repr reads the instance's name, which
	// the script may have changed or deleted. The pointer is weak: a
	// strong one would make the instance reach itself through its value,
	// and Go never finalizes such an object, so the class's __del__ (and
	// the close of a dropped file) would never run.
	owner weak.Pointer[py.Type]
	// drop is the ResourceWarning due if f is dropped open (nil when the
	// descriptor is not f's own or no interpreter made f).
	drop *dropWarning
	// pend is the write buffer of the buffered object over f
	// (buffered_write.go), nil until one is made or when f does not write
	pend *wpending
}

// ownerObject is f's owner while it lives, else nil.
func (f *FileIO) ownerObject() py.Object {
	if o := f.owner.Value(); o != nil {
		return o
	}
	return nil
}

// Type implements py.Object.
func (f *FileIO) Type() *py.Type { return FileIOType }

// rawMode is a FileIO mode: which of r, w, x, a and + it has.
type rawMode struct {
	reading, writing, creating, appending, updating bool
	truncating                                      bool // 'w'
}

// parseRawMode checks a FileIO mode string ('b' allowed).
func parseRawMode(mode string) (rawMode, error) {
	var m rawMode
	rwa := false
	bad := func() (rawMode, error) {
		return rawMode{}, pyutil.ValueErrorf("invalid mode: %s", mode)
	}
	for _, c := range mode {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				return rawMode{}, pyutil.ValueErrorf("Must have exactly one of create/read/write/append mode and at most one plus")
			}
			rwa = true
			switch c {
			case 'x':
				m.creating, m.writing = true, true
			case 'r':
				m.reading = true
			case 'w':
				m.writing, m.truncating = true, true
			case 'a':
				m.writing, m.appending = true, true
			}
		case '+':
			if m.updating {
				return rawMode{}, pyutil.ValueErrorf("Must have exactly one of create/read/write/append mode and at most one plus")
			}
			m.updating, m.reading, m.writing = true, true, true
		case 'b':
		default:
			return bad()
		}
	}
	if !rwa {
		return rawMode{}, pyutil.ValueErrorf("Must have exactly one of create/read/write/append mode and at most one plus")
	}
	return m, nil
}

// flags is the open(2) flags of m.
func (m rawMode) flags() int {
	fl := syscall.O_CLOEXEC
	switch {
	case m.reading && m.writing:
		fl |= syscall.O_RDWR
	case m.reading:
		fl |= syscall.O_RDONLY
	default:
		fl |= syscall.O_WRONLY
	}
	switch {
	case m.creating:
		fl |= syscall.O_EXCL | syscall.O_CREAT
	case m.appending:
		fl |= syscall.O_APPEND | syscall.O_CREAT
	case m.truncating:
		fl |= syscall.O_CREAT | syscall.O_TRUNC
	}
	return fl
}

func fileIONew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := parseArgs("FileIO", args, kwargs, []string{"file", "mode", "closefd", "opener"}, 1, 0)
	if err != nil {
		return nil, err
	}
	mode := "r"
	if a[1] != nil {
		s, ok := a[1].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("FileIO() argument 2 must be str, not %s", pyutil.TypeName(a[1]))
		}
		mode = string(s)
	}
	m, err := parseRawMode(mode)
	if err != nil {
		return nil, err
	}
	closefd, opener, err := closefdAndOpener(a[2], a[3])
	if err != nil {
		return nil, err
	}
	f, err := openFileIO(a[0], m, closefd, opener)
	if err != nil {
		return nil, err
	}
	f.warnAs(f)
	return f, nil
}

// closefdAndOpener reads the closefd and opener arguments FileIO() and
// open() share (nil for an argument not given): closefd by its truth,
// True by default; opener nil when absent or None.
func closefdAndOpener(closefdArg, openerArg py.Object) (closefd bool, opener py.Object, err error) {
	closefd = true
	if closefdArg != nil {
		if closefd, err = truth(closefdArg); err != nil {
			return false, nil, err
		}
	}
	if openerArg != nil && openerArg != py.None {
		opener = openerArg
	}
	return closefd, opener, nil
}

// openFileIO opens a FileIO on a path or descriptor.
func openFileIO(file py.Object, m rawMode, closefd bool, opener py.Object) (*FileIO, error) {
	f := &FileIO{readable: m.reading, writable: m.writing, appending: m.appending, created: m.creating, closefd: closefd}
	if _, isFloat := file.(py.Float); isFloat {
		return nil, pyutil.TypeErrorf("integer argument expected, got float")
	}
	isFD, fd := pyarg.IsInteger(file), 0
	if isFD {
		var err error
		fd, err = pyarg.Int(file)
		if _, overflow := pyutil.ExceptionMessage(err, py.OverflowError); overflow {
			// CPython forgets an int past a C int and takes file as a
			// path: "expected str, bytes or os.PathLike object, not int"
			isFD = false
		} else if err != nil {
			return nil, err
		}
	}
	if isFD {
		if fd < 0 {
			return nil, pyutil.ValueErrorf("negative file descriptor")
		}
		f.fd = fd
		f.name = file
		var st syscall.Stat_t
		if err := syscall.Fstat(fd, &st); err != nil {
			return nil, osErr(err)
		}
		if err := f.finishOpen(&st); err != nil {
			// the descriptor stays the caller's, open, as CPython
			// leaves a descriptor it did not open itself
			f.closed = true
			return nil, err
		}
		if closefd {
			f.closeOnDrop()
		}
		return f, nil
	}
	if !closefd {
		return nil, pyutil.ValueErrorf("Cannot use closefd=False with file name")
	}
	path, _, err := pyarg.Path(file)
	if err != nil {
		return nil, err
	}
	f.name = file
	if fp, ok, _ := pyarg.FSPath(file); ok {
		f.name = fp
	}
	if bytes.IndexByte([]byte(path), 0) >= 0 {
		return nil, pyutil.ValueErrorf("embedded null byte")
	}
	if opener != nil {
		r, err := vm.Call(opener, py.Tuple{f.name, py.Int(m.flags())}, nil)
		if err != nil {
			return nil, err
		}
		fd, ok := r.(py.Int)
		if !ok {
			return nil, pyutil.TypeErrorf("expected integer from opener")
		}
		if fd < 0 {
			return nil, pyutil.ValueErrorf("opener returned %d", fd)
		}
		f.fd = int(fd)
	} else {
		var fd int
		for {
			fd, err = syscall.Open(path, m.flags(), 0o666)
			if err != syscall.EINTR {
				break
			}
		}
		if err == syscall.ENOENT {
			// a library file compiled into the binary reads as on disk
			if efd, ok, eerr := vm.OpenEmbeddedFile(path, m.flags()); ok {
				fd, err = efd, eerr
			}
		}
		if err != nil {
			errno, _ := err.(syscall.Errno)
			return nil, pyutil.OSErrorFromErrno(errno, f.name)
		}
		f.fd = fd
	}
	f.closeOnDrop()
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err == nil {
		if st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
			f.close()
			return nil, pyutil.OSErrorFromErrno(syscall.EISDIR, f.name)
		}
		// bytes a dropped file object holds for this file are written
		// before the script reads it, as CPython wrote them at the drop
		settleDroppedWrites(&st)
	}
	return f, f.finishOpen(nil)
}

// finishOpen rejects directories and moves an appending file to its end;
// the name the file was opened by becomes the attribute name, which
// CPython's FileIO.__init__ sets on the instance.
func (f *FileIO) finishOpen(st *syscall.Stat_t) error {
	f.attrs.put("name", f.name)
	if st != nil && st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		return pyutil.OSErrorFromErrno(syscall.EISDIR, f.name)
	}
	if f.appending {
		fdSeek(f.fd, 0, 2)
	}
	return nil
}

// close closes the descriptor (when it owns it); safe to call twice.
func (f *FileIO) close() error {
	if f.closed {
		return nil
	}
	f.closed = true
	// IOBase.close marks the instance closed in its __dict__, as
	// CPython's does
	f.attrs.put("__IOBase_closed", py.True)
	f.keepOnDrop()
	f.pend.discard()
	if f.closefd {
		if err := syscall.Close(f.fd); err != nil {
			return osErr(err)
		}
	}
	return nil
}

// nameAttr is the file's name attribute, nil once deleted.
func (f *FileIO) nameAttr() py.Object { return f.attrs.get("name") }

// modeString is FileIO.mode.
func (f *FileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable:
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

func (f *FileIO) check() error {
	if f.closed {
		return errClosed(closedText)
	}
	return nil
}

// readAll reads to end of file.
func (f *FileIO) readAll() ([]byte, error) {
	var buf []byte
	var st syscall.Stat_t
	if syscall.Fstat(f.fd, &st) == nil && st.Size > 0 {
		if pos, err := syscall.Seek(f.fd, 0, 1); err == nil && st.Size > pos {
			buf = make([]byte, 0, st.Size-pos+1)
		}
	}
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, make([]byte, max(readChunk, len(buf)))...)[:len(buf)]
		}
		n, err := fdRead(f.fd, buf[len(buf):cap(buf)])
		if err != nil {
			if wouldBlock(err) && len(buf) > 0 {
				return buf, nil // a non-blocking file: what there was
			}
			return nil, err
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

// read reads at most n bytes (-1: all).
func (f *FileIO) read(n int) ([]byte, error) {
	if n < 0 {
		return f.readAll()
	}
	// CPython allocates n bytes first (MemoryError when it cannot); the
	// buffer here is only as large as one read can fill
	if err := pyutil.CheckAlloc(n); err != nil {
		return nil, err
	}
	p := make([]byte, pyutil.ReadBufferSize(f.fd, n, -1))
	k, err := fdRead(f.fd, p)
	if err != nil {
		return nil, err
	}
	return p[:k], nil
}

func (f *FileIO) seekable() bool {
	if f.seekableIs == 0 {
		f.seekableIs = -1
		if _, err := syscall.Seek(f.fd, 0, 1); err == nil {
			f.seekableIs = 1
		}
	}
	return f.seekableIs > 0
}

// isatty reports whether the descriptor is a terminal.
func isatty(fd int) bool { return pyutil.IsTerminal(fd) }

// truncateFD is FileIO.truncate(size) (and so the buffered and text
// streams' over a file): ftruncate(fd, size), None or absent meaning the
// current position. As in CPython 3.6 the size is a C long long taken by
// __int__ (a float is truncated toward zero), and the result is the size
// object as given.
func truncateFD(fd int, sizeObj py.Object) (py.Object, error) {
	var size int64
	if sizeObj == nil || sizeObj == py.None {
		pos, err := fdSeek(fd, 0, 1)
		if err != nil {
			return nil, err
		}
		size = pos
		sizeObj = py.Int(pos)
	} else if f, isFloat := sizeObj.(py.Float); isFloat {
		switch v := float64(f); {
		case math.IsNaN(v):
			return nil, pyutil.ValueErrorf("cannot convert float NaN to integer")
		case math.IsInf(v, 0):
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		case math.Abs(v) >= 1<<63:
			return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
		}
		size = int64(f)
	} else {
		n, err := fileOffset(sizeObj)
		if err != nil {
			return nil, err
		}
		size = n
	}
	if err := syscall.Ftruncate(fd, size); err != nil {
		return nil, osErr(err)
	}
	return sizeObj, nil
}

// seekArgs parses seek(pos, whence=0) of the buffered and text types:
// the offset by __index__ (a float refused with the index message).
func seekArgs(args py.Tuple, kwargs py.StringDict) (int64, int, error) {
	return parseSeekArgs(args, kwargs, "'float' object cannot be interpreted as an integer", offsetIndex)
}

// fileSeekArgs parses FileIO.seek(pos, whence=0): CPython 3.6 refuses a
// float ("an integer is required") and takes any other offset as a C long
// long, by __int__.
func fileSeekArgs(args py.Tuple, kwargs py.StringDict) (int64, int, error) {
	return parseSeekArgs(args, kwargs, "an integer is required", fileOffset)
}

// parseSeekArgs is the shape both seeks share: pos converted by offset,
// a float refused with floatMsg first, whence a C int defaulting to 0.
func parseSeekArgs(args py.Tuple, kwargs py.StringDict, floatMsg string, offset func(py.Object) (int64, error)) (int64, int, error) {
	a, err := parseArgs("seek", args, kwargs, []string{"pos", "whence"}, 1, 2)
	if err != nil {
		return 0, 0, err
	}
	if _, isFloat := a[0].(py.Float); isFloat {
		return 0, 0, pyutil.TypeErrorf("%s", floatMsg)
	}
	p, err := offset(a[0])
	if err != nil {
		return 0, 0, err
	}
	whence := 0
	if a[1] != nil {
		if whence, err = pyarg.Int(a[1]); err != nil {
			return 0, 0, err
		}
	}
	return p, whence, nil
}

// required (got type X)").
func fileOffset(o py.Object) (int64, error) {
	if pyarg.IntValue(o) == nil && !isNumber(o) {
		return 0, pyutil.TypeErrorf("an integer is required (got type %s)", pyutil.TypeName(o))
	}
	return pyarg.Long(o)
}

// nameRepr renders " name=..." for a repr, or "" when there is no name.
func nameRepr(name py.Object) (string, error) {
	if name == nil {
		return "", nil
	}
	r, err := vm.Repr(name)
	if err != nil {
		return "", err
	}
	return " name=" + r, nil
}

// fileIOSelf is the FileIO behind self, for the attribute attr.
func fileIOSelf(self py.Object, attr string) (*FileIO, error) {
	// (an instance of a class derived from FileIO holds its FileIO)
	f, ok := pyutil.Unwrap(self).(*FileIO)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor '%s' for '_io.FileIO' objects doesn't apply to a '%s' object", attr, pyutil.TypeName(self))
	}
	return f, nil
}

func (f *FileIO) M__repr__() (py.Object, error) {
	if f.closed {
		return py.String("<_io.FileIO [closed]>"), nil
	}
	if f.inRepr {
		who := "_io.FileIO"
		if o := f.ownerObject(); o != nil {
			who = pyutil.TypeName(o) // the derived class's name
		}
		return nil, py.ExceptionNewf(py.RuntimeError, "reentrant call inside %s.__repr__", who)
	}
	f.inRepr = true
	name := f.nameAttr()
	if o := f.ownerObject(); o != nil {
		v, err := vm.GetAttr(o, "name")
		switch {
		case err == nil:
			name = v
		case py.IsException(py.AttributeError, err):
			name = nil
		default:
			f.inRepr = false
			return nil, err
		}
	}
	n, err := nameRepr(name)
	f.inRepr = false
	if err != nil {
		return nil, err
	}
	if name == nil {
		n = fmt.Sprintf(" fd=%d", f.fd)
	}
	cf := "False"
	if f.closefd {
		cf = "True"
	}
	return py.String(fmt.Sprintf("<_io.FileIO%s mode='%s' closefd=%s>", n, f.modeString(), cf)), nil
}

func (f *FileIO) M__iter__() (py.Object, error) {
	if f.closed {
		return nil, errClosed(closedText + ".")
	}
	return f, nil
}

func (f *FileIO) M__next__() (py.Object, error) {
	line, err := f.readline(-1)
	if err != nil {
		return nil, err
	}
	if len(line) == 0 {
		return nil, py.StopIteration
	}
	return py.Bytes(line), nil
}

// readline reads a line a byte at a time, as RawIOBase.readline does.
func (f *FileIO) readline(limit int) ([]byte, error) {
	if err := f.check(); err != nil {
		return nil, err
	}
	var out []byte
	b := make([]byte, 1)
	for limit < 0 || len(out) < limit {
		n, err := fdRead(f.fd, b)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			break
		}
		out = append(out, b[0])
		if b[0] == '\n' {
			break
		}
	}
	return out, nil
}

func init() {
	t := FileIOType
	ioProperty(t, "closed", func(f *FileIO) (py.Object, error) { return py.NewBool(f.closed), nil })
	ioProperty(t, "closefd", func(f *FileIO) (py.Object, error) { return py.NewBool(f.closefd), nil })
	ioProperty(t, "mode", func(f *FileIO) (py.Object, error) { return py.String(f.modeString()), nil })
	for name, doc := range map[string]string{ // in our own words
		"closed":  "Whether close() has been called on this file.",
		"closefd": "Whether close() also closes the underlying descriptor.",
		"mode":    "The mode string the file was opened with.",
	} {
		t.Dict[name].(*py.Property).Doc = doc
	}
	// name is an ordinary attribute in CPython: it lives in the
	// instance's __dict__ (attrs), where finishOpen puts it, and a script
	// may replace or delete it.
	ioProperty(t, "_blksize", func(f *FileIO) (py.Object, error) {
		// The descriptor's preferred block size, which buffering uses.
		var st syscall.Stat_t
		if f.fd >= 0 && syscall.Fstat(f.fd, &st) == nil && st.Blksize > 1 {
			return py.Int(st.Blksize), nil
		}
		return py.Int(8192), nil // DEFAULT_BUFFER_SIZE
	})
	ioMethod(t, "read", "read(size=-1) -> bytes\n\nOne read of at most size bytes (to EOF when size is negative); b'' at EOF.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("read", args, kwargs, []string{"size"}, 0, 1)
		if err != nil {
			return nil, err
		}
		if err := f.check(); err != nil {
			return nil, err
		}
		if !f.readable {
			return nil, unsupported("File not open for reading")
		}
		n, err := sizeArg(a[0])
		if err != nil {
			return nil, err
		}
		b, err := f.read(n)
		if wouldBlock(err) {
			return py.None, nil // a non-blocking file with nothing to read
		}
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	})
	ioMethod(t, "readall", "readall() -> bytes\n\nEverything from the current position to EOF.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := f.check(); err != nil {
			return nil, err
		}
		b, err := f.readAll()
		if wouldBlock(err) {
			return py.None, nil
		}
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	})
	ioMethod(t, "readinto", "readinto(buffer) -> int\n\nFill buffer from the file; gives how many bytes were stored.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("readinto() takes exactly one argument (%d given)", len(args))
		}
		if err := f.check(); err != nil {
			return nil, err
		}
		if !f.readable {
			return nil, unsupported("File not open for reading")
		}
		return readIntoBuffer(args[0], func(p []byte) (int, error) { return fdRead(f.fd, p) })
	})
	ioMethod(t, "readline", "readline(size=-1) -> line\n\nThe next line including its line ending, or at most size units of it.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("readline", args, kwargs, []string{"size"}, 0, 1)
		if err != nil {
			return nil, err
		}
		n, err := sizeArg(a[0])
		if err != nil {
			return nil, err
		}
		if err := f.check(); err != nil {
			return nil, err
		}
		if !f.readable {
			return nil, unsupported("File not open for reading")
		}
		b, err := f.readline(n)
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	})
	ioMethod(t, "readlines", "readlines(hint=-1) -> list\n\nThe remaining lines; stops once hint units have been read when hint > 0.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := parseArgs("readlines", args, kwargs, []string{"hint"}, 0, 1)
		if err != nil {
			return nil, err
		}
		if f.closed {
			return nil, errClosed(closedText + ".")
		}
		if !f.readable {
			return nil, unsupported("File not open for reading")
		}
		return readLines(a[0], func() (py.Object, int, error) {
			b, err := f.readline(-1)
			return py.Bytes(b), len(b), err
		})
	})
	ioMethod(t, "write", "Write bytes b to file, return number written.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("write() takes exactly one argument (%d given)", len(args))
		}
		// the argument is checked before the file, as CPython's is
		b, err := pyutil.BytesLike(args[0])
		if err != nil {
			return nil, pyutil.TypeErrorf("a bytes-like object is required, not '%s'", pyutil.TypeName(args[0]))
		}
		if err := f.check(); err != nil {
			return nil, err
		}
		if !f.writable {
			return nil, unsupported("File not open for writing")
		}
		n, err := fdWrite(f.fd, b)
		if err != nil {
			if e, ok := err.(*py.Exception); ok && e.Type() == py.BlockingIOError {
				return py.None, nil // a non-blocking file with no room
			}
			return nil, err
		}
		if n < len(b) && sigint.Pending() {
			// cut short by a signal: its handler runs now, as CPython
			// runs it before the next instruction
			if err := sigint.Check(); err != nil {
				return nil, err
			}
		}
		return py.Int(n), nil
	})
	ioMethod(t, "writelines", "writelines(lines) -> None\n\nWrite each item of lines in turn; no line endings are added.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("writelines() takes exactly one argument (%d given)", len(args))
		}
		if f.closed {
			return nil, errClosed(closedText + ".")
		}
		return writeEach(f, args[0])
	})
	ioMethod(t, "seek", "seek(offset, whence=0) -> int\n\nGo to offset relative to whence (0 start, 1 current, 2 end); gives the new position.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 && len(kwargs) == 0 {
			// A missing offset is reported before a closed file.
			return nil, pyutil.TypeErrorf("seek() takes at least 1 argument (0 given)")
		}
		if err := f.check(); err != nil {
			return nil, err
		}
		off, whence, err := fileSeekArgs(args, kwargs)
		if err != nil {
			return nil, err
		}
		pos, err := fdSeek(f.fd, off, whence)
		if err != nil {
			return nil, err
		}
		return py.Int(pos), nil
	})
	ioMethod(t, "tell", "Current file position.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := f.check(); err != nil {
			return nil, err
		}
		pos, err := fdSeek(f.fd, 0, 1)
		if err != nil {
			return nil, err
		}
		return py.Int(pos), nil
	})
	ioMethod(t, "truncate", "truncate(size=None) -> int\n\nCut the file to size bytes (the current position by default); gives the new size.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := f.check(); err != nil {
			return nil, err
		}
		a, err := parseArgs("truncate", args, kwargs, []string{"size"}, 0, 1)
		if err != nil {
			return nil, err
		}
		if !f.writable {
			return nil, unsupported("File not open for writing")
		}
		return truncateFD(f.fd, a[0])
	})
	ioMethod(t, "close", "Close the file.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if !f.closed {
			ok, ferr := f.attrs.ownFlush()
			if ok && ferr != nil {
				// closed all the same; flush's error is the one raised
				_ = f.close()
				return nil, ferr
			}
		}
		return py.None, f.close()
	})
	ioMethod(t, "flush", "flush() -> None\n\nPush any buffered output down to the underlying stream.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if f.closed {
			return nil, errClosed(closedText + ".")
		}
		return py.None, nil
	})
	ioMethod(t, "fileno", "fileno() -> int\n\nThe operating-system file descriptor under the stream.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.Int(f.fd), f.check()
	})
	ioMethod(t, "isatty", "isatty() -> bool\n\nTrue when the descriptor is a terminal.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := f.check(); err != nil {
			return nil, err
		}
		return py.NewBool(isatty(f.fd)), nil
	})
	ioMethod(t, "readable", "readable() -> bool\n\nTrue when the mode allows reading.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.NewBool(f.readable), f.check()
	})
	ioMethod(t, "writable", "writable() -> bool\n\nTrue when the mode allows writing.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.NewBool(f.writable), f.check()
	})
	ioMethod(t, "seekable", "seekable() -> bool\n\nTrue when the descriptor can seek.", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := f.check(); err != nil {
			return nil, err
		}
		return py.NewBool(f.seekable()), nil
	})
	ioMethod(t, "__enter__", "", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if f.closed {
			return nil, errClosed(closedText + ".")
		}
		return f, nil
	})
	ioMethod(t, "__exit__", "", func(f *FileIO, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, f.close()
	})
}

// readIntoBuffer fills a writable buffer with one read.
func readIntoBuffer(buf py.Object, read func(p []byte) (int, error)) (py.Object, error) {
	wb, err := pyarg.WritableBuffer(buf, "readinto() argument")
	if err != nil {
		return nil, err
	}
	p := wb.WritableBytes()
	n, err := read(p)
	if err != nil {
		return nil, err
	}
	return py.Int(n), nil
}

// writeEach calls o.write(line) for every item of lines.
func writeEach(o py.Object, lines py.Object) (py.Object, error) {
	write, err := vm.GetAttr(o, "write")
	if err != nil {
		return nil, err
	}
	err = iterate(lines, func(item py.Object) (bool, error) {
		_, err := vm.Call(write, py.Tuple{item}, nil)
		return false, err
	})
	return py.None, err
}
