package pyarg

import (
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
// object, not bytes".
func WritableBuffer(o py.Object, what string) (pyutil.WritableBuffer, error) {
	if w, ok := o.(pyutil.WritableBuffer); ok {
		return w, nil
	}
	// A memoryview is writable when its exporter is.
	if v, ok := o.(interface {
		AsWritable() (pyutil.WritableBuffer, bool)
	}); ok {
		if w, ok := v.AsWritable(); ok {
			return w, nil
		}
	}
	return nil, pyutil.TypeErrorf("%s must be read-write bytes-like object, not %s", what, TypeName(o))
}
