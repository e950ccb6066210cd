package host

import (
	"bytes"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// bytearray as a mutable sequence, the part of CPython's protocol that
// bytearray.go leaves out: ordering, repetition, % formatting, item and
// slice deletion, pop, insert, remove and reverse.

// Interfaces the bytearray satisfies besides bytearray.go's.
var (
	_ py.I__lt__      = (*ByteArray)(nil)
	_ py.I__le__      = (*ByteArray)(nil)
	_ py.I__gt__      = (*ByteArray)(nil)
	_ py.I__ge__      = (*ByteArray)(nil)
	_ py.I__mul__     = (*ByteArray)(nil)
	_ py.I__rmul__    = (*ByteArray)(nil)
	_ py.I__imul__    = (*ByteArray)(nil)
	_ py.I__mod__     = (*ByteArray)(nil)
	_ py.I__delitem__ = (*ByteArray)(nil)
)

// installByteArraySeq adds the mutable-sequence methods.
func installByteArraySeq() {
	ByteArrayType.Dict["pop"] = py.MustNewMethod("pop", byteArrayPop, 0, "pop(index=-1) -> int\n\nDelete the byte at index (the last one by default) and hand back its value.")
	ByteArrayType.Dict["insert"] = py.MustNewMethod("insert", byteArrayInsert, 0, "insert(index, item) -> None\n\nPut one byte value in front of position index.")
	ByteArrayType.Dict["remove"] = py.MustNewMethod("remove", byteArrayRemove, 0, "remove(value) -> None\n\nDelete the first byte equal to value; ValueError when there is none.")
	ByteArrayType.Dict["reverse"] = py.MustNewMethod("reverse", byteArrayReverse, 0, "reverse() -> None\n\nTurn the bytearray back to front, in place.")
}

// order compares with a bytes-like other; ok is false for other types
// (the comparison is then NotImplemented).
func (b *ByteArray) order(other py.Object) (c int, ok bool) {
	switch o := other.(type) {
	case py.Bytes:
		return bytes.Compare(b.Data, o), true
	case pyutil.ReadableBuffer:
		return bytes.Compare(b.Data, o.BufferBytes()), true
	}
	return 0, false
}

func (b *ByteArray) compare(other py.Object, holds func(int) bool) (py.Object, error) {
	if c, ok := b.order(other); ok {
		return py.NewBool(holds(c)), nil
	}
	return py.NotImplemented, nil
}

// M__lt__ orders bytearray against bytes-like objects.
func (b *ByteArray) M__lt__(other py.Object) (py.Object, error) {
	return b.compare(other, func(c int) bool { return c < 0 })
}

// M__le__ orders bytearray against bytes-like objects.
func (b *ByteArray) M__le__(other py.Object) (py.Object, error) {
	return b.compare(other, func(c int) bool { return c <= 0 })
}

// M__gt__ orders bytearray against bytes-like objects.
func (b *ByteArray) M__gt__(other py.Object) (py.Object, error) {
	return b.compare(other, func(c int) bool { return c > 0 })
}

// M__ge__ orders bytearray against bytes-like objects.
func (b *ByteArray) M__ge__(other py.Object) (py.Object, error) {
	return b.compare(other, func(c int) bool { return c >= 0 })
}

// repeated is b.Data n times, for an integer (or __index__) n; a
// negative count gives nothing. Other types: CPython's TypeError, or
// NotImplemented for an instance of a Python class (its __rmul__ may
// answer).
func (b *ByteArray) repeated(n py.Object) ([]byte, error) {
	if !hasIndex(n) {
		if _, ok := instanceClass(n); ok {
			return nil, nil
		}
		return nil, pyutil.TypeErrorf("can't multiply sequence by non-int of type '%s'", pyutil.TypeName(n))
	}
	iv, err := asIndex(n)
	if err != nil {
		return nil, err
	}
	k, err := py.IndexInt(iv)
	if err != nil {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if k <= 0 || len(b.Data) == 0 {
		return []byte{}, nil
	}
	if err := pyutil.CheckAllocItems(k, len(b.Data)); err != nil {
		return nil, err
	}
	return bytes.Repeat(b.Data, k), nil
}

// M__mul__ is bytearray * n: a new bytearray.
func (b *ByteArray) M__mul__(n py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	data, err := b.repeated(n)
	if err != nil || data == nil {
		return py.NotImplemented, err
	}
	return &ByteArray{Data: data}, nil
}

// M__rmul__ is n * bytearray.
func (b *ByteArray) M__rmul__(n py.Object) (py.Object, error) { return b.M__mul__(n) }

// M__imul__ is bytearray *= n, in place.
func (b *ByteArray) M__imul__(n py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	data, err := b.repeated(n)
	if err != nil || data == nil {
		return py.NotImplemented, err
	}
	if len(data) != len(b.Data) {
		if err := b.canResize(); err != nil {
			return nil, err
		}
	}
	b.Data = data
	return b, nil
}

// M__mod__ is printf-style formatting: the loop's bytes % (vm.Mod), the
// result a bytearray.
func (b *ByteArray) M__mod__(values py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	r, err := vm.Mod(py.Bytes(bytes.Clone(b.Data)), values)
	if err != nil {
		return nil, err
	}
	if out, ok := r.(py.Bytes); ok {
		return &ByteArray{Data: []byte(out)}, nil
	}
	return r, nil
}

// M__delitem__ deletes one byte (del ba[i]) or a slice (del ba[i:j:k]).
func (b *ByteArray) M__delitem__(key py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if s, ok := key.(*py.Slice); ok {
		start, _, step, n, err := s.GetIndices(len(b.Data))
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return py.None, nil
		}
		if err := b.canResize(); err != nil {
			return nil, err
		}
		if step < 0 {
			// The same positions, walked upwards.
			start, step = start+(n-1)*step, -step
		}
		if step == 1 {
			b.Data = append(b.Data[:start], b.Data[start+n:]...)
			return py.None, nil
		}
		out := b.Data[:start]
		for i := start; i < len(b.Data); i++ {
			if i-start >= n*step || (i-start)%step != 0 {
				out = append(out, b.Data[i])
			}
		}
		b.Data = out
		return py.None, nil
	}
	i, err := b.index(key)
	if err != nil {
		return nil, err
	}
	if err := b.canResize(); err != nil {
		return nil, err
	}
	b.Data = append(b.Data[:i], b.Data[i+1:]...)
	return py.None, nil
}

// index converts a subscript to a position inside the bytearray, with
// CPython's errors.
func (b *ByteArray) index(key py.Object) (int, error) {
	if !hasIndex(key) {
		return 0, pyutil.TypeErrorf("bytearray indices must be integers or slices, not %s", pyutil.TypeName(key))
	}
	iv, err := asIndex(key)
	if err != nil {
		return 0, err
	}
	i, err := py.IndexInt(iv)
	if err != nil {
		return 0, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	if i < 0 {
		i += len(b.Data)
	}
	if i < 0 || i >= len(b.Data) {
		return 0, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
	}
	return i, nil
}

// byteArraySelf extracts the receiver of a bytearray method.
func byteArraySelf(name string, self py.Object, kwargs py.StringDict) (*ByteArray, error) {
	ba, ok := self.(*ByteArray)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor '%s' requires a 'bytearray' object", name)
	}
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	return ba, nil
}

// ssize converts an index argument as CPython's "n" format does.
func ssize(o py.Object) (int, error) {
	iv, err := asIndex(o)
	if err != nil {
		return 0, err
	}
	i, err := py.IndexInt(iv)
	if err != nil {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return i, nil
}

func byteArrayPop(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	ba, err := byteArraySelf("pop", self, kwargs)
	if err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, pyutil.TypeErrorf("pop() takes at most 1 argument (%d given)", len(args))
	}
	i := -1
	if len(args) == 1 {
		if i, err = ssize(args[0]); err != nil {
			return nil, err
		}
	}
	n := len(ba.Data)
	if n == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "pop from empty bytearray")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
	}
	if err := ba.canResize(); err != nil {
		return nil, err
	}
	v := ba.Data[i]
	ba.Data = append(ba.Data[:i], ba.Data[i+1:]...)
	return py.Int(v), nil
}

func byteArrayInsert(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	ba, err := byteArraySelf("insert", self, kwargs)
	if err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("insert expected 2 arguments, got %d", len(args))
	}
	i, err := ssize(args[0])
	if err != nil {
		return nil, err
	}
	v, err := byteValue(args[1])
	if err != nil {
		return nil, err
	}
	n := len(ba.Data)
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	if err := ba.canResize(); err != nil {
		return nil, err
	}
	ba.Data = append(ba.Data, 0)
	copy(ba.Data[i+1:], ba.Data[i:n])
	ba.Data[i] = v
	return py.None, nil
}

func byteArrayRemove(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	ba, err := byteArraySelf("remove", self, kwargs)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("remove() takes exactly one argument (%d given)", len(args))
	}
	v, err := byteValue(args[0])
	if err != nil {
		return nil, err
	}
	i := bytes.IndexByte(ba.Data, v)
	if i < 0 {
		return nil, pyutil.ValueErrorf("value not found in bytearray")
	}
	if err := ba.canResize(); err != nil {
		return nil, err
	}
	ba.Data = append(ba.Data[:i], ba.Data[i+1:]...)
	return py.None, nil
}

func byteArrayReverse(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	ba, err := byteArraySelf("reverse", self, kwargs)
	if err != nil {
		return nil, err
	}
	if len(args) != 0 {
		return nil, pyutil.TypeErrorf("reverse() takes no arguments (%d given)", len(args))
	}
	for i, j := 0, len(ba.Data)-1; i < j; i, j = i+1, j-1 {
		ba.Data[i], ba.Data[j] = ba.Data[j], ba.Data[i]
	}
	return py.None, nil
}
