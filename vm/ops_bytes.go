package vm

import (
	"bytes"
	"math"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The bytes protocols that gpython's own bytes type lacks (it dispatches
// indexing, iteration and `in` on Go interfaces py.Bytes does not
// implement), applied by the loop.

// bytesIterator iterates over a bytes value, giving ints.
type bytesIterator struct {
	b    py.Bytes
	i    int
	done bool // it has raised StopIteration (its pickle no longer names b)
}

var bytesIteratorType = py.NewType("bytes_iterator", "")

func (it *bytesIterator) Type() *py.Type                { return bytesIteratorType }
func (it *bytesIterator) M__iter__() (py.Object, error) { return it, nil }
func (it *bytesIterator) M__next__() (py.Object, error) {
	if it.i >= len(it.b) {
		it.done = true
		return nil, py.StopIteration
	}
	v := py.Int(it.b[it.i])
	it.i++
	return v, nil
}

// bytesItem implements b[key] for an int index or a slice.
func bytesItem(b py.Bytes, key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		if err := checkSliceIndices(s); err != nil {
			return nil, err
		}
		start, _, step, n, err := s.GetIndices(len(b))
		if err != nil {
			return nil, err
		}
		if step == 1 {
			return py.Bytes(bytes.Clone(b[start : start+n])), nil
		}
		out := make(py.Bytes, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = b[j]
		}
		return out, nil
	}
	i, err := indexOf(key, "byte indices must be integers or slices, not %s")
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		return nil, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	return py.Int(b[i]), nil
}

// indexOf converts a subscript to an int with __index__, or raises
// TypeError with msg (one %s: the key's type name).
func indexOf(key py.Object, msg string) (int, error) {
	if n, ok := key.(py.Int); ok {
		return int(n), nil
	}
	if !isIndex(key) {
		return 0, py.ExceptionNewf(py.TypeError, msg, typeName(key))
	}
	n, err := indexValue(key)
	if err != nil {
		if py.IsException(py.OverflowError, err) {
			return 0, py.ExceptionNewf(py.IndexError, "cannot fit '%s' into an index-sized integer", typeName(key))
		}
		return 0, err
	}
	return n, nil
}

// bytesContains implements `x in b`: an int in 0..255 or a bytes-like
// sub-sequence.
func bytesContains(b py.Bytes, x py.Object) (bool, error) {
	switch v := x.(type) {
	case py.Bytes:
		return bytes.Contains(b, v), nil
	case py.Int, py.Bool, *py.BigInt:
		n, err := py.IndexInt(v)
		if err != nil || n < 0 || n > 255 {
			return false, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return bytes.IndexByte(b, byte(n)) >= 0, nil
	}
	if bb, ok := bufferBytes(x); ok {
		return bytes.Contains(b, bb), nil
	}
	if _, ok := x.(py.I__index__); ok {
		n, err := py.IndexInt(x)
		if err != nil || n < 0 || n > 255 {
			return false, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return bytes.IndexByte(b, byte(n)) >= 0, nil
	}
	return false, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", x.Type().Name)
}

// bufferBytes returns the bytes of a bytes-like object the project
// defines (bytearray, memoryview: anything with BufferBytes).
func bufferBytes(o py.Object) ([]byte, bool) {
	if b, ok := o.(interface{ BufferBytes() []byte }); ok {
		return b.BufferBytes(), true
	}
	return nil, false
}

// bytesRepeat implements b * n.
func bytesRepeat(b py.Bytes, n py.Object) (py.Object, error) {
	k, err := indexValue(n)
	if err != nil {
		if py.IsException(py.OverflowError, err) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return nil, err
	}
	if k <= 0 || len(b) == 0 {
		return py.Bytes{}, nil
	}
	if len(b) > math.MaxInt/k {
		return nil, py.ExceptionNewf(py.OverflowError, "repeated bytes are too long")
	}
	if err := pyutil.CheckAllocItems(k, len(b)); err != nil {
		return nil, err
	}
	return py.Bytes(bytes.Repeat(b, k)), nil
}

// bytesConcat implements b + other for bytes-like other, always into a
// fresh value (gpython's += appends in place into shared spare room).
func bytesConcat(b py.Bytes, other py.Object) (py.Object, bool) {
	var o []byte
	switch v := pyutil.Unwrap(other).(type) {
	case py.Bytes:
		o = v
	default:
		bb, ok := bufferBytes(v)
		if !ok {
			return nil, false
		}
		o = bb
	}
	return py.Bytes(concatBytes(b, o)), true // concat_buffer.go
}

// bytesCompare orders two bytes values; ok is false when other is not
// bytes.
func bytesCompare(a py.Bytes, other py.Object) (int, bool) {
	b, ok := other.(py.Bytes)
	if !ok {
		return 0, false
	}
	return bytes.Compare(a, b), true
}

// sliceSubscr is o[start:stop]: bytes, tuples, lists and ASCII str with
// int or None bounds are sliced directly; anything else through a slice
// object.
func sliceSubscr(o, start, stop py.Object) (py.Object, error) {
	start, stop = intBound(start), intBound(stop)
	var n int
	switch v := o.(type) {
	case py.Bytes:
		n = len(v)
	case py.Tuple:
		n = len(v)
	case *py.List:
		n = len(v.Items)
	case py.String:
		switch {
		case pyutil.IsASCII(string(v)):
			n = len(v)
		case hasSurrogates(string(v)):
			// A lone surrogate's three bytes are one code point.
			return GetItem(o, py.NewSlice(start, stop, py.None))
		default:
			n = utf8.RuneCountInString(string(v))
		}
	default:
		return GetItem(o, py.NewSlice(start, stop, py.None))
	}
	lo, ok1 := sliceBound(start, 0, n)
	hi, ok2 := sliceBound(stop, n, n)
	if !ok1 || !ok2 {
		return GetItem(o, py.NewSlice(start, stop, py.None))
	}
	if hi < lo {
		hi = lo
	}
	switch v := o.(type) {
	case py.Bytes:
		return bytesObject(v[lo:hi]), nil // fast_bytes_box.go
	case py.Tuple:
		return append(py.Tuple{}, v[lo:hi]...), nil
	case *py.List:
		return py.NewListFromItems(append([]py.Object{}, v.Items[lo:hi]...)), nil
	case py.String:
		if n == len(v) {
			return v[lo:hi], nil
		}
		return py.String(runeSlice(string(v), lo, hi)), nil
	}
	return nil, nil
}

// intBound is a slice bound as the slice keeps it: an instance of an int
// subclass (an IntEnum member) becomes its int value, which is what every
// sequence takes from it; anything else is unchanged.
func intBound(b py.Object) py.Object {
	if _, ok := b.(*py.Type); ok {
		if v, ok := pyutil.BuiltinValue(b); ok {
			switch v.(type) {
			case py.Int, *py.BigInt, py.Bool:
				return v
			}
		}
	}
	return b
}

// sliceBound clamps one bound of a step-1 slice of a length-n sequence;
// ok is false for a bound that is not None or an int.
func sliceBound(b py.Object, def, n int) (int, bool) {
	switch v := b.(type) {
	case py.NoneType:
		return def, true
	case py.Int:
		i := int(v)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		} else if i > n {
			i = n
		}
		return i, true
	}
	return 0, false
}

// checkSliceIndices refuses slice bounds that are not None, ints or
// __index__ objects, with CPython's message.
func checkSliceIndices(s *py.Slice) error {
	bad := func(v py.Object) bool { return v != nil && v != py.None && !isIndex(v) }
	if bad(s.Start) || bad(s.Stop) || bad(s.Step) {
		return errSliceIndices()
	}
	return nil
}

// indexValue is operator.index(o) as a Go int: ints, bools, big ints (an
// OverflowError past int64) and __index__ of Python classes.
func indexValue(o py.Object) (int, error) {
	if cls, ok := pythonClassOf(o); ok {
		m := cls.Lookup("__index__")
		if m == nil {
			return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", shortName(cls))
		}
		r, err := callMethod(o, m)
		if err != nil {
			return 0, err
		}
		switch r.(type) {
		case py.Int, py.Bool, *py.BigInt:
			return py.IndexInt(r)
		}
		return 0, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", typeName(r))
	}
	if !isIndex(o) {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", typeName(o))
	}
	return py.IndexInt(o)
}

// strIterator iterates a str's characters in one pass over its UTF-8
// (indexing each would cost a scan from the start).
type strIterator struct {
	s   string
	pos int
}

var strIteratorType = py.NewType("str_iterator", "")

func (it *strIterator) Type() *py.Type                { return strIteratorType }
func (it *strIterator) M__iter__() (py.Object, error) { return it, nil }
func (it *strIterator) M__next__() (py.Object, error) { return nextOrStop(it.next) }

func (it *strIterator) next() (py.Object, bool, error) {
	if it.pos >= len(it.s) {
		return nil, false, nil
	}
	if c := it.s[it.pos]; c < 0x80 {
		it.pos++
		return asciiChars[c], true, nil
	}
	_, n := pyutil.DecodeWTF8(it.s[it.pos:]) // a lone surrogate is one character
	c := it.s[it.pos : it.pos+n]
	it.pos += n
	return py.String(c), true, nil
}

// runeSlice is s[lo:hi] counted in code points (0 <= lo <= hi <= the
// count), each byte of invalid UTF-8 one code point as in a rune count.
func runeSlice(s string, lo, hi int) string {
	i, k := 0, 0
	for ; k < lo; k++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	j := i
	for ; k < hi; k++ {
		_, w := utf8.DecodeRuneInString(s[j:])
		j += w
	}
	return s[i:j]
}
