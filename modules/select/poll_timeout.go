package pyselect

import (
	"math"
	"math/big"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
)

// pollDeadline is the deadline of poll.poll(timeout): timeout is in
// milliseconds, None (nil) or negative waits without limit (the zero
// time). Conversion follows CPython 3.6: an int or float whose nanoseconds
// do not fit in 64 bits is "timestamp too large to convert to C
// _PyTime_t", NaN a ValueError, anything else "timeout must be an integer
// or None"; a value past C int's milliseconds "timeout is too large". A
// fractional millisecond rounds away from zero.
func pollDeadline(o py.Object) (time.Time, error) {
	if o == nil || o == py.None {
		return time.Time{}, nil
	}
	tooLarge := func() error {
		return py.ExceptionNewf(py.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	var ms int64
	if f, ok := o.(py.Float); ok {
		x := float64(f)
		if math.IsNaN(x) {
			return time.Time{}, py.ExceptionNewf(py.ValueError, "Invalid value NaN (not a number)")
		}
		ns := x * 1e6
		if ns >= 0 {
			ns = math.Ceil(ns)
		} else {
			ns = math.Floor(ns)
		}
		if !(ns >= math.MinInt64 && ns < math.MaxInt64) {
			return time.Time{}, tooLarge()
		}
		whole := int64(ns) / 1e6
		if rem := int64(ns) % 1e6; rem > 0 {
			whole++
		} else if rem < 0 {
			whole--
		}
		ms = whole
	} else {
		if !pyarg.IsInteger(o) {
			return time.Time{}, py.ExceptionNewf(py.TypeError, "timeout must be an integer or None")
		}
		n, err := pyarg.Index(o)
		if err != nil {
			return time.Time{}, err
		}
		ns := new(big.Int).Mul(n, big.NewInt(1e6))
		if !n.IsInt64() || !ns.IsInt64() {
			return time.Time{}, tooLarge()
		}
		ms = n.Int64()
	}
	if ms < math.MinInt32 || ms > math.MaxInt32 {
		return time.Time{}, py.ExceptionNewf(py.OverflowError, "timeout is too large")
	}
	if ms < 0 {
		return time.Time{}, nil
	}
	return time.Now().Add(time.Duration(ms) * time.Millisecond), nil
}
