package pyutil

import (
	"encoding/binary"
	"math/big"

	"github.com/go-python/gpython/py"
)

// ReadableBuffer is implemented by Python objects that expose their contents
// as bytes without copying (the project's bytearray, for instance).
type ReadableBuffer interface {
	py.Object
	// BufferBytes returns the object's current contents. The slice may alias
	// the object's storage: callers must not keep it past the call.
	BufferBytes() []byte
}

// WritableBuffer is implemented by mutable Python buffers (bytearray) that
// recv_into, readinto and MemoryBIO-style APIs fill in place.
type WritableBuffer interface {
	ReadableBuffer
	// WritableBytes returns the storage to fill; writes land in the object.
	WritableBytes() []byte
}

// BytesLike returns the contents of a bytes-like object (bytes or any
// ReadableBuffer). what names the argument in the TypeError, CPython style:
// "a bytes-like object is required, not 'str'".
func BytesLike(o py.Object) ([]byte, error) {
	switch v := Unwrap(o).(type) {
	case py.Bytes:
		return []byte(v), nil
	case ReadableBuffer:
		return v.BufferBytes(), nil
	}
	return nil, TypeErrorf("a bytes-like object is required, not '%s'", TypeName(o))
}

// StrOrBytesLike returns a str argument's UTF-8 bytes or a bytes-like
// argument's contents.
func StrOrBytesLike(o py.Object) ([]byte, error) {
	if s, ok := o.(py.String); ok {
		return []byte(string(s)), nil
	}
	return BytesLike(o)
}

// PutInt stores n, already checked to fit, in dst as a two's-complement
// integer of len(dst) bytes (1, 2, 4 or 8) in the given byte order: the
// item store of array.array and of memoryview's integer formats.
func PutInt(dst []byte, n *big.Int, order binary.ByteOrder) {
	var u uint64
	if n.Sign() < 0 {
		u = uint64(n.Int64())
	} else {
		u = n.Uint64()
	}
	switch len(dst) {
	case 1:
		dst[0] = byte(u)
	case 2:
		order.PutUint16(dst, uint16(u))
	case 4:
		order.PutUint32(dst, uint32(u))
	default:
		order.PutUint64(dst, u)
	}
}
