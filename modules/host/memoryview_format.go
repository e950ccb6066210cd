package host

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Item formats of a memoryview: the native single-character struct
// formats (x86-64 sizes, little-endian), as CPython 3.6's memoryview
// packs and unpacks them for indexing, tolist and cast.

// FormattedBuffer is an exporter whose items are not bytes (an
// array.array): BufferFormat gives the struct format and item size of
// BufferBytes.
type FormattedBuffer interface {
	pyutil.ReadableBuffer
	BufferFormat() (format string, itemsize int)
}

// writableExporter is an exporter a view may write through.
type writableExporter interface {
	WritableBytes() []byte
}

// readonlyExporter is a writable exporter that decides per object
// whether its views may write (an mmap opened with ACCESS_READ may not).
type readonlyExporter interface {
	BufferReadonly() bool
}

// checkedExporter is an exporter that may refuse a new view (a closed
// mmap), with the error BufferCheck returns.
type checkedExporter interface {
	BufferCheck() error
}

// itemSizes maps each format memoryview can cast to or index with to
// its native size.
var itemSizes = map[string]int{
	"b": 1, "B": 1, "c": 1, "?": 1,
	"h": 2, "H": 2,
	"i": 4, "I": 4, "f": 4,
	"l": 8, "L": 8, "q": 8, "Q": 8, "n": 8, "N": 8, "P": 8, "d": 8,
}

// nativeFormat strips an optional '@'; ok is false for any other format.
func nativeFormat(f string) (string, bool) {
	f = strings.TrimPrefix(f, "@")
	_, ok := itemSizes[f]
	return f, ok
}

// unpackItem is the Python value of one item of format f.
func unpackItem(f string, b []byte) (py.Object, error) {
	f = strings.TrimPrefix(f, "@")
	le := binary.LittleEndian
	switch f {
	case "b":
		return py.Int(int8(b[0])), nil
	case "B":
		return py.Int(b[0]), nil
	case "c":
		return py.Bytes{b[0]}, nil
	case "?":
		return py.NewBool(b[0] != 0), nil
	case "h":
		return py.Int(int16(le.Uint16(b))), nil
	case "H":
		return py.Int(le.Uint16(b)), nil
	case "i":
		return py.Int(int32(le.Uint32(b))), nil
	case "I":
		return py.Int(le.Uint32(b)), nil
	case "f":
		return py.Float(math.Float32frombits(le.Uint32(b))), nil
	case "d":
		return py.Float(math.Float64frombits(le.Uint64(b))), nil
	case "l", "q", "n":
		return py.Int(int64(le.Uint64(b))), nil
	case "L", "Q", "N", "P":
		v := le.Uint64(b)
		if v > math.MaxInt64 {
			return (*py.BigInt)(new(big.Int).SetUint64(v)), nil
		}
		return py.Int(v), nil
	}
	return nil, py.ExceptionNewf(py.NotImplementedError, "memoryview: format %s not supported", f)
}

// intRanges are the bounds of the integer formats.
var intRanges = map[string][2]*big.Int{
	"b": {big.NewInt(math.MinInt8), big.NewInt(math.MaxInt8)},
	"B": {big.NewInt(0), big.NewInt(math.MaxUint8)},
	"h": {big.NewInt(math.MinInt16), big.NewInt(math.MaxInt16)},
	"H": {big.NewInt(0), big.NewInt(math.MaxUint16)},
	"i": {big.NewInt(math.MinInt32), big.NewInt(math.MaxInt32)},
	"I": {big.NewInt(0), big.NewInt(math.MaxUint32)},
	"l": {big.NewInt(math.MinInt64), big.NewInt(math.MaxInt64)},
	"q": {big.NewInt(math.MinInt64), big.NewInt(math.MaxInt64)},
	"n": {big.NewInt(math.MinInt64), big.NewInt(math.MaxInt64)},
	"L": {big.NewInt(0), new(big.Int).SetUint64(math.MaxUint64)},
	"Q": {big.NewInt(0), new(big.Int).SetUint64(math.MaxUint64)},
	"N": {big.NewInt(0), new(big.Int).SetUint64(math.MaxUint64)},
	"P": {big.NewInt(0), new(big.Int).SetUint64(math.MaxUint64)},
}

// packItem writes v as one item of format f into out, with CPython 3.6's
// memoryview messages for a value of the wrong type or out of range.
func packItem(f string, v py.Object, out []byte) error {
	f = strings.TrimPrefix(f, "@")
	le := binary.LittleEndian
	badType := func() error { return pyutil.TypeErrorf("memoryview: invalid type for format '%s'", f) }
	badValue := func() error { return pyutil.ValueErrorf("memoryview: invalid value for format '%s'", f) }
	v = pyutil.Unwrap(v)
	switch f {
	case "c":
		b, ok := v.(py.Bytes)
		if !ok {
			return badType()
		}
		if len(b) != 1 {
			return badValue()
		}
		out[0] = b[0]
		return nil
	case "?":
		t, err := py.MakeBool(v)
		if err != nil {
			return err
		}
		out[0] = 0
		if t == py.True {
			out[0] = 1
		}
		return nil
	case "f", "d":
		x, err := pyarg.Double(v)
		if err != nil {
			return badType()
		}
		if f == "f" {
			if !math.IsInf(x, 0) && !math.IsNaN(x) && math.Abs(x) > math.MaxFloat32 {
				return badValue()
			}
			le.PutUint32(out, math.Float32bits(float32(x)))
		} else {
			le.PutUint64(out, math.Float64bits(x))
		}
		return nil
	}
	n, err := pyarg.Index(v)
	if err != nil {
		return badType()
	}
	r := intRanges[f]
	if n.Cmp(r[0]) < 0 || n.Cmp(r[1]) > 0 {
		return badValue()
	}
	pyutil.PutInt(out, n, le)
	return nil
}

// memoryviewCast is m.cast(format[, shape]) for one-dimensional results.
func memoryviewCast(m *MemoryView, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("cast", args, kwargs, []string{"format", "shape"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	fs, ok := a[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("memoryview: format argument must be a string")
	}
	if !m.cContiguous() {
		return nil, pyutil.TypeErrorf("memoryview: casts are restricted to C-contiguous views")
	}
	var shapeSeq py.Tuple
	if a[1] != nil {
		switch sh := a[1].(type) {
		case py.Tuple:
			shapeSeq = sh
		case *py.List:
			shapeSeq = append(py.Tuple(nil), sh.Items...)
		default:
			return nil, pyutil.TypeErrorf("shape must be a list or a tuple")
		}
	}
	if a[1] != nil || m.ndim() != 1 {
		for _, n := range m.shapeOf() {
			if n == 0 {
				return nil, pyutil.TypeErrorf("memoryview: cannot cast view with zeros in shape or strides")
			}
		}
	}
	if a[1] != nil {
		if m.ndim() != 1 && len(shapeSeq) != 1 {
			return nil, pyutil.TypeErrorf("memoryview: cast must be 1D -> ND or ND -> 1D")
		}
		if len(shapeSeq) > maxDims {
			return nil, pyutil.ValueErrorf("memoryview: number of dimensions must not exceed %d", maxDims)
		}
	}
	f, ok := nativeFormat(string(fs))
	if !ok {
		return nil, pyutil.ValueErrorf("memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	byteish := func(x string) bool {
		x = strings.TrimPrefix(x, "@")
		return x == "B" || x == "b" || x == "c"
	}
	if !byteish(m.format) && !byteish(f) {
		return nil, pyutil.TypeErrorf("memoryview: cannot cast between two non-byte formats")
	}
	size := itemSizes[f]
	nbytes := m.count() * m.itemsize
	if nbytes%size != 0 {
		return nil, pyutil.TypeErrorf("memoryview: length is not a multiple of itemsize")
	}
	v := &MemoryView{obj: m.obj, start: m.start, length: nbytes / size, step: size, itemsize: size, format: string(fs), exported: m.exported}
	if a[1] != nil {
		shape, err := castShape(shapeSeq, size, nbytes)
		if err != nil {
			return nil, err
		}
		if len(shape) != 1 {
			v.nd, v.shape, v.strides = true, shape, cStrides(shape, size)
		}
	}
	registerView(v)
	return v, nil
}

// itemAt is the item of m at byte position p of its exporter.
func (m *MemoryView) itemAt(p int) (py.Object, error) {
	d := m.data()
	if p < 0 || p+m.itemsize > len(d) {
		return nil, py.ExceptionNewf(py.IndexError, "index out of bounds on dimension 1")
	}
	return unpackItem(m.format, d[p:p+m.itemsize])
}

// items is every viewed item, unpacked (in C order).
func (m *MemoryView) items() ([]py.Object, error) {
	if m.nd {
		out := make([]py.Object, 0, m.count())
		err := m.eachOffset(func(p int) error {
			v, err := m.itemAtN(p)
			out = append(out, v)
			return err
		})
		return out, err
	}
	out := make([]py.Object, m.length)
	for i := range out {
		v, err := m.itemAt(m.start + i*m.step)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// exporterFormat is the format and item size of an exporter: array's
// own, bytes-like objects' "B".
func exporterFormat(o py.Object) (string, int) {
	if fb, ok := o.(FormattedBuffer); ok {
		return fb.BufferFormat()
	}
	return "B", 1
}

// setFormatted is m[key] = value for a view whose format is not "B".
func (m *MemoryView) setFormatted(d []byte, key, value py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, _, step, length, err := s.GetIndices(m.length)
		if err != nil {
			return nil, err
		}
		src, err := NewMemoryView(value)
		if err != nil {
			return nil, err
		}
		if src.fmt() != m.fmt() || src.length != length {
			return nil, pyutil.ValueErrorf("memoryview assignment: lvalue and rvalue have different structures")
		}
		raw := append([]byte(nil), src.BufferBytes()...)
		size := m.size()
		for i := 0; i < length; i++ {
			p := m.start + (start+i*step)*m.step
			copy(d[p:p+size], raw[i*size:(i+1)*size])
		}
		return py.None, nil
	}
	p, err := m.index(key)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, m.size())
	if err := packItem(m.fmt(), value, buf); err != nil {
		return nil, err
	}
	copy(d[p:p+m.size()], buf)
	return py.None, nil
}

// equalItems compares m with another buffer of a different format item
// by item (their values, as CPython's struct unpacking gives them).
func (m *MemoryView) equalItems(other py.Object) (py.Object, error) {
	o, err := NewMemoryView(other)
	if err != nil {
		return py.NotImplemented, nil
	}
	o = o.norm()
	if !sameShape(o, m) {
		return py.False, nil
	}
	mine, err := m.norm().items()
	if err != nil {
		return nil, err
	}
	theirs, err := o.items()
	if err != nil {
		return nil, err
	}
	for i := range mine {
		eq, err := py.Eq(mine[i], theirs[i])
		if err != nil {
			return nil, err
		}
		if eq != py.True {
			return py.False, nil
		}
	}
	return py.True, nil
}
