package pyarg

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// AsLong36 is CPython 3.6's PyLong_AsLong on an object a C function took
// with format "O" (socket.socket's fileno): an int as it is, anything
// else through its __int__, so a float truncates and a Decimal converts
// (3.10 accepts __index__ only); "an integer is required (got type str)"
// without one, "can't convert complex to int" for a complex, OverflowError
// "Python int too large to convert to C long" outside 64 bits.
func AsLong36(o py.Object) (int64, error) {
	v := pyutil.Unwrap(o)
	b := IntValue(v)
	if b == nil {
		if _, ok := v.(py.Complex); ok {
			return 0, pyutil.TypeErrorf("can't convert complex to int")
		}
		var ok bool
		var err error
		if b, ok, err = special(o, "__int__"); !ok {
			return 0, pyutil.TypeErrorf("an integer is required (got type %s)", TypeName(o))
		} else if err != nil {
			return 0, err
		}
	}
	if !b.IsInt64() {
		return 0, overflowf("Python int too large to convert to C long")
	}
	return b.Int64(), nil
}
