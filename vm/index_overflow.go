package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// indexOverflow is CPython's IndexError for subscripting a built-in
// sequence by an int too big for an index (a C Py_ssize_t): the sequence
// protocol converts the key before anything else looks at it, so even
// item assignment on a str or a tuple fails this way rather than with its
// "does not support item assignment". A range answers a lookup with its
// own out-of-range message (its length always fits). nil when key is not
// a big int or o is not such a sequence; GetItem, setItem and delItem ask
// once the key has its int value.
func indexOverflow(o, key py.Object, store bool) error {
	if _, ok := key.(*py.BigInt); !ok {
		return nil
	}
	switch o.(type) {
	case py.String, py.Bytes, py.Tuple, *py.List:
	case *py.Range:
		if !store {
			return py.ExceptionNewf(py.IndexError, "range object index out of range")
		}
	default:
		switch pyutil.TypeName(o) {
		case "bytearray":
		case "memoryview":
			if store {
				return nil // a read-only view refuses first
			}
		default:
			return nil
		}
	}
	return py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
}
