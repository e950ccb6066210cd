package pyarg

import (
	"math"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Timeout converts a timeout argument as socket.settimeout does: None is
// no timeout (set false); otherwise Seconds, where a negative value is
// ValueError "Timeout value out of range".
func Timeout(o py.Object) (d time.Duration, set bool, err error) {
	if o == nil || o == py.None {
		return 0, false, nil
	}
	if d, err = Seconds(o); err != nil {
		return 0, false, err
	}
	if d < 0 {
		return 0, false, pyutil.ValueErrorf("Timeout value out of range")
	}
	return d, true, nil
}

// Seconds converts a number of seconds (_PyTime_FromSecondsObject): an
// int, bool or float, or an object with __index__; it may be negative.
// NaN is ValueError "Invalid value NaN (not a number)", a value too large
// for a time.Duration OverflowError "timestamp too large to convert to C
// _PyTime_t", anything else PyNumber_Index's TypeError ("'str' object
// cannot be interpreted as an integer", CPython 3.10's wording, which the
// socket differential tests compare with; select replaces it with its own,
// as CPython does).
func Seconds(o py.Object) (time.Duration, error) {
	var f float64
	switch v := o.(type) {
	case py.Float:
		f = float64(v)
		if math.IsNaN(f) {
			return 0, pyutil.ValueErrorf("Invalid value NaN (not a number)")
		}
	case py.Int:
		f = float64(v)
	case py.Bool:
		if v {
			f = 1
		}
	default:
		b, err := Index(o)
		if err != nil {
			return 0, err
		}
		if !b.IsInt64() {
			return 0, overflowf("timestamp too large to convert to C _PyTime_t")
		}
		f = float64(b.Int64())
	}
	if math.Abs(f)*1e9 >= math.MaxInt64 {
		return 0, overflowf("timestamp too large to convert to C _PyTime_t")
	}
	return time.Duration(f * 1e9), nil
}

// TimeoutObject is a timeout as Python shows it (socket.gettimeout): None
// when set is false, else float seconds.
func TimeoutObject(d time.Duration, set bool) py.Object {
	if !set {
		return py.None
	}
	return py.Float(d.Seconds())
}

// Timeout36 is Timeout with CPython 3.6's conversion of the number
// (Seconds36): socket.settimeout, setdefaulttimeout and
// create_connection's timeout.
func Timeout36(o py.Object) (d time.Duration, set bool, err error) {
	if o == nil || o == py.None {
		return 0, false, nil
	}
	if d, err = Seconds36(o); err != nil {
		return 0, false, err
	}
	if d < 0 {
		return 0, false, pyutil.ValueErrorf("Timeout value out of range")
	}
	return d, true, nil
}

// Seconds36 is CPython 3.6's _PyTime_FromSecondsObject: a float (NaN is
// ValueError "Invalid value NaN (not a number)"), else what
// PyLong_AsLongLong takes there: an int or bool, or an object whose type
// defines __int__ (a Decimal counts its whole seconds; __index__ alone
// does not do). Anything else is TypeError "an integer is required (got
// type str)", a complex "can't convert complex to int", and a value too
// large for a time.Duration OverflowError "timestamp too large to convert
// to C _PyTime_t". Seconds has CPython 3.10's rules.
func Seconds36(o py.Object) (time.Duration, error) {
	v := pyutil.Unwrap(o)
	if f, ok := v.(py.Float); ok {
		return Seconds(f)
	}
	b, err := int36(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, overflowf("timestamp too large to convert to C _PyTime_t")
	}
	return Seconds(py.Int(b.Int64()))
}
