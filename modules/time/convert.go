package pytime

// Argument conversion of the time module, through the project's argument
// package (internal/pyarg).

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// timeT is _PyTime_ObjectToTime_t with rounding towards -inf: a float
// (NaN refused) or an int as a C long long, in the range of a 64-bit
// time_t ("timestamp out of range for platform time_t").
func timeT(o py.Object) (int64, error) {
	if f, ok := o.(py.Float); ok {
		d := float64(f)
		if math.IsNaN(d) {
			return 0, pyutil.ValueErrorf("Invalid value NaN (not a number)")
		}
		d = math.Floor(d)
		if !(d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
			return 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	v, err := pyarg.Long(o)
	if e, ok := err.(*py.Exception); ok && e.Base == py.OverflowError {
		return 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
	}
	return v, err
}

// cInt is PyArg_ParseTuple's "i": a C int, floats refused.
func cInt(o py.Object) (int, error) { return pyarg.Int(o) }

// cLong is PyLong_AsLong (struct_time's tm_gmtoff).
func cLong(o py.Object) (int64, error) { return pyarg.Long(o) }

// strArg is a str argument of a builtin: "NAME() argument N must be str,
// not TYPE" otherwise.
func strArg(o py.Object, fn string, n int) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("%s() argument %d must be str, not %s", fn, n, pyarg.TypeName(o))
	}
	return string(s), nil
}
