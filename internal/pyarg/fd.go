package pyarg

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// FileDescriptor converts a descriptor argument as CPython's
// PyObject_AsFileDescriptor does: an int, or an object whose fileno()
// returns one; TypeError for anything else, OverflowError "Python int too
// large to convert to C int" (_PyLong_AsInt) past 32 bits, ValueError for
// a negative descriptor.
func FileDescriptor(o py.Object) (int, error) {
	// ints only, as PyLong_Check: an object with __index__ alone is no
	// descriptor
	if IntValue(o) == nil {
		m, err := py.GetAttrString(o, "fileno")
		if err != nil {
			return 0, pyutil.TypeErrorf("argument must be an int, or have a fileno() method.")
		}
		if o, err = py.Call(m, nil, nil); err != nil {
			return 0, err
		}
		if IntValue(o) == nil {
			return 0, pyutil.TypeErrorf("fileno() returned a non-integer")
		}
	}
	fd, err := IntClinic(o)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}
