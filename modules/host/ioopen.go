package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// openMode is open()'s mode string, checked as CPython 3.6's io.open does.
type openMode struct {
	raw       rawMode
	text      bool
	binary    bool
	universal bool // 'U'
}

func parseOpenMode(mode string) (openMode, error) {
	var m openMode
	seen := map[rune]bool{}
	invalid := func() (openMode, error) {
		r := pyutilStrRepr(mode)
		return openMode{}, pyutil.ValueErrorf("invalid mode: %s", r)
	}
	for _, c := range mode {
		switch c {
		case 'x', 'r', 'w', 'a', '+', 't', 'b', 'U':
		default:
			return invalid()
		}
		if seen[c] {
			return invalid()
		}
		seen[c] = true
	}
	m.raw.creating, m.raw.reading, m.raw.writing = seen['x'], seen['r'], seen['w']
	m.raw.truncating = seen['w']
	m.raw.appending, m.raw.updating = seen['a'], seen['+']
	m.text, m.binary, m.universal = seen['t'], seen['b'], seen['U']
	if m.universal {
		if m.raw.creating || m.raw.writing || m.raw.appending || m.raw.updating {
			return openMode{}, pyutil.ValueErrorf("mode U cannot be combined with x', 'w', 'a', or '+'")
		}
		if err := vm.Warn(py.DeprecationWarning, "'U' mode is deprecated", 1); err != nil {
			return openMode{}, err
		}
		m.raw.reading = true
	}
	if m.text && m.binary {
		return openMode{}, pyutil.ValueErrorf("can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.raw.creating, m.raw.reading, m.raw.writing, m.raw.appending} {
		if b {
			n++
		}
	}
	if n > 1 {
		return openMode{}, pyutil.ValueErrorf("must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return openMode{}, pyutil.ValueErrorf("Must have exactly one of create/read/write/append mode and at most one plus")
	}
	if m.raw.creating || m.raw.appending {
		m.raw.writing = true
	}
	if m.raw.updating {
		m.raw.reading, m.raw.writing = true, true
	}
	return m, nil
}

// pyutilStrRepr is repr() of a str.
func pyutilStrRepr(s string) string {
	r, err := vm.Repr(py.String(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}

// builtinOpen is open() / io.open().
func builtinOpen(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("open", args, kwargs, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	mode := "r"
	if a[1] != nil {
		s, ok := a[1].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("open() argument 2 must be str, not %s", pyutil.TypeName(a[1]))
		}
		mode = string(s)
	}
	buffering := -1
	if a[2] != nil {
		if _, isFloat := a[2].(py.Float); isFloat {
			return nil, pyutil.TypeErrorf("integer argument expected, got float")
		}
		if !pyarg.IsInteger(a[2]) {
			return nil, pyutil.TypeErrorf("an integer is required (got type %s)", pyutil.TypeName(a[2]))
		}
		if buffering, err = pyarg.Int(a[2]); err != nil {
			return nil, err
		}
	}
	encoding, hasEnc, err := strOrNone("open", 4, a[3])
	if err != nil {
		return nil, err
	}
	errorsArg, hasErrors, err := strOrNone("open", 5, a[4])
	if err != nil {
		return nil, err
	}
	_, hasNL, err := strOrNone("open", 6, a[5])
	if err != nil {
		return nil, err
	}
	closefd, opener, err := closefdAndOpener(a[6], a[7])
	if err != nil {
		return nil, err
	}
	file := a[0]
	switch file.(type) {
	case py.String, py.Bytes, py.Int, py.Bool, *py.BigInt, py.Float:
	default:
		if p, ok, err := pyarg.FSPath(file); err != nil {
			return nil, err
		} else if ok {
			file = p
		}
	}
	m, err := parseOpenMode(mode)
	if err != nil {
		return nil, err
	}
	if m.binary {
		switch {
		case hasEnc:
			return nil, pyutil.ValueErrorf("binary mode doesn't take an encoding argument")
		case hasErrors:
			return nil, pyutil.ValueErrorf("binary mode doesn't take an errors argument")
		case hasNL:
			return nil, pyutil.ValueErrorf("binary mode doesn't take a newline argument")
		}
	}
	raw, err := openFileIO(file, m.raw, closefd, opener)
	if err != nil {
		return nil, err
	}
	lineBuffering := buffering == 1 || buffering < 0 && isatty(raw.fd)
	if buffering == 0 {
		if m.binary {
			raw.warnAs(raw)
			return raw, nil
		}
		raw.close()
		return nil, pyutil.ValueErrorf("can't have unbuffered text I/O")
	}
	kind := bufReader
	switch {
	case m.raw.updating:
		kind = bufRandom
	case m.raw.writing:
		kind = bufWriter
	}
	b := &Buffered{kind: kind, raw: raw}
	if kind != bufReader {
		// as CPython 3.6: buffering 1 (line buffering, which only text
		// does) and -1 take st_blksize, or DEFAULT_BUFFER_SIZE
		size := buffering
		if size <= 1 {
			size = 8192
			if w := raw.pendingWrites(size); w.blksize > 1 {
				size = w.blksize
			}
		}
		b.pend = raw.pendingWrites(size)
	}
	if m.binary {
		raw.warnAs(b)
		return b, nil
	}
	_ = encoding
	_ = errorsArg
	t, err := newTextIO(b, a[3], a[4], a[5], lineBuffering)
	if err != nil {
		raw.close()
		return nil, err
	}
	t.attrs.put("mode", py.String(mode))
	raw.warnAs(t)
	return t, nil
}

// ioModuleDoc is the _io module's docstring.
const ioModuleDoc = "The io module provides the Python interfaces to stream handling."

// ioModuleSrc is the _io module's Python part: it imports io, unless the
// program lacks it.
const ioModuleSrc = `try:
    import io
except ModuleNotFoundError as e:
    if e.name != "io":
        raise
else:
    del io
`

// installIO makes open() the _io one and registers the _io module.
func installIO() {
	open := pyutil.MustNewMethod("open", builtinOpen, 0, "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)\n\nA file object for file (a path or descriptor): text or binary, read,\nwrite or append as mode says; OSError when it cannot be opened.")
	impl := py.GetModuleImpl("builtins")
	for i, m := range impl.Methods {
		if m.Name == "open" {
			impl.Methods[i] = open
		}
	}
	for _, t := range []*py.Type{FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType, TextIOWrapperType, TextBufferType} {
		if err := t.Ready(); err != nil {
			panic(err)
		}
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_io", Doc: ioModuleDoc},
		// io.py completes _io with the classes CPython writes in C and
		// this project in Python (BytesIO, StringIO, _IOBase, ...):
		// importing _io first imports io, which sets them here (when the
		// program links the library modules).
		CodeSrc: ioModuleSrc,
		Methods: []*py.Method{open, pyutil.MustNewMethod("_finalizer_inert", finalizerInert, 0,
			"_finalizer_inert(cls[, flag, *carried]): instances of exactly cls are not closed when dropped (io.py's BytesIO and StringIO, whose close has no effect to wait for); with flag, a drop does not collect for them while their attribute flag is False (with '!name', while it is set to something else) and their attributes carried hold nothing a drop finalizes (asyncio's futures)."),
			pyutil.MustNewMethod("_adopt_coroutine", adoptCoroutine, 0,
				"_adopt_coroutine(coro) -> bool: records that the caller (an asyncio Task) holds and drives the coroutine object coro, so that a frame letting it go frees nothing; whether coro was watched."),
			pyutil.MustNewMethod("_memio_accelerate", memioAccelerate, 0,
				"_memio_accelerate(cls, kind): replace the common methods of io.py's BytesIO ('bytes') or StringIO ('text') with Go ones over the same attributes."),
			pyutil.MustNewMethod("_arg", ioSizeArg, 0,
				"_arg(kind, value) -> int: value converted as the C type kind names ('n', 'index', 'i', 'off', 'alloc'), with CPython's exception when it does not fit (io_sizes.go).")},
		Globals: py.StringDict{
			"_IOBase":              IOBaseType,
			"_RawIOBase":           RawIOBaseType,
			"_BufferedIOBase":      BufferedIOBaseType,
			"_TextIOBase":          TextIOBaseType,
			"FileIO":               FileIOType,
			"BufferedReader":       BufferedReaderType,
			"BufferedWriter":       BufferedWriterType,
			"BufferedRandom":       BufferedRandomType,
			"TextIOWrapper":        TextIOWrapperType,
			"UnsupportedOperation": UnsupportedOperationType,
			"_TextBuffer":          TextBufferType,
			"DEFAULT_BUFFER_SIZE":  py.Int(8192),
		},
	})
}

// finalizerInert is _io._finalizer_inert(cls): io.py's BytesIO and
// StringIO inherit IOBase's __del__ (a subclass's close runs when it is
// dropped, as in CPython), but their own close only frees memory, and a
// tracked instance costs a collection when dropped (vm.SetFinalizerInert).
func finalizerInert(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 1 {
		return dropHint(args)
	}
	var clsO py.Object
	if err := py.UnpackTuple(args, nil, "_finalizer_inert", 1, 1, &clsO); err != nil {
		return nil, err
	}
	cls, ok := clsO.(*py.Type)
	if !ok || pyutil.IsInstanceObject(cls) {
		return nil, py.ExceptionNewf(py.TypeError, "_finalizer_inert() argument must be a class, not %s", clsO.Type().Name)
	}
	vm.SetFinalizerInert(cls)
	return py.None, nil
}

// adoptCoroutine is _io._adopt_coroutine(coro): asyncio's Task holds the
// coroutine it drives (vm.AdoptCoroutine).
func adoptCoroutine(self py.Object, args py.Tuple) (py.Object, error) {
	var coro py.Object
	if err := py.UnpackTuple(args, nil, "_adopt_coroutine", 1, 1, &coro); err != nil {
		return nil, err
	}
	return py.NewBool(vm.AdoptCoroutine(coro)), nil
}

// dropHint is _io._finalizer_inert(cls, flag, *carried) (vm.SetDropHint):
// asyncio's futures, whose __del__ does something only while their flag
// attribute is true.
func dropHint(args py.Tuple) (py.Object, error) {
	cls, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_finalizer_inert() argument must be a class, not %s", args[0].Type().Name)
	}
	names := make([]string, len(args)-1)
	for i, a := range args[1:] {
		s, ok := a.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "_finalizer_inert() attribute name must be str, not %s", a.Type().Name)
		}
		names[i] = string(s)
	}
	vm.SetDropHint(cls, names[0], names[1:]...)
	return py.None, nil
}
