package hashlib

// Argument conversion: the project's converters (internal/pyarg), plus
// what is hashlib's own (the hashed data's messages).

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// hashData is the buffer a hash constructor or update() hashes, with
// CPython 3.6's messages for str and for non-buffers.
func hashData(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case py.Bytes:
		return []byte(v), nil
	case py.String:
		return nil, pyutil.TypeErrorf("Unicode-objects must be encoded before hashing")
	case pyutil.ReadableBuffer:
		return v.BufferBytes(), nil
	}
	return nil, pyutil.TypeErrorf("object supporting the buffer API required")
}

// bufferArg is a bytes-like argument ("y*").
func bufferArg(o py.Object) ([]byte, error) {
	return pyarg.BytesLike(o)
}

// cLong is a C long argument (format "l").
func cLong(o py.Object) (int64, error) {
	return pyarg.Long(o)
}

// cInt is a C int argument (format "i").
func cInt(o py.Object) (int64, error) {
	n, err := pyarg.Int(o)
	return int64(n), err
}
