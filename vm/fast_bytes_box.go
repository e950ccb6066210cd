package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
)

// Small bytes objects in one allocation.
//
// A py.Bytes is a slice header; a py.Object holding one points to a heap
// copy of the header, so a new bytes value (data[j:j + 32]) costs two
// allocations: its contents and its boxed header. bytesObject makes the
// small ones in one: a cell holding the header followed by the contents
// it points to, with the interface's data word pointing to the cell's
// header. That is the layout Go itself gives a boxed value (a pointer to
// an immutable copy); the cell is never written again, and the
// collector keeps it whole through the interior pointers.

// bytesCell is a boxed py.Bytes header with room for its contents.
type bytesCell[A any] struct {
	hdr py.Bytes
	buf A
}

// bytesObject returns a new bytes object with a copy of b.
func bytesObject(b []byte) py.Object {
	switch n := len(b); {
	case n == 0:
		return py.Bytes([]byte{})
	case n <= 16:
		return boxBytesIn[[16]byte](b)
	case n <= 40:
		return boxBytesIn[[40]byte](b)
	case n <= 104:
		return boxBytesIn[[104]byte](b)
	}
	return py.Bytes(append([]byte(nil), b...))
}

// boxBytesIn copies b, no longer than an A, into a new cell and returns
// the cell's header as a py.Object.
func boxBytesIn[A any](b []byte) py.Object {
	p := new(bytesCell[A])
	buf := unsafe.Slice((*byte)(unsafe.Pointer(&p.buf)), len(b))
	copy(buf, b)
	p.hdr = buf
	return pybox.Make(pybox.BytesTable, unsafe.Pointer(&p.hdr))
}
