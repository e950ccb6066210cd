package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The stream base classes of CPython 3.6's _io module: _IOBase,
// _RawIOBase, _BufferedIOBase and _TextIOBase. They are Go types, shared
// by every context as the Go stream types are, so that FileIO, the
// buffered types and TextIOWrapper derive from them
// (io.BufferedWriter.__mro__ is BufferedWriter, _BufferedIOBase,
// _IOBase, object) and io.py's BytesIO, StringIO and BufferedRWPair,
// and any script's class, derive from the same objects.
//
// A class statement derives from them as from a class written in Python
// (its instances are plain instances with a __dict__), so they carry
// TPFLAGS_HEAPTYPE, which is what the loop's class creation goes by.
//
// Their behaviour is written once, in Python: each method here calls the
// function of the same name in io.py's namespace class for it
// (_IOBaseMethods, ...) in the context of the caller, importing io
// there when no script has yet. So the types hold no Python object of
// any one context.

// The base classes, each derived from the one before it as in CPython.
var (
	IOBaseType         = newIOBaseClass("_IOBase", nil, ioBaseDoc)
	RawIOBaseType      = newIOBaseClass("_RawIOBase", IOBaseType, "Root of the raw binary streams: bytes read and written with no buffer between.")
	BufferedIOBaseType = newIOBaseClass("_BufferedIOBase", IOBaseType, bufferedIOBaseDoc)
	TextIOBaseType     = newIOBaseClass("_TextIOBase", IOBaseType, textIOBaseDoc)
)

const ioBaseDoc = "Root of the stream classes of io: it has no constructor of its own.\n\n" +
	"Its methods stand for a stream that can be neither read, written nor\n" +
	"repositioned, for derived classes to replace where they can do better.\n" +
	"read(), readinto() and write() are left to those classes, whose\n" +
	"signatures differ; an operation a stream cannot do raises\n" +
	"UnsupportedOperation, and any use of a closed stream but close()\n" +
	"raises ValueError. Iterating over a stream yields its lines, and a\n" +
	"with block closes it at the end.\n"

const bufferedIOBaseDoc = "Root of the buffered binary streams.\n\n" +
	"Unlike a raw stream, read() may be called without a size, and it is\n" +
	"not built on readinto(). On a non-blocking raw stream that is not\n" +
	"ready, read(), readinto() and write() raise BlockingIOError rather\n" +
	"than answer None. A buffered stream wraps a raw one; it does not\n" +
	"derive from it.\n"

const textIOBaseDoc = "Root of the text streams: reading and writing str, by characters\n" +
	"and lines, over a byte stream. It has no readinto() and no\n" +
	"constructor of its own.\n"

// ioBaseMethods lists each class's methods, by the name of io.py's
// namespace class that implements them, with their docstrings.
var ioBaseMethods = []struct {
	t       *py.Type
	impl    string
	methods [][2]string
	getsets [][2]string
}{
	{IOBaseType, "_IOBaseMethods", [][2]string{
		{"seek", "Move to another position in the stream."},
		{"tell", "The position the stream is at."},
		{"truncate", "Cut the stream to size bytes (the current position by default)."},
		{"flush", "Write out what is buffered, where the stream buffers."},
		{"close", "Flush the stream, then close it (again: no effect)."},
		{"seekable", "Whether seek() and tell() work on this stream."},
		{"readable", "Whether the stream can be read."},
		{"writable", "Whether the stream can be written."},
		{"_checkClosed", ""},
		{"_checkSeekable", ""},
		{"_checkReadable", ""},
		{"_checkWritable", ""},
		{"fileno", "The file descriptor under the stream, when it has one."},
		{"isatty", "Whether the stream is a terminal."},
		{"__enter__", ""},
		{"__exit__", ""},
		{"readline", "The next line of the stream, read up to its line end."},
		{"readlines", "The remaining lines of the stream, as a list."},
		{"writelines", ""},
		{"__iter__", "The stream itself, an iterator over its lines."},
		{"__next__", "The next line; StopIteration at the end."},
		{"__del__", ""},
	}, [][2]string{{"closed", ""}}},
	{RawIOBaseType, "_RawIOBaseMethods", [][2]string{
		{"read", ""},
		{"readall", "Everything up to the end of the stream, read in as many calls as it takes."},
		{"readinto", ""},
		{"write", ""},
	}, nil},
	{BufferedIOBaseType, "_BufferedIOBaseMethods", [][2]string{
		{"detach", "Give up the raw stream under this buffer, and return it."},
		{"read", "At most n bytes of the stream (all of it without n)."},
		{"read1", "At most n bytes, in no more than one read of the raw stream."},
		{"readinto", ""},
		{"readinto1", ""},
		{"write", "Write the bytes given; return how many were taken."},
	}, nil},
	{TextIOBaseType, "_TextIOBaseMethods", [][2]string{
		{"detach", "Give up the buffer under this text stream, and return it."},
		{"read", "At most n characters of the stream (all of it without n)."},
		{"readline", "The next line, up to its line end or the end of the stream."},
		{"write", "Write the str given; return its length."},
	}, [][2]string{
		{"encoding", "The name of the encoding (None here: text streams set their own)."},
		{"newlines", "The kinds of line end met while reading (None here: text streams set their own)."},
		{"errors", "How encoding and decoding errors are handled (None here: text streams set their own)."},
	}},
}

// ioBaseNative are _IOBase methods run often enough (every with
// statement and iteration over a stream) to be written here rather than
// called through io.py: each is a few calls of the stream's own methods.
var ioBaseNative = map[string]func(self py.Object, args py.Tuple) (py.Object, error){
	"__enter__": func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := ioCheckOpen(self); err != nil {
			return nil, err
		}
		return self, nil
	},
	"__exit__": func(self py.Object, args py.Tuple) (py.Object, error) {
		return ioCallMethod(self, "close")
	},
	"__iter__": func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, pyutil.TypeErrorf("expected 0 arguments, got %d", len(args))
		}
		if err := ioCheckOpen(self); err != nil {
			return nil, err
		}
		return self, nil
	},
	"__next__": func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, pyutil.TypeErrorf("expected 0 arguments, got %d", len(args))
		}
		line, err := ioCallMethod(self, "readline")
		if err != nil {
			return nil, err
		}
		more, err := vm.Truth(line)
		if err != nil {
			return nil, err
		}
		if !more {
			return nil, py.ExceptionNewf(py.StopIteration, "")
		}
		return line, nil
	},
}

// ioCallMethod is self.name().
func ioCallMethod(self py.Object, name string) (py.Object, error) {
	m, err := vm.GetAttr(self, name)
	if err != nil {
		return nil, err
	}
	return vm.Call(m, nil, nil)
}

// ioCheckOpen is _IOBase._checkClosed: ValueError when self.closed is
// true.
func ioCheckOpen(self py.Object) error {
	closed, err := vm.GetAttr(self, "closed")
	if err != nil {
		return err
	}
	shut, err := vm.Truth(closed)
	if err != nil {
		return err
	}
	if shut {
		return errClosed(closedText + ".")
	}
	return nil
}

func init() {
	for _, c := range ioBaseMethods {
		for _, m := range c.methods {
			c.t.Dict[m[0]] = ioBaseMethod(c.t, c.impl, m[0], m[1])
		}
		for _, g := range c.getsets {
			c.t.Dict[g[0]] = ioBaseGetset(c.t, c.impl, g[0], g[1])
		}
	}
	// a closed stream's __del__ does nothing: its drop needs no collection
	vm.SetClosedStreamRule(IOBaseType, closedMarker)
}

// closedMarker is the attribute IOBase.close sets (io.py's _CLOSED_ATTR).
const closedMarker = "__IOBase_closed"

// newIOBaseClass makes one of the base classes, derived from base (nil:
// object), ready for classes to derive from.
func newIOBaseClass(name string, base *py.Type, doc string) *py.Type {
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       name,
		Doc:        doc,
		Dict:       py.StringDict{"__module__": py.String("_io"), "__doc__": py.String(doc)},
		Flags:      py.TPFLAGS_DEFAULT | py.TPFLAGS_BASETYPE | py.TPFLAGS_HEAPTYPE,
	}
	t.New = func(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return vm.NewPlainInstance(cls), nil
	}
	t.Init = func(self py.Object, args py.Tuple, kwargs py.StringDict) error { return nil }
	if base != nil {
		t.Base = base
		t.Bases = py.Tuple{base}
	}
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

// deriveFromIOBase makes t, a Go stream type, a subclass of base: its
// MRO is then t, base, ..., object, as the type's CPython counterpart's.
func deriveFromIOBase(t, base *py.Type) *py.Type {
	t.Base = base
	t.Bases = py.Tuple{base}
	t.Mro = nil
	t.Flags &^= py.TPFLAGS_READY
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

// ioBaseImpl is the function of io.py's namespace class impl that
// implements name, in the calling context.
func ioBaseImpl(impl, name string) (py.Object, error) {
	ctx := vm.CurrentContext()
	if ctx == nil {
		return nil, py.ExceptionNewf(py.SystemError, "_io.%s called outside an interpreter", name)
	}
	var mod *py.Module
	if m, err := ctx.GetModule("io"); err == nil && m != nil {
		mod = m
	} else {
		imported, err := py.ImportModuleLevelObject(ctx, "io", nil, nil, nil, 0)
		if err != nil {
			return nil, err
		}
		var ok bool
		if mod, ok = imported.(*py.Module); !ok {
			return nil, py.ExceptionNewf(py.SystemError, "io is not a module")
		}
	}
	cls, ok := mod.Globals[impl].(*py.Type)
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "io.%s is missing", impl)
	}
	fn, ok := cls.Dict[name]
	if !ok {
		return nil, py.ExceptionNewf(py.SystemError, "io.%s.%s is missing", impl, name)
	}
	return fn, nil
}

// ioBaseMethod is method name of t, implemented by impl's function.
func ioBaseMethod(t *py.Type, impl, name, doc string) *py.Method {
	m := pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if self == nil || self.Type() == py.ModuleType {
			// called on the class: t.name(obj, ...)
			if len(args) == 0 {
				return nil, pyutil.TypeErrorf("descriptor '%s' of '_io.%s' object needs an argument", name, t.Name)
			}
			self, args = args[0], args[1:]
		}
		if !self.Type().IsSubtype(t) {
			return nil, pyutil.TypeErrorf("descriptor '%s' requires a '_io.%s' object but received a '%s'", name, t.Name, pyutil.TypeName(self))
		}
		if native := ioBaseNative[name]; native != nil && t == IOBaseType && len(kwargs) == 0 {
			return native(self, args)
		}
		fn, err := ioBaseImpl(impl, name)
		if err != nil {
			return nil, err
		}
		return vm.Call(fn, append(py.Tuple{self}, args...), kwargs)
	}, 0, doc)
	// the instance of a class derived from FileIO, not the FileIO it
	// holds, is what the Python implementation works on
	vm.TakesInstance(m)
	return m
}

// ioBaseGetset is the read-only attribute name of t, whose value impl's
// function of that name gives.
func ioBaseGetset(t *py.Type, impl, name, doc string) *py.Property {
	readOnly := func() error {
		return py.ExceptionNewf(py.AttributeError, "attribute '%s' of '_io.%s' objects is not writable", name, t.Name)
	}
	return &py.Property{Doc: doc,
		Fset: func(self, value py.Object) error { return readOnly() },
		Fdel: func(self py.Object) error { return readOnly() },
		Fget: func(self py.Object) (py.Object, error) {
			if self == nil || !self.Type().IsSubtype(t) {
				return nil, pyutil.TypeErrorf("descriptor '%s' for '_io.%s' objects doesn't apply to '%s' object", name, t.Name, pyutil.TypeName(self))
			}
			fn, err := ioBaseImpl(impl, name)
			if err != nil {
				return nil, err
			}
			return vm.Call(fn, py.Tuple{self}, nil)
		}}
}
