// Package pystruct registers the Python module "struct" for gpython, with
// CPython 3.6's API, behaviour and error messages: pack, pack_into,
// unpack, unpack_from, iter_unpack, calcsize, the Struct type and
// struct.error. Native mode ('@', the default) uses the sizes and
// alignment of x86-64 Linux.
//
// The Go package is named pystruct because struct is a Go keyword.
package pystruct

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = `Pack Python values into bytes laid out as C structs, and unpack them again.

A format string describes the layout. Its optional first character picks
byte order, sizes and alignment: '@' native (the default), '=' native order
with standard sizes, '<' little-endian, '>' or '!' big-endian (standard
sizes, no alignment). Each further character is one field, optionally
preceded by a repeat count:
  x  padding byte          c  bytes of length 1    ?  bool
  b/B  signed/unsigned char      h/H  short         i/I  int
  l/L  long                      q/Q  long long     n/N  ssize_t/size_t (native only)
  e/f/d  half, float, double     P  pointer-sized int (native only)
  s  bytes (the count is the length)   p  Pascal string (length byte first)
Spaces between fields are ignored. Failures raise struct.error.
`

// ErrorType is struct.error.
var ErrorType = pyutil.NewExceptionType("error", "", py.ExceptionType)

// structErrorf is a struct.error with a formatted message.
func structErrorf(format string, a ...any) error {
	return py.ExceptionNewf(ErrorType, format, a...)
}

// StructType is the Python type Struct.
var StructType = py.ObjectType.NewType("Struct", `Struct(format) -> Struct

A compiled format string: pack, unpack and friends without parsing the
format each time. help(struct) describes the format characters.`, structNew, nil)

// Struct is a compiled format.
type Struct struct {
	l *layout
}

// Type returns StructType.
func (*Struct) Type() *py.Type { return StructType }

// M__repr__ is CPython 3.6's "<Struct object at 0x...>".
func (s *Struct) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<Struct object at %p>", s)), nil
}

// UnpackIteratorType is the type of iter_unpack's iterators.
var UnpackIteratorType = py.ObjectType.NewType("unpack_iterator", "", nil, nil)

// unpackIterator yields one tuple per l.size bytes of data.
type unpackIterator struct {
	l    *layout
	data []byte
	pos  int
}

// Type returns UnpackIteratorType.
func (*unpackIterator) Type() *py.Type { return UnpackIteratorType }

// M__iter__ returns the iterator itself.
func (it *unpackIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ unpacks the next record.
func (it *unpackIterator) M__next__() (py.Object, error) {
	if it.pos+it.l.size > len(it.data) {
		return nil, py.StopIteration
	}
	t, err := it.l.unpackObject(it.data[it.pos : it.pos+it.l.size])
	it.pos += it.l.size
	return t, err
}

// method makes a method taking keywords. Every function of the module reads its args tuple only while it runs
// (iter_unpack keeps a copy of the buffer's bytes, never the tuple), so
// all carry vm.ArgsBorrowed: the loop passes them a view of its stack.
func method(name string, f func(py.Object, py.Tuple, py.StringDict) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, pyutil.Guard(f), vm.ArgsBorrowed, doc)
}

// positional makes a method that takes no keyword arguments: gpython
// then refuses keywords with CPython's "f() takes no keyword arguments"
// and makes no keyword dict per call (struct.unpack in a loop is hot).
func positional(name string, f func(py.Object, py.Tuple, py.StringDict) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return f(self, args, nil)
	}, vm.ArgsBorrowed, doc)
}

// init is the package's only init() (TestOneInit): file names decide
// nothing. It fills the size tables (format.go), then installs Struct's
// attributes and methods and registers the module.
func init() {
	// ObjectType.NewType leaves object as the metatype; type(X) is type in CPython.
	StructType.ObjectType = py.TypeType
	UnpackIteratorType.ObjectType = py.TypeType
	setupSizes()
	ErrorType.Dict["__module__"] = py.String("struct")
	StructType.Dict["format"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		l, err := layoutOfSelf(self, "format")
		if err != nil {
			return nil, err
		}
		return py.Bytes(l.format), nil
	}, Fset: readOnly("format"), Doc: "struct format string"}
	StructType.Dict["size"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		l, err := layoutOfSelf(self, "size")
		if err != nil {
			return nil, err
		}
		return py.Int(l.size), nil
	}, Fset: readOnly("size"), Doc: "struct size in bytes"}
	// __init__ compiles another format into an existing Struct, as
	// CPython's does (Struct(f) itself is compiled by structNew).
	StructType.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		st, ok := self.(*Struct)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor '__init__' requires a 'Struct' object but received a '%s'", pyutil.TypeName(self))
		}
		made, err := structNew(StructType, args, kwargs)
		if err != nil {
			return nil, err
		}
		st.l = made.(*Struct).l
		return py.None, nil
	}, 0, "Initialize self.  See help(type(self)) for accurate signature.")
	for _, m := range []*py.Method{
		positional("pack", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) != 0 {
				return nil, pyutil.TypeErrorf("pack() takes no keyword arguments")
			}
			l, err := layoutOfSelf(self, "pack")
			if err != nil {
				return nil, err
			}
			return l.packBytes(args)
		}, packDoc),
		positional("pack_into", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) != 0 {
				return nil, pyutil.TypeErrorf("pack_into() takes no keyword arguments")
			}
			l, err := layoutOfSelf(self, "pack_into")
			if err != nil {
				return nil, err
			}
			return l.packInto(args)
		}, packIntoDoc),
		positional("unpack", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := exactlyOne("unpack", args, kwargs); err != nil {
				return nil, err
			}
			l, err := layoutOfSelf(self, "unpack")
			if err != nil {
				return nil, err
			}
			return l.unpackAll(args[0])
		}, unpackDoc),
		py.MustNewMethod("unpack_from", Struct_unpack_from, vm.ArgsBorrowed, unpackFromDoc), // guards its own slow path
		positional("iter_unpack", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := exactlyOne("iter_unpack", args, kwargs); err != nil {
				return nil, err
			}
			l, err := layoutOfSelf(self, "iter_unpack")
			if err != nil {
				return nil, err
			}
			return l.iterUnpack(args[0])
		}, iterUnpackDoc),
	} {
		StructType.Dict[m.Name] = m
	}
	pyutil.IteratorMethods(UnpackIteratorType)
	UnpackIteratorType.Dict["__length_hint__"] = method("__length_hint__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		it := self.(*unpackIterator)
		return py.Int((len(it.data) - it.pos) / it.l.size), nil
	}, "__length_hint__() -> int\n\nHow many items the iterator still has to give (an estimate for len())")

	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "struct", Doc: moduleDoc},
		Methods: []*py.Method{
			positional("pack", struct_pack, "pack(fmt, v1, v2, ...) -> bytes\n\n"+packDoc),
			positional("pack_into", struct_pack_into, "pack_into(fmt, buffer, offset, v1, v2, ...)\n\n"+packIntoDoc),
			positional("unpack", struct_unpack, "unpack($module, format, buffer, /)\n--\n\n"+unpackDoc),
			method("unpack_from", struct_unpack_from, "unpack_from($module, format, /, buffer, offset=0)\n--\n\n"+unpackFromDoc),
			positional("iter_unpack", struct_iter_unpack, "iter_unpack($module, format, buffer, /)\n--\n\n"+iterUnpackDoc),
			positional("calcsize", struct_calcsize, "calcsize($module, format, /)\n--\n\nHow many bytes the format describes."),
			method("_clearcache", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
				clearCache()
				return py.None, nil
			}, "_clearcache() -> None\n\nForget the compiled format strings kept for reuse."),
		},
		Globals: py.StringDict{
			"error":  ErrorType,
			"Struct": StructType,
			"__all__": py.NewListFromItems([]py.Object{
				py.String("calcsize"), py.String("pack"), py.String("pack_into"),
				py.String("unpack"), py.String("unpack_from"), py.String("iter_unpack"),
				py.String("Struct"), py.String("error"),
			}),
		},
	})
}

const (
	packDoc       = "The values laid out as the format describes, as bytes."
	packIntoDoc   = "Lay the values out as the format describes, writing them into the\nwritable buffer at offset (which must be given)."
	unpackDoc     = "A tuple of the values the format describes, read from a buffer of\nexactly the format's size."
	unpackFromDoc = "A tuple of the values the format describes, read from the buffer\nstarting at offset; the buffer may be longer."
	iterUnpackDoc = "An iterator giving one tuple per consecutive record of the buffer, whose\nlength must be a whole number of records."
)

// structNew is Struct(format).
func structNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var format py.Object
	if n := len(args) + len(kwargs); n > 1 {
		return nil, pyutil.TypeErrorf("Struct() takes at most 1 argument (%d given)", n)
	}
	for k, v := range kwargs {
		if k != "format" {
			return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
		}
		format = v
	}
	if len(args) == 1 {
		format = args[0]
	}
	if format == nil {
		return nil, pyutil.TypeErrorf("Required argument 'format' (pos 1) not found")
	}
	l, err := layoutOf(format)
	if err != nil {
		return nil, err
	}
	return &Struct{l: l}, nil
}

// readOnly refuses to set a Struct attribute, in CPython's words.
func readOnly(name string) func(self, value py.Object) error {
	return func(self, value py.Object) error {
		return py.ExceptionNewf(py.AttributeError, "attribute '%s' of 'Struct' objects is not writable", name)
	}
}

// layoutOfSelf is the layout of a Struct method's self. Python
// subclasses of Struct are not supported (gpython makes their instances
// Python objects without the Go value): they get a TypeError.
func layoutOfSelf(self py.Object, name string) (*layout, error) {
	if s, ok := self.(*Struct); ok {
		return s.l, nil
	}
	return nil, pyutil.TypeErrorf("descriptor '%s' requires a 'Struct' object but received a '%s'", name, pyarg.TypeName(self))
}

// exactlyOne checks a Struct method's single argument.
func exactlyOne(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// newBuffer allocates a packed struct, as MemoryError when it cannot be.
func newBuffer(size int) ([]byte, error) {
	if size > 1<<32 {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	return make([]byte, size), nil
}

func (l *layout) packBytes(values py.Tuple) (py.Object, error) {
	if len(values) != l.nvalues {
		return nil, structErrorf("pack expected %d items for packing (got %d)", l.nvalues, len(values))
	}
	buf, err := newBuffer(l.size)
	if err != nil {
		return nil, err
	}
	if err := l.pack(buf, values); err != nil {
		return nil, err
	}
	return py.Bytes(buf), nil
}

func (l *layout) packInto(args py.Tuple) (py.Object, error) {
	if len(args) != l.nvalues+2 {
		switch len(args) {
		case 0:
			return nil, structErrorf("pack_into expected buffer argument")
		case 1:
			return nil, structErrorf("pack_into expected offset argument")
		}
		return nil, structErrorf("pack_into expected %d items for packing (got %d)", l.nvalues, len(args)-2)
	}
	w, err := pyarg.WritableBuffer(args[0], "argument")
	if err != nil {
		return nil, err
	}
	off, err := pyarg.IndexSize(args[1], py.IndexError)
	if err != nil {
		return nil, err
	}
	buf := w.WritableBytes()
	offset, ok := fitOffset(int64(off), len(buf), l.size)
	if !ok {
		return nil, structErrorf("pack_into requires a buffer of at least %d bytes", l.size)
	}
	if err := l.pack(buf[offset:offset+l.size], args[2:]); err != nil {
		return nil, err
	}
	return py.None, nil
}

// fitOffset applies a (possibly negative) offset into an n-byte buffer
// and checks that size bytes fit there.
func fitOffset(off int64, n, size int) (int, bool) {
	if off < 0 {
		off += int64(n)
	}
	if off < 0 || int64(n)-off < int64(size) {
		return 0, false
	}
	return int(off), true
}

func (l *layout) unpackAll(buffer py.Object) (py.Object, error) {
	data, err := pyutil.BytesLike(buffer)
	if err != nil {
		return nil, err
	}
	if len(data) != l.size {
		return nil, structErrorf("unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpackObject(data)
}

func (l *layout) unpackFrom(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) == 0 && len(args) == 2 {
		// unpack_from(buffer, offset), the shape of a loop over a buffer.
		return l.unpackAt(args[0], args[1])
	}
	if n := len(args) + len(kwargs); n > 2 {
		return nil, pyutil.TypeErrorf("unpack_from() takes at most 2 arguments (%d given)", n)
	}
	params := [2]py.Object{}
	copy(params[:], args)
	for k, v := range kwargs {
		i := map[string]int{"buffer": 0, "offset": 1}[k]
		if k != "buffer" && k != "offset" {
			return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
		}
		if i < len(args) {
			return nil, pyutil.TypeErrorf("Argument given by name ('%s') and position (%d)", k, i+1)
		}
		params[i] = v
	}
	if params[0] == nil {
		return nil, pyutil.TypeErrorf("Required argument 'buffer' (pos 1) not found")
	}
	return l.unpackAt(params[0], params[1])
}

// unpackAt is unpack_from of buffer at offset (nil for the default, 0),
// its arguments sorted out.
//
// An int offset and a bytes buffer, the shape of a loop over a buffer,
// are taken as they are, without the calls to the converters (which
// would return the same: their own first cases).
func (l *layout) unpackAt(buffer, offset py.Object) (py.Object, error) {
	var off int64
	switch o := offset.(type) {
	case nil:
	case py.Int:
		off = int64(o)
	default:
		v, err := pyarg.SsizeT(offset)
		if err != nil {
			return nil, err
		}
		off = int64(v)
	}
	data, ok := buffer.(py.Bytes)
	if !ok {
		var err error
		if data, err = pyutil.BytesLike(buffer); err != nil {
			return nil, err
		}
	}
	start, ok := fitOffset(off, len(data), l.size)
	if !ok {
		return nil, structErrorf("unpack_from requires a buffer of at least %d bytes", l.size)
	}
	return l.unpackObject(data[start : start+l.size])
}

// Struct_unpack_from is Struct.unpack_from, the call of a loop over a
// buffer. Its usual shape, (buffer, offset), goes to unpackAt directly
// and without pyutil.Guard's deferred recover, which cost about 90 of the
// 1,690 instructions of each turn of such a loop (bench/stdlib
// struct_speed.py unpack_from): unpackAt calls only the project's
// converters, which return errors rather than panic, and a Go method that
// panics all the same is still turned into SystemError by the
// interpreter's call paths (callGoMethod, callOp, Call). Every other
// shape goes through the guarded unpackFromGuarded, as methods
// registered with method() do.
func Struct_unpack_from(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if s, ok := self.(*Struct); ok && len(kwargs) == 0 && len(args) == 2 {
		return s.l.unpackAt(args[0], args[1])
	}
	return unpackFromGuarded(self, args, kwargs)
}

// unpackFromGuarded is Struct.unpack_from's general case.
var unpackFromGuarded = pyutil.Guard(func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	s, ok := self.(*Struct)
	if !ok {
		_, err := layoutOfSelf(self, "unpack_from")
		return nil, err
	}
	return s.l.unpackFrom(args, kwargs)
})

func (l *layout) iterUnpack(buffer py.Object) (py.Object, error) {
	if l.size == 0 {
		return nil, structErrorf("cannot iteratively unpack with a struct of length 0")
	}
	data, err := pyutil.BytesLike(buffer)
	if err != nil {
		return nil, err
	}
	if len(data)%l.size != 0 {
		return nil, structErrorf("iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
	}
	return &unpackIterator{l: l, data: append([]byte{}, data...)}, nil
}

// ---- module functions ----

func struct_pack(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("pack() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, pyutil.TypeErrorf("missing format argument")
	}
	l, err := layoutOf(args[0])
	if err != nil {
		return nil, err
	}
	return l.packBytes(args[1:])
}

func struct_pack_into(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("pack_into() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, pyutil.TypeErrorf("missing format argument")
	}
	l, err := layoutOf(args[0])
	if err != nil {
		return nil, err
	}
	return l.packInto(args[1:])
}

// twoArgs checks the (format, buffer) arguments of unpack and iter_unpack.
func twoArgs(name string, args py.Tuple, kwargs py.StringDict, msg string) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	if len(args) != 2 {
		return pyutil.TypeErrorf(msg, len(args))
	}
	return nil
}

func struct_unpack(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := twoArgs("unpack", args, kwargs, "unpack expected 2 arguments, got %d"); err != nil {
		return nil, err
	}
	l, err := layoutOf(args[0])
	if err != nil {
		return nil, err
	}
	return l.unpackAll(args[1])
}

func struct_iter_unpack(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := twoArgs("iter_unpack", args, kwargs, "iter_unpack() takes exactly 2 arguments (%d given)"); err != nil {
		return nil, err
	}
	l, err := layoutOf(args[0])
	if err != nil {
		return nil, err
	}
	return l.iterUnpack(args[1])
}

func struct_unpack_from(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, pyutil.TypeErrorf("Required argument 'format' (pos 1) not found")
	}
	l, err := layoutOf(args[0])
	if err != nil {
		return nil, err
	}
	return l.unpackFrom(args[1:], kwargs)
}

func struct_calcsize(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("calcsize() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("calcsize() takes exactly one argument (%d given)", len(args))
	}
	l, err := layoutOf(args[0])
	if err != nil {
		return nil, err
	}
	return py.Int(l.size), nil
}

// Unpack unpacks data with format as struct.unpack does; for Go callers
// and the fuzz test.
func Unpack(format, data []byte) (py.Tuple, error) {
	l, err := parseFormat(string(format))
	if err != nil {
		return nil, err
	}
	if len(data) != l.size {
		return nil, structErrorf("unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(data)
}

// Pack packs values with format as struct.pack does; for Go callers and
// the fuzz test.
func Pack(format []byte, values py.Tuple) (py.Bytes, error) {
	l, err := parseFormat(string(format))
	if err != nil {
		return nil, err
	}
	b, err := l.packBytes(values)
	if err != nil {
		return nil, err
	}
	return b.(py.Bytes), nil
}

// CalcSize is struct.calcsize of format.
func CalcSize(format []byte) (int, error) {
	l, err := parseFormat(string(format))
	if err != nil {
		return 0, err
	}
	return l.size, nil
}
