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
// once the key has its int value; the message names given's type, the
// key as the subscript gave it (an object with __index__, an int
// subclass).
func indexOverflow(o, key, given py.Object, store bool) error {
	if b, ok := key.(*py.BigInt); !ok {
		return nil
	} else if _, err := b.Int(); err == nil {
		return nil // -2**63 fits: smallIndexKey made it an int
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
	return py.ExceptionNewf(py.IndexError, "cannot fit '%s' into an index-sized integer", typeName(given))
}

// smallIndexKey is key as a py.Int when it is a big int whose value fits
// one (arithmetic leaves -2**63 a big int), so that a sequence answers it
// as any other index, out of range rather than too large; otherwise key.
func smallIndexKey(key py.Object) py.Object {
	if b, ok := key.(*py.BigInt); ok {
		if i, err := b.Int(); err == nil {
			return i
		}
	}
	return key
}
