package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Size and position arguments of io.py's classes (issue 20, item 1).
//
// CPython's io classes take each size, offset and whence as a C type, so
// an int past that type is an OverflowError (or, for a buffered stream's
// offset, a ValueError) whose wording names the type. io.py checks its
// ints' range itself, and only an int outside 64 bits (or, for whence,
// 32) comes here: _io._arg(kind, value) converts value as kind says,
// through internal/pyarg, and raises the exception CPython 3.6 raises.
//
//	"n"     Py_ssize_t (format "n"): "Python int too large to convert to C ssize_t"
//	"index" PyNumber_AsSsize_t: "cannot fit 'int' into an index-sized integer"
//	"i"     C int (format "i"): "signed integer is greater than maximum", ...
//	"off"   PyNumber_AsOff_t: ValueError "cannot fit 'int' into an offset-sized integer"
//	"alloc" a byte count: MemoryError when the machine could not allocate it
func ioSizeArg(self py.Object, args py.Tuple) (py.Object, error) {
	var kindO, value py.Object
	if err := py.UnpackTuple(args, nil, "_arg", 2, 2, &kindO, &value); err != nil {
		return nil, err
	}
	kind, _ := kindO.(py.String)
	var n int
	var err error
	switch kind {
	case "n":
		n, err = pyarg.SsizeT(value)
	case "index":
		n, err = pyarg.IndexInt(value)
	case "i":
		n, err = pyarg.Int(value)
	case "off":
		var off int64
		off, err = offsetIndex(value)
		n = int(off)
	case "alloc":
		if n, err = pyarg.IndexInt(value); err == nil {
			err = pyutil.CheckAlloc(n)
		}
	default:
		return nil, pyutil.ValueErrorf("_arg: unknown kind %q", string(kind))
	}
	if err != nil {
		return nil, err
	}
	return py.Int(n), nil
}

// offsetIndex is a stream offset as CPython's buffered and text streams
// take it (PyNumber_AsOff_t with ValueError): __index__, and a value
// outside 64 bits is ValueError "cannot fit 'int' into an offset-sized
// integer".
func offsetIndex(o py.Object) (int64, error) {
	if v, ok := o.(py.Int); ok {
		return int64(v), nil
	}
	b, err := pyarg.Index(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, pyutil.ValueErrorf("cannot fit '%s' into an offset-sized integer", pyutil.TypeName(o))
	}
	return b.Int64(), nil
}
