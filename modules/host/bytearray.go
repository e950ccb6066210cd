package host

import (
	"bytes"
	"math"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// ByteArrayType is Python's bytearray, which gpython lacks: a mutable
// sequence of bytes. It is registered as the builtin name "bytearray".
var ByteArrayType = py.NewTypeX("bytearray", `bytearray(source=b'', encoding=None, errors='strict') -> bytearray

A mutable sequence of byte values. source may be an int (that many zero
bytes), a str together with an encoding, a buffer such as bytes, or an
iterable of ints in 0..255; with no argument the bytearray is empty.`, byteArrayNew, nil)

// ByteArray is a bytearray instance. It implements pyutil.WritableBuffer,
// so recv_into, readinto and MemoryBIO.write accept it.
type ByteArray struct {
	Data    []byte
	exports *Exports // live memoryviews, which forbid resizing
}

// Interfaces the bytearray satisfies.
var (
	_ pyutil.WritableBuffer = (*ByteArray)(nil)
	_ py.I__len__           = (*ByteArray)(nil)
	_ py.I__getitem__       = (*ByteArray)(nil)
	_ py.I__setitem__       = (*ByteArray)(nil)
	_ py.I__iter__          = (*ByteArray)(nil)
	_ py.I__contains__      = (*ByteArray)(nil)
	_ py.I__bool__          = (*ByteArray)(nil)
	_ py.I__add__           = (*ByteArray)(nil)
	_ py.I__radd__          = (*ByteArray)(nil)
	_ py.I__iadd__          = (*ByteArray)(nil)
	_ py.I__eq__            = (*ByteArray)(nil)
	_ py.I__ne__            = (*ByteArray)(nil)
)

// Type returns ByteArrayType.
func (b *ByteArray) Type() *py.Type { return ByteArrayType }

// BufferBytes returns the contents (aliased: do not keep past the call).
func (b *ByteArray) BufferBytes() []byte { return b.Data }

// WritableBytes returns the storage to fill in place.
func (b *ByteArray) WritableBytes() []byte { return b.Data }

// maxAlloc bounds the positions of in-memory streams (memio_fast.go);
// bytearray(n) and bytearray * n are bounded by pyutil.CheckAlloc, the
// machine's limit.
const maxAlloc = 1 << 30

// newFromSource builds the contents of bytearray(x) for a source that is
// not a str: an int size, a buffer, or an iterable of ints (also what
// slice assignment and extend store).
func newFromSource(x py.Object) ([]byte, error) {
	if _, isStr := x.(py.String); isStr {
		return nil, pyutil.TypeErrorf("cannot convert 'str' object to bytearray")
	}
	if hasIndex(x) {
		return zeroBytes(x, false)
	}
	b, _, err := iterableBytes(x, "byte")
	return b, err
}

// bytesFromSource is newFromSource for bytes(x), with bytes' messages:
// "bytes must be in range(0, 256)", "cannot convert 'X' object to bytes"
// when x does not iterate.
func bytesFromSource(x py.Object) ([]byte, error) {
	if hasIndex(x) {
		b, err := zeroBytes(x, true)
		if err == nil || !py.IsException(py.TypeError, err) {
			return b, err
		}
		// An __index__ that fails with TypeError: bytes goes on to try
		// the other conversions, as CPython does.
	}
	if _, isStr := x.(py.String); !isStr {
		b, notIterable, err := iterableBytes(x, "bytes")
		if !notIterable {
			return b, err
		}
	}
	return nil, pyutil.TypeErrorf("cannot convert '%s' object to bytes", pyutil.TypeName(x))
}

// bytesObjectSize is the header of CPython's bytes object (its fields up
// to the text, and the terminating NUL): bytes(n) with n past
// PY_SSIZE_T_MAX less it is OverflowError "byte string is too large".
const bytesObjectSize = 33

// zeroBytes is bytes(n) (isBytes) / bytearray(n): n zero bytes.
func zeroBytes(x py.Object, isBytes bool) ([]byte, error) {
	iv, err := asIndex(x)
	if err != nil {
		return nil, err
	}
	n, err := py.IndexInt(iv)
	if err != nil {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if n < 0 {
		return nil, pyutil.ValueErrorf("negative count")
	}
	if isBytes && n > math.MaxInt64-bytesObjectSize {
		return nil, py.ExceptionNewf(py.OverflowError, "byte string is too large")
	}
	// The machine's limit, as malloc's in CPython: bytes(2**31) makes
	// 2 GiB where the memory is there.
	if err := pyutil.CheckAlloc(n); err != nil {
		return nil, err
	}
	return make([]byte, n), nil
}

// iterableBytes copies a buffer or collects an iterable of ints (through
// the loop's iteration); what names the range error ("byte", "bytes").
// notIterable reports that err is vm.Iter's TypeError: x does not
// iterate at all.
func iterableBytes(x py.Object, what string) (b []byte, notIterable bool, err error) {
	switch v := x.(type) {
	case py.Bytes:
		return append([]byte(nil), v...), false, nil
	case *MemoryView:
		if err := v.check(); err != nil {
			return nil, false, err
		}
		return append([]byte(nil), v.BufferBytes()...), false, nil
	case pyutil.ReadableBuffer:
		return append([]byte(nil), v.BufferBytes()...), false, nil
	}
	it, err := vm.Iter(x)
	if err != nil {
		return nil, py.IsException(py.TypeError, err), err
	}
	out := []byte{}
	err = drain(it, func(item py.Object) (bool, error) {
		v, err := byteValueOf(item, what)
		out = append(out, v)
		return false, err
	})
	if err != nil {
		return nil, false, err
	}
	return out, false, nil
}

func byteArrayNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := textCtorArgs("bytearray", args, kwargs)
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		if a[1] != nil || a[2] != nil {
			return nil, pyutil.TypeErrorf("encoding or errors without sequence argument")
		}
		return &ByteArray{Data: []byte{}}, nil
	}
	if s, ok := a[0].(py.String); ok {
		if a[1] == nil {
			return nil, pyutil.TypeErrorf("string argument without an encoding")
		}
		c, h, err := codecArgs("bytearray", a[1], a[2])
		if err != nil {
			return nil, err
		}
		b, err := encode(string(s), c, h)
		if err != nil {
			return nil, err
		}
		return &ByteArray{Data: []byte(b)}, nil
	}
	if a[1] != nil || a[2] != nil {
		return nil, pyutil.TypeErrorf("encoding or errors without a string argument")
	}
	data, err := newFromSource(a[0])
	if err != nil {
		return nil, err
	}
	return &ByteArray{Data: data}, nil
}

// M__len__ returns the number of bytes.
func (b *ByteArray) M__len__() (py.Object, error) { return py.Int(len(b.Data)), nil }

// M__bool__ is true when the bytearray is not empty.
func (b *ByteArray) M__bool__() (py.Object, error) { return py.NewBool(len(b.Data) > 0), nil }

// M__repr__ renders bytearray(b'...').
func (b *ByteArray) M__repr__() (py.Object, error) {
	r, err := py.Bytes(b.Data).M__repr__()
	if err != nil {
		return nil, err
	}
	s := string(r.(py.String))
	if s[1] == '"' {
		// CPython's bytearray repr escapes ' even inside double quotes.
		s = `b"` + strings.ReplaceAll(s[2:len(s)-1], "'", `\'`) + `"`
	}
	return py.String("bytearray(" + s + ")"), nil
}

// M__str__ is the repr, as in CPython.
func (b *ByteArray) M__str__() (py.Object, error) { return b.M__repr__() }

// M__getitem__ indexes (an int) or slices (a new bytearray).
func (b *ByteArray) M__getitem__(key py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if s, ok := key.(*py.Slice); ok {
		start, _, step, n, err := s.GetIndices(len(b.Data))
		if err != nil {
			return nil, err
		}
		out := make([]byte, 0, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out = append(out, b.Data[j])
		}
		return &ByteArray{Data: out}, nil
	}
	if _, big := key.(*py.BigInt); !big {
		if _, err := py.Index(key); err != nil {
			return nil, pyutil.TypeErrorf("bytearray indices must be integers or slices, not %s", pyutil.TypeName(key))
		}
	}
	i, err := py.IndexInt(key)
	if err != nil {
		return nil, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	if i < 0 {
		i += len(b.Data)
	}
	if i < 0 || i >= len(b.Data) {
		return nil, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
	}
	return py.Int(b.Data[i]), nil
}

// byteValue checks an int stored into a bytearray.
func byteValue(o py.Object) (byte, error) { return byteValueOf(o, "byte") }

// byteValueOf converts an int (or __index__) item to a byte; what names
// the range error: "byte must be in range(0, 256)" (bytearray) or "bytes
// must be ..." (bytes).
func byteValueOf(o py.Object, what string) (byte, error) {
	iv, err := asIndex(o)
	if err != nil {
		return 0, err
	}
	v, err := py.IndexInt(iv)
	if err != nil || v < 0 || v > 255 {
		return 0, pyutil.ValueErrorf("%s must be in range(0, 256)", what)
	}
	return byte(v), nil
}

// M__setitem__ stores one byte (ba[i] = 65) or replaces a contiguous slice
// (ba[i:j] = b"..").
func (b *ByteArray) M__setitem__(key, value py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, n, err := s.GetIndices(len(b.Data))
		if err != nil {
			return nil, err
		}
		var src []byte
		switch pyutil.Unwrap(value).(type) {
		case py.Int, *py.BigInt, py.Bool, py.Float, py.Complex, py.String:
			return nil, pyutil.TypeErrorf("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		}
		if src, err = newFromSource(value); err != nil {
			return nil, err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			if len(src) != stop-start {
				if err := b.canResize(); err != nil {
					return nil, err
				}
			}
			tail := append([]byte(nil), b.Data[stop:]...)
			b.Data = append(append(b.Data[:start], src...), tail...)
			return py.None, nil
		}
		if len(src) == 0 {
			// an empty value deletes the slice's items, as in 3.6
			return b.M__delitem__(key)
		}
		if len(src) != n {
			return nil, pyutil.ValueErrorf("attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			b.Data[j] = src[i]
		}
		return py.None, nil
	}
	if !hasIndex(key) {
		return nil, pyutil.TypeErrorf("bytearray indices must be integers or slices, not %s", pyutil.TypeName(key))
	}
	i, err := py.IndexIntCheck(key, len(b.Data))
	if err != nil {
		if py.IsException(py.IndexError, err) {
			return nil, py.ExceptionNewf(py.IndexError, "bytearray index out of range")
		}
		return nil, err
	}
	v, err := byteValue(value)
	if err != nil {
		return nil, err
	}
	b.Data[i] = v
	return py.None, nil
}

// M__iter__ iterates over the byte values as ints.
func (b *ByteArray) M__iter__() (py.Object, error) { return &bytearrayIterator{b: b}, nil }

// M__contains__ accepts an int or a bytes-like subsequence.
func (b *ByteArray) M__contains__(item py.Object) (py.Object, error) {
	sub, err := needle(item)
	if err != nil {
		switch item.(type) {
		case py.Int, *py.BigInt, py.Bool:
			return nil, err // an int out of range(0, 256): ValueError
		}
		return nil, pyutil.TypeErrorf("a bytes-like object is required, not '%s'", pyutil.TypeName(item))
	}
	return py.NewBool(bytes.Contains(b.Data, sub)), nil
}

// M__add__ concatenates into a new bytearray.
func (b *ByteArray) M__add__(other py.Object) (py.Object, error) {
	o, err := pyutil.BytesLike(other)
	if err != nil {
		return nil, pyutil.TypeErrorf("can't concat %s to bytearray", pyutil.TypeName(other))
	}
	out := make([]byte, 0, len(b.Data)+len(o))
	return &ByteArray{Data: append(append(out, b.Data...), o...)}, nil
}

// M__radd__ makes bytes + bytearray a bytes object, as CPython does.
func (b *ByteArray) M__radd__(other py.Object) (py.Object, error) {
	o, ok := other.(py.Bytes)
	if !ok {
		return py.NotImplemented, nil
	}
	out := make([]byte, 0, len(b.Data)+len(o))
	return py.Bytes(append(append(out, o...), b.Data...)), nil
}

// M__iadd__ extends in place.
func (b *ByteArray) M__iadd__(other py.Object) (py.Object, error) {
	o, err := pyutil.BytesLike(other)
	if err != nil {
		return nil, pyutil.TypeErrorf("can't concat %s to bytearray", pyutil.TypeName(other))
	}
	if len(o) > 0 {
		if err := b.canResize(); err != nil {
			return nil, err
		}
	}
	b.Data = append(b.Data, o...)
	return b, nil
}

func (b *ByteArray) equal(other py.Object) (bool, bool) {
	switch o := other.(type) {
	case py.Bytes:
		return bytes.Equal(b.Data, o), true
	case *ByteArray:
		return bytes.Equal(b.Data, o.Data), true
	}
	return false, false
}

// M__eq__ compares with bytes or bytearray.
func (b *ByteArray) M__eq__(other py.Object) (py.Object, error) {
	if eq, ok := b.equal(other); ok {
		return py.NewBool(eq), nil
	}
	return py.NotImplemented, nil
}

// M__ne__ compares with bytes or bytearray.
func (b *ByteArray) M__ne__(other py.Object) (py.Object, error) {
	if eq, ok := b.equal(other); ok {
		return py.NewBool(!eq), nil
	}
	return py.NotImplemented, nil
}

func byteArrayAppend(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	ba, ok := self.(*ByteArray)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor 'append' requires a 'bytearray' object")
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("bytearray.append() takes exactly one argument (%d given)", len(args))
	}
	v, err := byteValue(args[0])
	if err != nil {
		return nil, err
	}
	if err := ba.canResize(); err != nil {
		return nil, err
	}
	ba.Data = append(ba.Data, v)
	return py.None, nil
}

func byteArrayExtend(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	ba, ok := self.(*ByteArray)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor 'extend' requires a 'bytearray' object")
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("bytearray.extend() takes exactly one argument (%d given)", len(args))
	}
	if _, isStr := args[0].(py.String); isStr {
		return nil, pyutil.TypeErrorf("expected iterable of integers; got: 'str'")
	}
	switch args[0].(type) {
	case py.Int, *py.BigInt:
		return nil, pyutil.TypeErrorf("can't extend bytearray with %s", pyutil.TypeName(args[0]))
	}
	if err := probeLength(args[0]); err != nil { // length_hint.go
		return nil, err
	}
	data, err := newFromSource(args[0])
	if err != nil {
		return nil, err
	}
	if len(data) > 0 {
		if err := ba.canResize(); err != nil {
			return nil, err
		}
	}
	ba.Data = append(ba.Data, data...)
	return py.None, nil
}

func byteArrayClear(self py.Object, args py.Tuple) (py.Object, error) {
	ba, ok := self.(*ByteArray)
	if !ok || len(args) != 0 {
		return nil, pyutil.TypeErrorf("bytearray.clear() takes no arguments")
	}
	if err := ba.canResize(); err != nil {
		return nil, err
	}
	ba.Data = ba.Data[:0]
	return py.None, nil
}

func byteArrayCopy(self py.Object, args py.Tuple) (py.Object, error) {
	ba, ok := self.(*ByteArray)
	if !ok || len(args) != 0 {
		return nil, pyutil.TypeErrorf("bytearray.copy() takes no arguments")
	}
	return mkByteArray(ba.Data), nil
}

func installByteArray() {
	ByteArrayType.Flags &^= py.TPFLAGS_READY
	if err := ByteArrayType.Ready(); err != nil {
		panic("host: cannot ready bytearray: " + strings.TrimSpace(err.Error()))
	}
	ByteArrayType.Dict["append"] = py.MustNewMethod("append", byteArrayAppend, 0, "append(item) -> None\n\nAdd one byte value (an int in 0..255) at the end.")
	ByteArrayType.Dict["extend"] = py.MustNewMethod("extend", byteArrayExtend, 0, "extend(iterable_of_ints) -> None\n\nAdd every byte value produced by the argument at the end.")
	ByteArrayType.Dict["clear"] = py.MustNewMethod("clear", byteArrayClear, 0, "clear() -> None\n\nMake the bytearray empty.")
	ByteArrayType.Dict["copy"] = py.MustNewMethod("copy", byteArrayCopy, 0, "Return a copy of B.")
	installByteArraySeq()
}
