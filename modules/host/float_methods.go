package host

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// isBytesOrStr reports whether o is a bytes or str value, which float()
// and int() read as text themselves.
func isBytesOrStr(o py.Object) bool {
	switch o.(type) {
	case py.Bytes, py.String:
		return true
	}
	return false
}

func init() {
	// float.is_integer: an infinity or a NaN is no integer (gpython's
	// said True for an infinity).
	py.FloatType.Dict["is_integer"] = py.MustNewMethod("is_integer", func(self py.Object) (py.Object, error) {
		f, ok := pyutil.Unwrap(self).(py.Float)
		if !ok {
			return nil, pyutil.TypeErrorf("descriptor 'is_integer' requires a 'float' object but received a '%s'", pyutil.TypeName(self))
		}
		x := float64(f)
		return py.NewBool(!math.IsInf(x, 0) && !math.IsNaN(x) && x == math.Trunc(x)), nil
	}, 0, "is_integer() -> Return True if the float instance is finite with integral value, and False otherwise.")
}
