package pypwd

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// IDRange says how a Python integer fits a uid_t or gid_t (32 bits on
// Linux).
type IDRange int

// The outcomes of ConvertID.
const (
	IDOK      IDRange = iota // it fits
	IDTooLow                 // CPython's "... is less than minimum"
	IDTooHigh                // CPython's "... is greater than maximum"
)

// ConvertID converts o to a uid_t or gid_t as CPython 3.6's
// _Py_Uid_Converter and _Py_Gid_Converter do. o must have __index__ (or
// the error is TypeError "<kind> should be integer, not T"). -1 stands for
// (id_t)-1; other negatives are too low, and so, as 3.6 reports it, is a
// value that fits a C long but not 32 bits; a value beyond a C long is
// too high.
func ConvertID(o py.Object, kind string) (uint32, IDRange, error) {
	var v *big.Int
	if pyarg.IsInteger(o) {
		var err error
		if v, err = pyarg.Index(o); err != nil {
			return 0, 0, err
		}
	} else {
		return 0, 0, pyutil.TypeErrorf("%s should be integer, not %s", kind, pyarg.TypeName(o))
	}
	if !v.IsInt64() {
		if v.Sign() < 0 {
			return 0, IDTooLow, nil
		}
		return 0, IDTooHigh, nil
	}
	n := v.Int64()
	switch {
	case n == -1:
		return math.MaxUint32, IDOK, nil
	case n < 0, n > math.MaxUint32:
		return 0, IDTooLow, nil
	}
	return uint32(n), IDOK, nil
}

// IDObject is the Python int CPython shows for an id: (id_t)-1 as -1,
// everything else unsigned.
func IDObject(id uint32) py.Object {
	if id == math.MaxUint32 {
		return py.Int(-1)
	}
	return py.Int(id)
}

// IDRangeError is the OverflowError of a conversion that does not fit.
func IDRangeError(kind string, r IDRange) error {
	if r == IDTooLow {
		return py.ExceptionNewf(py.OverflowError, "%s is less than minimum", kind)
	}
	return py.ExceptionNewf(py.OverflowError, "%s is greater than maximum", kind)
}
