package pyarg

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Double is a C double argument (format "d"): a float, an int (OverflowError
// "int too large to convert to float" when it has no float value), or an
// object with __float__ or __index__; anything else is TypeError "must be
// real number, not str".
func Double(o py.Object) (float64, error) {
	switch x := o.(type) {
	case py.Float:
		return float64(x), nil
	case py.Int:
		return float64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(x)).Float64()
		if math.IsInf(f, 0) {
			return 0, overflowf("int too large to convert to float")
		}
		return f, nil
	case py.I__float__:
		f, err := x.M__float__()
		if err != nil {
			return 0, err
		}
		if ff, ok := f.(py.Float); ok {
			return float64(ff), nil
		}
		return 0, pyutil.TypeErrorf("must be real number, not %s", TypeName(o))
	case py.I__index__:
		i, err := x.M__index__()
		return float64(i), err
	}
	return 0, pyutil.TypeErrorf("must be real number, not %s", TypeName(o))
}
