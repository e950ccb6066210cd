package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Views of other than one dimension, as CPython 3.6's memoryview has
// them: cast(format, shape) makes one from a C-contiguous view, and
// what 3.6 offers on them is offered here with its messages: tolist as
// nested lists, tobytes in C order, an item by a full tuple of indices,
// slices along the first dimension, and 0-dim views read and written
// through m[()] or m[...]. Sub-views (m[i] of a 2-D view) and slices in
// several dimensions are NotImplementedError, as in 3.6.
//
// A one-dimensional view keeps its (length, step) pair; nd marks a view
// described by shape and strides instead (strides in bytes, possibly
// negative, start being the byte offset of the first item).

// maxDims is 3.6's limit on a view's number of dimensions.
const maxDims = 64

// ndim is the number of dimensions.
func (m *MemoryView) ndim() int {
	if !m.nd {
		return 1
	}
	return len(m.shape)
}

// shapeOf is the shape, one entry a dimension.
func (m *MemoryView) shapeOf() []int {
	if !m.nd {
		return []int{m.length}
	}
	return m.shape
}

// stridesOf is the byte stride of each dimension.
func (m *MemoryView) stridesOf() []int {
	if !m.nd {
		return []int{m.step}
	}
	return m.strides
}

// count is the number of items the view holds (the product of its shape).
func (m *MemoryView) count() int {
	n := 1
	for _, d := range m.shapeOf() {
		n *= d
	}
	return n
}

// cContiguous reports items laid out in C order without gaps.
func (m *MemoryView) cContiguous() bool {
	if m.count() == 0 {
		return true
	}
	shape, strides := m.shapeOf(), m.stridesOf()
	want := m.size()
	for i := len(shape) - 1; i >= 0; i-- {
		if shape[i] > 1 && strides[i] != want {
			return false
		}
		want *= shape[i]
	}
	return true
}

// fContiguous reports items laid out in Fortran order without gaps.
func (m *MemoryView) fContiguous() bool {
	if m.count() == 0 {
		return true
	}
	shape, strides := m.shapeOf(), m.stridesOf()
	want := m.size()
	for i := range shape {
		if shape[i] > 1 && strides[i] != want {
			return false
		}
		want *= shape[i]
	}
	return true
}

// eachOffset calls f with the exporter offset of every item, in C order.
func (m *MemoryView) eachOffset(f func(p int) error) error {
	shape, strides := m.shapeOf(), m.stridesOf()
	var walk func(dim, p int) error
	walk = func(dim, p int) error {
		if dim == len(shape) {
			return f(p)
		}
		for i := 0; i < shape[dim]; i++ {
			if err := walk(dim+1, p+i*strides[dim]); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(0, m.start)
}

// ndBytes is BufferBytes for a view of shape and strides.
func (m *MemoryView) ndBytes() []byte {
	d := m.data()
	size := m.size()
	n := m.count()
	if m.cContiguous() {
		end := min(m.start+n*size, len(d))
		if m.start > end {
			return nil
		}
		return d[m.start:end]
	}
	out := make([]byte, 0, n*size)
	_ = m.eachOffset(func(p int) error {
		if p >= 0 && p+size <= len(d) {
			out = append(out, d[p:p+size]...)
		}
		return nil
	})
	return out
}

// itemAtN unpacks the item at exporter offset p.
func (m *MemoryView) itemAtN(p int) (py.Object, error) {
	d := m.data()
	size := m.size()
	if p < 0 || p+size > len(d) {
		return nil, py.ExceptionNewf(py.IndexError, "index out of bounds on dimension 1")
	}
	return unpackItem(m.fmt(), d[p:p+size])
}

// ndList is tolist(): nested lists, or the item itself for 0 dimensions.
func (m *MemoryView) ndList() (py.Object, error) {
	shape, strides := m.shapeOf(), m.stridesOf()
	var build func(dim, p int) (py.Object, error)
	build = func(dim, p int) (py.Object, error) {
		if dim == len(shape) {
			return m.itemAtN(p)
		}
		items := make([]py.Object, shape[dim])
		for i := range items {
			v, err := build(dim+1, p+i*strides[dim])
			if err != nil {
				return nil, err
			}
			items[i] = v
		}
		return py.NewListFromItems(items), nil
	}
	return build(0, m.start)
}

// isIndexKey is PyIndex_Check: an int, a bool or an object with __index__.
func isIndexKey(o py.Object) bool {
	if pyarg.IntValue(o) != nil {
		return true
	}
	if _, ok := o.(py.I__index__); ok {
		return true
	}
	return o.Type().Lookup("__index__") != nil
}

// multiIndex reports a tuple of indices only.
func multiIndex(key py.Object) (py.Tuple, bool) {
	t, ok := key.(py.Tuple)
	if !ok {
		return nil, false
	}
	for _, k := range t {
		if !isIndexKey(k) {
			return nil, false
		}
	}
	return t, true
}

// offsetOf is the exporter offset of the item a full tuple of indices
// names.
func (m *MemoryView) offsetOf(t py.Tuple) (int, error) {
	shape, strides := m.shapeOf(), m.stridesOf()
	if len(t) > len(shape) {
		return 0, pyutil.TypeErrorf("cannot index %d-dimension view with %d-element tuple", len(shape), len(t))
	}
	p := m.start
	for dim, k := range t {
		n, err := pyarg.IndexSize(pyutil.Unwrap(k), py.IndexError)
		if err != nil {
			return 0, err
		}
		if n < 0 {
			n += shape[dim]
		}
		if n < 0 || n >= shape[dim] {
			return 0, py.ExceptionNewf(py.IndexError, "index out of bounds on dimension %d", dim+1)
		}
		p += n * strides[dim]
	}
	return p, nil
}

// ndGetitem is m[key] for a view that is not one-dimensional, and for a
// tuple key on any view.
func (m *MemoryView) ndGetitem(key py.Object) (py.Object, error) {
	ndim := m.ndim()
	if ndim == 0 {
		if t, ok := key.(py.Tuple); ok && len(t) == 0 {
			return m.itemAtN(m.start)
		}
		if key == py.Ellipsis {
			return m, nil
		}
		return nil, pyutil.TypeErrorf("invalid indexing of 0-dim memory")
	}
	if isIndexKey(key) {
		return nil, py.ExceptionNewf(py.NotImplementedError, "multi-dimensional sub-views are not implemented")
	}
	if s, ok := key.(*py.Slice); ok {
		start, _, step, length, err := s.GetIndices(m.shape[0])
		if err != nil {
			return nil, err
		}
		v := *m
		v.hash = nil
		v.shape = append([]int(nil), m.shape...)
		v.strides = append([]int(nil), m.strides...)
		v.start = m.start + start*m.strides[0]
		v.shape[0] = length
		v.strides[0] = m.strides[0] * step
		registerView(&v)
		return &v, nil
	}
	if t, ok := multiIndex(key); ok {
		if len(t) < ndim {
			return nil, py.ExceptionNewf(py.NotImplementedError, "sub-views are not implemented")
		}
		p, err := m.offsetOf(t)
		if err != nil {
			return nil, err
		}
		return m.itemAtN(p)
	}
	if t, ok := key.(py.Tuple); ok && allSlices(t) {
		return nil, py.ExceptionNewf(py.NotImplementedError, "multi-dimensional slicing is not implemented")
	}
	return nil, pyutil.TypeErrorf("memoryview: invalid slice key")
}

// ndSetitem is m[key] = value for a view that is not one-dimensional,
// and for a tuple key on any view (the view is writable).
func (m *MemoryView) ndSetitem(key, value py.Object) (py.Object, error) {
	ndim := m.ndim()
	put := func(p int) (py.Object, error) {
		buf := make([]byte, m.size())
		if err := packItem(m.fmt(), value, buf); err != nil {
			return nil, err
		}
		copy(m.data()[p:p+m.size()], buf)
		return py.None, nil
	}
	if ndim == 0 {
		if t, ok := key.(py.Tuple); key == py.Ellipsis || ok && len(t) == 0 {
			return put(m.start)
		}
		return nil, pyutil.TypeErrorf("invalid indexing of 0-dim memory")
	}
	if isIndexKey(key) {
		return nil, py.ExceptionNewf(py.NotImplementedError, "sub-views are not implemented")
	}
	if t, ok := multiIndex(key); ok {
		if len(t) < ndim {
			return nil, py.ExceptionNewf(py.NotImplementedError, "sub-views are not implemented")
		}
		p, err := m.offsetOf(t)
		if err != nil {
			return nil, err
		}
		return put(p)
	}
	if _, ok := key.(*py.Slice); ok {
		return nil, py.ExceptionNewf(py.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
	}
	if t, ok := key.(py.Tuple); ok && allSlices(t) {
		return nil, py.ExceptionNewf(py.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
	}
	return nil, pyutil.TypeErrorf("memoryview: invalid slice key")
}

// sameShape reports views of equal dimensions and shape, which 3.6
// requires before it compares items.
func sameShape(a, b *MemoryView) bool {
	sa, sb := a.shapeOf(), b.shapeOf()
	if len(sa) != len(sb) {
		return false
	}
	for i := range sa {
		if sa[i] != sb[i] {
			return false
		}
	}
	return true
}

// castShape is cast()'s shape argument checked as 3.6 checks it: each
// entry an int above zero, their product times size the view's bytes.
func castShape(seq py.Tuple, size, nbytes int) ([]int, error) {
	shape := make([]int, len(seq))
	n := 1
	for i, o := range seq {
		o = pyutil.Unwrap(o)
		if pyarg.IntValue(o) == nil {
			return nil, pyutil.TypeErrorf("memoryview.cast(): elements of shape must be integers")
		}
		v, err := pyarg.SsizeT(o) // PyLong_AsSsize_t
		if err != nil {
			return nil, err
		}
		if v <= 0 {
			return nil, pyutil.ValueErrorf("memoryview.cast(): elements of shape must be integers > 0")
		}
		if n > (1<<62)/v {
			return nil, pyutil.ValueErrorf("memoryview.cast(): product(shape) > SSIZE_MAX")
		}
		n *= v
		shape[i] = v
	}
	if n*size != nbytes {
		return nil, pyutil.TypeErrorf("memoryview: product(shape) * itemsize != buffer size")
	}
	return shape, nil
}

// cStrides is the C-order strides of shape for items of size bytes.
func cStrides(shape []int, size int) []int {
	strides := make([]int, len(shape))
	s := size
	for i := len(shape) - 1; i >= 0; i-- {
		strides[i] = s
		s *= shape[i]
	}
	return strides
}

// BufferLayout is the item format and number of dimensions of o's
// buffer, as memoryview(o) would show them: "B" and 1 for bytes and
// bytearray, an array's own format, a view's format and dimensions.
func BufferLayout(o py.Object) (format string, ndim int) {
	switch v := pyutil.Unwrap(o).(type) {
	case *MemoryView:
		return v.fmt(), v.ndim()
	case FormattedBuffer:
		f, _ := v.BufferFormat()
		return f, 1
	}
	return "B", 1
}
