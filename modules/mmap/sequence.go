package pymmap

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The sequence side of an mmap object: len(), m[i] (an int), m[i:j:k]
// (bytes), item and slice assignment, iteration (one-byte bytes objects,
// as CPython's sq_item gives), and the with statement.

// M__len__ is the size of the map.
func (m *Mmap) M__len__() (py.Object, error) {
	data, err := m.valid()
	if err != nil {
		return nil, err
	}
	return py.Int(len(data)), nil
}

// index converts an integer subscript to an offset within data, or fails
// with CPython's IndexError.
func index(key py.Object, size int) (int, error) {
	i, err := pyarg.IndexSize(key, py.IndexError)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += size
	}
	if i < 0 || i >= size {
		return 0, py.ExceptionNewf(py.IndexError, "mmap index out of range")
	}
	return i, nil
}

// M__getitem__ is m[i] and m[slice].
func (m *Mmap) M__getitem__(key py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	data, err := m.valid()
	if err != nil {
		return nil, err
	}
	if pyarg.IsInteger(key) {
		i, err := index(key, len(data))
		if err != nil {
			return nil, err
		}
		return guardFault(func() (py.Object, error) { return py.Int(data[i]), nil })
	}
	s, ok := key.(*py.Slice)
	if !ok {
		return nil, pyutil.TypeErrorf("mmap indices must be integers")
	}
	start, _, step, n, err := s.GetIndices(len(data))
	if err != nil {
		return nil, err
	}
	return guardFault(func() (py.Object, error) {
		out := make(py.Bytes, 0, max(n, 0))
		for k, j := 0, start; k < n; k, j = k+1, j+step {
			out = append(out, data[j])
		}
		return out, nil
	})
}

// M__setitem__ is m[i] = int and m[slice] = bytes-like of the slice's
// length.
func (m *Mmap) M__setitem__(key, value py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	data, err := m.valid()
	if err != nil {
		return nil, err
	}
	if err := m.writable(); err != nil {
		return nil, err
	}
	if pyarg.IsInteger(key) {
		i, err := index(key, len(data))
		if err != nil {
			return nil, err
		}
		if !pyarg.IsInteger(value) {
			return nil, pyutil.TypeErrorf("mmap item value must be an int")
		}
		v, err := pyarg.Index(value)
		if err != nil {
			return nil, err
		}
		if !v.IsInt64() || v.Int64() < 0 || v.Int64() > 255 {
			return nil, pyutil.ValueErrorf("mmap item value must be in range(0, 256)")
		}
		return guardFault(func() (py.Object, error) {
			data[i] = byte(v.Int64())
			return py.None, nil
		})
	}
	s, ok := key.(*py.Slice)
	if !ok {
		return nil, pyutil.TypeErrorf("mmap indices must be integer")
	}
	start, _, step, n, err := s.GetIndices(len(data))
	if err != nil {
		return nil, err
	}
	src, err := pyarg.BytesLike(value)
	if err != nil {
		return nil, err
	}
	if len(src) != max(n, 0) {
		return nil, py.ExceptionNewf(py.IndexError, "mmap slice assignment is wrong size")
	}
	src = append([]byte(nil), src...) // the source may be this map
	return guardFault(func() (py.Object, error) {
		for k, j := 0, start; k < n; k, j = k+1, j+step {
			data[j] = src[k]
		}
		return py.None, nil
	})
}

// M__delitem__ refuses, as CPython does.
func (m *Mmap) M__delitem__(key py.Object) (py.Object, error) {
	if _, err := m.valid(); err != nil {
		return nil, err
	}
	if err := m.writable(); err != nil {
		return nil, err
	}
	if _, ok := key.(*py.Slice); ok {
		return nil, pyutil.TypeErrorf("mmap object doesn't support slice deletion")
	}
	if pyarg.IsInteger(key) {
		if _, err := index(key, len(m.r.data)); err != nil {
			return nil, err
		}
		return nil, pyutil.TypeErrorf("mmap doesn't support item deletion")
	}
	return nil, pyutil.TypeErrorf("mmap indices must be integer")
}

// M__iter__ iterates over the map's bytes, each a one-byte bytes object.
func (m *Mmap) M__iter__() (py.Object, error) {
	return &iterator{m: m}, nil
}

// M__enter__ returns the map itself (ValueError once closed).
func (m *Mmap) M__enter__() (py.Object, error) {
	if _, err := m.valid(); err != nil {
		return nil, err
	}
	return m, nil
}

// M__exit__ closes the map.
func (m *Mmap) M__exit__(exc, value, tb py.Object) (py.Object, error) {
	if err := m.closable(); err != nil {
		return nil, err
	}
	m.close()
	return py.None, nil
}

// iteratorType is the type of iter(m).
var iteratorType = py.NewType("iterator", "")

// iterator walks an mmap by index, as the sequence protocol does: it
// sees writes and resizes made meanwhile, and stops at the end.
type iterator struct {
	m    *Mmap
	i    int
	done bool
}

// Type returns iteratorType.
func (*iterator) Type() *py.Type { return iteratorType }

// M__iter__ returns the iterator.
func (it *iterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ is the next byte, as a bytes object of length one.
func (it *iterator) M__next__() (res py.Object, err error) {
	if it.done {
		return nil, py.StopIteration
	}
	data, err := it.m.valid()
	if err != nil {
		return nil, err
	}
	if it.i >= len(data) {
		it.done = true
		return nil, py.StopIteration
	}
	return guardFault(func() (py.Object, error) {
		b := py.Bytes{data[it.i]}
		it.i++
		return b, nil
	})
}
