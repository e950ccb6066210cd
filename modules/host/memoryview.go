package host

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// memoryview over bytes and bytearray, as CPython 3.6's with format 'B':
// a window (start, length, step) on the exporter's bytes that indexing
// reads, slicing narrows, and assignment writes through when the
// exporter is a bytearray. release() or the end of a with block forbid
// further use.

// MemoryViewType is the builtins' memoryview.
var MemoryViewType = py.NewTypeX("memoryview", "memoryview(obj) -> memoryview\n\nA view of the bytes of a buffer object (bytes, bytearray, memoryview), without copying.", memoryViewNew, nil)

// MemoryView is a memoryview object.
type MemoryView struct {
	obj      py.Object // the exporter: bytes, *ByteArray or a FormattedBuffer
	start    int       // byte offset of the first item
	length   int       // number of items
	step     int       // bytes from one item to the next
	itemsize int       // 0 stands for 1 (format "B")
	format   string    // "" stands for "B"
	released bool
	hash     py.Object // hash(m) once computed: it outlives release()

	// nd marks a view of other than one dimension, whose items shape
	// and strides (bytes) describe instead of length and step
	// (memoryview_nd.go).
	nd      bool
	shape   []int
	strides []int

	// exported marks a view made by memoryview() or derived from one,
	// which counts among its exporter's exports (buffer_exports.go).
	exported bool
}

// Interfaces the memoryview satisfies.
var (
	_ pyutil.ReadableBuffer = (*MemoryView)(nil)
	_ py.I__getitem__       = (*MemoryView)(nil)
	_ py.I__delitem__       = (*MemoryView)(nil)
)

// Type implements py.Object.
func (m *MemoryView) Type() *py.Type { return MemoryViewType }

func init() {
	impl := py.GetModuleImpl("builtins")
	impl.Globals["memoryview"] = MemoryViewType
	d := MemoryViewType.Dict
	method := func(name, doc string, f func(m *MemoryView, args py.Tuple) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			m, ok := self.(*MemoryView)
			if !ok {
				if len(args) == 0 {
					return nil, pyutil.TypeErrorf("descriptor '%s' of 'memoryview' object needs an argument", name)
				}
				if m, ok = args[0].(*MemoryView); !ok {
					return nil, pyutil.TypeErrorf("descriptor '%s' requires a 'memoryview' object but received a '%s'", name, pyutil.TypeName(args[0]))
				}
				args = args[1:]
			}
			if name != "release" && name != "__exit__" {
				if err := m.check(); err != nil {
					return nil, err
				}
			}
			return f(m, args)
		}, 0, doc)
	}
	method("tobytes", "tobytes() -> bytes\n\nA bytes copy of the viewed memory.", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		return py.Bytes(m.BufferBytes()), noArgsM("tobytes", args)
	})
	method("tolist", "tolist() -> list\n\nThe viewed items, as a list of ints.", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		if m.nd {
			if err := noArgsM("tolist", args); err != nil {
				return nil, err
			}
			return m.ndList()
		}
		if m.fmt() != "B" {
			items, err := m.items()
			if err != nil {
				return nil, err
			}
			return py.NewListFromItems(items), noArgsM("tolist", args)
		}
		b := m.BufferBytes()
		items := make([]py.Object, len(b))
		for i, c := range b {
			items[i] = py.Int(c)
		}
		return py.NewListFromItems(items), noArgsM("tolist", args)
	})
	method("hex", "hex() -> str\n\nTwo lowercase hex digits for each viewed byte.", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		return py.String(fmt.Sprintf("%x", m.BufferBytes())), noArgsM("hex", args)
	})
	method("release", "release() -> None\n\nLet go of the viewed object; later use of the view raises ValueError.", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		m.released = true
		return py.None, noArgsM("release", args)
	})
	d["cast"] = py.MustNewMethod("cast", func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		m, ok := self.(*MemoryView)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor 'cast' requires a 'memoryview' object")
		}
		if err := m.check(); err != nil {
			return nil, err
		}
		return memoryviewCast(m.norm(), args, kwargs)
	}, 0, "cast(format[, shape]) -> memoryview\n\nThe same memory seen as items of another native format.")
	method("__enter__", "", func(m *MemoryView, args py.Tuple) (py.Object, error) { return m, nil })
	method("__exit__", "", func(m *MemoryView, args py.Tuple) (py.Object, error) {
		m.released = true
		return py.None, nil
	})
	attr := func(name string, f func(m *MemoryView) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			m := self.(*MemoryView)
			if err := m.check(); err != nil {
				return nil, err
			}
			return f(m), nil
		}}
	}
	attr("obj", func(m *MemoryView) py.Object { return m.obj })
	attr("nbytes", func(m *MemoryView) py.Object { return py.Int(m.count() * m.size()) })
	attr("readonly", func(m *MemoryView) py.Object { return py.NewBool(m.readonly()) })
	attr("itemsize", func(m *MemoryView) py.Object { return py.Int(m.size()) })
	attr("format", func(m *MemoryView) py.Object { return py.String(m.fmt()) })
	ints := func(v []int) py.Object {
		t := make(py.Tuple, len(v))
		for i, n := range v {
			t[i] = py.Int(n)
		}
		return t
	}
	attr("ndim", func(m *MemoryView) py.Object { return py.Int(m.ndim()) })
	attr("shape", func(m *MemoryView) py.Object { return ints(m.shapeOf()) })
	attr("strides", func(m *MemoryView) py.Object { return ints(m.stridesOf()) })
	attr("contiguous", func(m *MemoryView) py.Object { return py.NewBool(m.cContiguous() || m.fContiguous()) })
	attr("c_contiguous", func(m *MemoryView) py.Object { return py.NewBool(m.cContiguous()) })
	attr("f_contiguous", func(m *MemoryView) py.Object { return py.NewBool(m.fContiguous()) })
	attr("suboffsets", func(m *MemoryView) py.Object { return py.Tuple{} })
}

func memoryViewNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("memoryview", args, kwargs, []string{"object"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	m, err := NewMemoryView(a[0])
	if err != nil {
		return nil, err
	}
	m.exported = true
	registerView(m)
	return m, nil
}

// NewMemoryView is memoryview(obj).
func NewMemoryView(obj py.Object) (*MemoryView, error) {
	switch o := pyutil.Unwrap(obj).(type) {
	case py.Bytes:
		return &MemoryView{obj: o, length: len(o), step: 1}, nil
	case *ByteArray:
		return &MemoryView{obj: o, length: len(o.Data), step: 1}, nil
	case *MemoryView:
		if err := o.check(); err != nil {
			return nil, err
		}
		c := *o
		return &c, nil
	case FormattedBuffer:
		if c, ok := o.(checkedExporter); ok {
			if err := c.BufferCheck(); err != nil {
				return nil, err
			}
		}
		f, size := o.BufferFormat()
		return &MemoryView{obj: o, length: len(o.BufferBytes()) / size, step: size, itemsize: size, format: f}, nil
	}
	return nil, pyutil.TypeErrorf("memoryview: a bytes-like object is required, not '%s'", pyutil.TypeName(obj))
}

func (m *MemoryView) check() error {
	if m.released {
		return pyutil.ValueErrorf("operation forbidden on released memoryview object")
	}
	return nil
}

func (m *MemoryView) readonly() bool {
	if r, ok := m.obj.(readonlyExporter); ok {
		return r.BufferReadonly()
	}
	switch m.obj.(type) {
	case *ByteArray, writableExporter:
		return false
	}
	return true
}

// size is the item size, fmt the item format.
func (m *MemoryView) size() int {
	if m.itemsize == 0 {
		return 1
	}
	return m.itemsize
}

func (m *MemoryView) fmt() string {
	if m.format == "" {
		return "B"
	}
	return m.format
}

// norm is m with its format and item size spelled out.
func (m *MemoryView) norm() *MemoryView {
	c := *m
	c.itemsize, c.format = m.size(), m.fmt()
	return &c
}

// data is the exporter's whole buffer.
func (m *MemoryView) data() []byte {
	switch o := m.obj.(type) {
	case py.Bytes:
		return o
	case *ByteArray:
		return o.Data
	case writableExporter:
		if !m.readonly() {
			return o.WritableBytes()
		}
		// A read-only map has nothing to write through, but its bytes
		// are there to read.
		if r, ok := o.(pyutil.ReadableBuffer); ok {
			return r.BufferBytes()
		}
	case pyutil.ReadableBuffer:
		return o.BufferBytes()
	}
	return nil
}

// BufferBytes implements pyutil.ReadableBuffer: the viewed bytes (a copy
// when the view has a step).
func (m *MemoryView) BufferBytes() []byte {
	if m.released {
		return nil
	}
	if m.nd {
		return m.ndBytes()
	}
	d := m.data()
	size := m.size()
	if m.step == size {
		end := min(m.start+m.length*size, len(d))
		if m.start > end {
			return nil
		}
		return d[m.start:end]
	}
	out := make([]byte, 0, m.length*size)
	for i := 0; i < m.length; i++ {
		if p := m.start + i*m.step; p >= 0 && p+size <= len(d) {
			out = append(out, d[p:p+size]...)
		}
	}
	return out
}

// AsWritable is the view as a read-write buffer (recv_into, readinto):
// ok is false when the view is read-only, released or not contiguous,
// which a "w*" argument refuses as CPython does.
func (m *MemoryView) AsWritable() (pyutil.WritableBuffer, bool) {
	if m.released || m.readonly() || !m.cContiguous() {
		return nil, false
	}
	return writableView{m}, true
}

// writableView is a contiguous writable memoryview as a WritableBuffer.
type writableView struct{ *MemoryView }

func (w writableView) WritableBytes() []byte { return w.BufferBytes() }

// M__len__ is len(m).
func (m *MemoryView) M__len__() (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if m.nd {
		if len(m.shape) == 0 {
			return py.Int(1), nil
		}
		return py.Int(m.shape[0]), nil
	}
	return py.Int(m.length), nil
}

// index converts a subscript to a position in the exporter's buffer.
func (m *MemoryView) index(key py.Object) (int, error) {
	key = pyutil.Unwrap(key)
	if !pyarg.IsInteger(key) {
		return 0, pyutil.TypeErrorf("memoryview: invalid slice key")
	}
	n, err := pyarg.IndexSize(key, py.IndexError)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		n += m.length
	}
	if n < 0 || n >= m.length {
		return 0, py.ExceptionNewf(py.IndexError, "index out of bounds on dimension 1")
	}
	return m.start + n*m.step, nil
}

// M__getitem__ is m[i] (an int) or m[a:b:c] (a memoryview).
func (m *MemoryView) M__getitem__(key py.Object) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if _, tuple := key.(py.Tuple); m.nd || tuple {
		return m.ndGetitem(key)
	}
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, length, err := s.GetIndices(m.length)
		if err != nil {
			return nil, err
		}
		_ = stop
		v := &MemoryView{obj: m.obj, start: m.start + start*m.step, length: length, step: m.step * step,
			itemsize: m.itemsize, format: m.format, exported: m.exported}
		registerView(v)
		return v, nil
	}
	p, err := m.index(key)
	if err != nil {
		return nil, err
	}
	if m.fmt() != "B" {
		return m.itemAt(p)
	}
	return py.Int(m.data()[p]), nil
}

// M__setitem__ is m[i] = int or m[a:b] = bytes-like of the same length.
func (m *MemoryView) M__setitem__(key, value py.Object) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if m.readonly() {
		return nil, pyutil.TypeErrorf("cannot modify read-only memory")
	}
	if _, tuple := key.(py.Tuple); m.nd || tuple {
		return m.ndSetitem(key, value)
	}
	d := m.data()
	if m.fmt() != "B" {
		return m.setFormatted(d, key, value)
	}
	if s, ok := key.(*py.Slice); ok {
		start, _, step, length, err := s.GetIndices(m.length)
		if err != nil {
			return nil, err
		}
		src, err := pyutil.BytesLike(pyutil.Unwrap(value))
		if err != nil {
			return nil, pyutil.TypeErrorf("a bytes-like object is required, not '%s'", pyutil.TypeName(value))
		}
		if len(src) != length {
			return nil, pyutil.ValueErrorf("memoryview assignment: lvalue and rvalue have different structures")
		}
		src = append([]byte(nil), src...)
		for i := 0; i < length; i++ {
			d[m.start+(start+i*step)*m.step] = src[i]
		}
		return py.None, nil
	}
	p, err := m.index(key)
	if err != nil {
		return nil, err
	}
	b, err := pyarg.Index(pyutil.Unwrap(value))
	if err != nil {
		return nil, pyutil.TypeErrorf("memoryview: invalid type for format 'B'")
	}
	if !b.IsInt64() || b.Int64() < 0 || b.Int64() > 255 {
		return nil, pyutil.ValueErrorf("memoryview: invalid value for format 'B'")
	}
	d[p] = byte(b.Int64())
	return py.None, nil
}

// M__delitem__ is del m[key]: a view never changes its length, so
// 3.6 refuses every deletion, naming a read-only view's memory first
// ("cannot modify read-only memory") and a writable one's after ("cannot
// delete memory"); the key is not looked at.
func (m *MemoryView) M__delitem__(key py.Object) (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if m.readonly() {
		return nil, pyutil.TypeErrorf("cannot modify read-only memory")
	}
	return nil, pyutil.TypeErrorf("cannot delete memory")
}

// M__iter__ iterates the bytes as ints.
func (m *MemoryView) M__iter__() (py.Object, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	if m.nd {
		if len(m.shape) == 0 {
			return nil, pyutil.TypeErrorf("invalid indexing of 0-dim memory")
		}
		return nil, py.ExceptionNewf(py.NotImplementedError, "multi-dimensional sub-views are not implemented")
	}
	if m.fmt() != "B" {
		items, err := m.items()
		if err != nil {
			return nil, err
		}
		return py.NewIterator(py.Tuple(items)), nil
	}
	b := m.BufferBytes()
	items := make([]py.Object, len(b))
	for i, c := range b {
		items[i] = py.Int(c)
	}
	return py.NewIterator(py.Tuple(items)), nil
}

// M__eq__ compares the viewed bytes with another bytes-like object.
func (m *MemoryView) M__eq__(other py.Object) (py.Object, error) {
	if m == other {
		return py.True, nil
	}
	if m.released {
		return py.False, nil
	}
	o, err := pyutil.BytesLike(pyutil.Unwrap(other))
	if err != nil {
		return py.NotImplemented, nil
	}
	if om, ok := other.(*MemoryView); ok && om.released {
		return py.False, nil
	}
	if ov, err := NewMemoryView(other); err == nil && !sameShape(m.norm(), ov.norm()) {
		return py.False, nil
	}
	of, _ := exporterFormat(pyutil.Unwrap(other))
	if om, ok := other.(*MemoryView); ok {
		of = om.fmt()
	}
	if of != m.fmt() {
		// different formats compare item by item
		return m.equalItems(other)
	}
	return py.NewBool(string(m.BufferBytes()) == string(o)), nil
}

// M__ne__ is the negation of M__eq__.
func (m *MemoryView) M__ne__(other py.Object) (py.Object, error) {
	r, err := m.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r == py.False), nil
}

// M__hash__ is hash(m): a read-only view hashes as its bytes.
func (m *MemoryView) M__hash__() (py.Object, error) {
	if m.hash != nil {
		return m.hash, nil
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	if !m.readonly() {
		return nil, pyutil.ValueErrorf("cannot hash writable memoryview object")
	}
	if f := strings.TrimPrefix(m.fmt(), "@"); f != "B" && f != "b" && f != "c" {
		return nil, pyutil.ValueErrorf("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
	}
	h, err := vm.Hash(py.Bytes(m.BufferBytes()))
	if err != nil {
		return nil, err
	}
	m.hash = py.Int(h)
	return m.hash, nil
}

// allSlices reports a subscript of slices only (m[a:b, c:d]), which 3.6
// refuses as multi-dimensional.
func allSlices(t py.Tuple) bool {
	for _, k := range t {
		if _, ok := k.(*py.Slice); !ok {
			return false
		}
	}
	return len(t) > 0
}

// M__repr__ is CPython's "<memory at 0x...>" (or "<released memory ...>").
func (m *MemoryView) M__repr__() (py.Object, error) {
	state := "memory"
	if m.released {
		state = "released memory"
	}
	return py.String(fmt.Sprintf("<%s at %p>", state, m)), nil
}

// M__str__ is the repr.
func (m *MemoryView) M__str__() (py.Object, error) { return m.M__repr__() }
