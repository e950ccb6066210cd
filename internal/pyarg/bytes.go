package pyarg

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// BytesLike is a bytes-like argument (Py_buffer, format "y*"): bytes, or
// any object with a buffer (the project's bytearray and memoryview
// implement pyutil.ReadableBuffer); anything else is TypeError "a
// bytes-like object is required, not 'str'". The slice may alias a
// mutable buffer: use it before returning to Python.
func BytesLike(o py.Object) ([]byte, error) { return pyutil.BytesLike(o) }

// WritableBuffer is a read-write buffer argument (format "w*": recv_into,
// readinto, pack_into): a bytearray or other pyutil.WritableBuffer. what
// names the argument as CPython's TypeError does ("recv_into() argument
// 'buffer'", or just "argument"): "argument must be read-write bytes-like
// object, not bytes". An instance of a class derived from a writable
// type (bytearray, mmap.mmap) gives its value's buffer.
func WritableBuffer(o py.Object, what string) (pyutil.WritableBuffer, error) {
	v := pyutil.Unwrap(o)
	if w, ok := v.(pyutil.WritableBuffer); ok && !readonlyBuffer(v) {
		return w, nil
	}
	// A memoryview is writable when its exporter is.
	if v, ok := v.(interface {
		AsWritable() (pyutil.WritableBuffer, bool)
	}); ok {
		if w, ok := v.AsWritable(); ok {
			return w, nil
		}
	}
	// CPython names the type by its tp_name here, which for a type of a
	// module other than builtins carries the module ("mmap.mmap"), as
	// the Name of our Go types does.
	name := TypeName(o)
	if o != nil && strings.Contains(o.Type().Name, ".") {
		name = o.Type().Name
	}
	return nil, pyutil.TypeErrorf("%s must be read-write bytes-like object, not %s", what, name)
}

// readonlyBuffer tells whether o is a writable exporter that refuses
// writes for this object (an mmap opened with ACCESS_READ), as its
// buffer request with PyBUF_WRITABLE fails in CPython.
func readonlyBuffer(o py.Object) bool {
	r, ok := o.(interface{ BufferReadonly() bool })
	return ok && r.BufferReadonly()
}
