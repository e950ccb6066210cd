package pyarg

import (
	"math/big"

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
	b, err := int36(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, overflowf("Python int too large to convert to C long")
	}
	return b.Int64(), nil
}

// int36 is the integer 3.6's int conversions take from o: an int (or
// subclass) as it is, anything else through its __int__; the messages
// for a complex and for an object without __int__ as 3.6's.
func int36(o py.Object) (*big.Int, error) {
	v := pyutil.Unwrap(o)
	if b := IntValue(v); b != nil {
		return b, nil
	}
	if _, ok := v.(py.Complex); ok {
		return nil, pyutil.TypeErrorf("can't convert complex to int")
	}
	b, ok, err := special(o, "__int__")
	if !ok {
		return nil, pyutil.TypeErrorf("an integer is required (got type %s)", TypeName(o))
	}
	return b, err
}
