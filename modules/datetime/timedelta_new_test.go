package datetime_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of timedelta's constructor
// around its all-int fast path (sums in 64 bits): each unit, signs,
// totals near the 64-bit and the day limits, and the calls that leave
// the fast path (floats, bools, big ints, int subclasses).

const timedeltaNewPrelude = pytesting.ShowRepr + `from datetime import timedelta, datetime
class I(int):
    pass
`

var timedeltaNewCases = []pytesting.Case{
	{"units", `[timedelta(**{k: 3}) for k in ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')]`},
	{"negative units", `[timedelta(**{k: -7}) for k in ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')]`},
	{"mixed signs", `timedelta(1, -1, 1, -1, 1, -1, 1)`},
	{"day limit", `(timedelta(days=999999999), timedelta(days=-999999999), timedelta(seconds=86399, days=999999999, microseconds=999999))`},
	{"day limit exceeded", `[_e(f) for f in (lambda: timedelta(days=1000000000), lambda: timedelta(days=999999999, seconds=86400), lambda: timedelta(weeks=2**40), lambda: timedelta(microseconds=2**63), lambda: timedelta(hours=2**62))]`},
	{"near 64 bits", `[_e(lambda: timedelta(microseconds=m)) for m in (2**63 - 1, -2**63, 9223372036854775807, -9223372036854775808)]`},
	{"sum overflows 64 bits", `_e(lambda: timedelta(microseconds=2**62, seconds=2**42))`},
	{"slow path kinds", `(timedelta(seconds=1.5), timedelta(days=True), timedelta(seconds=I(5)), timedelta(microseconds=2**70 // 2**40), timedelta(0.5, 0.5, 0.5))`},
	{"sum", `sum([timedelta(seconds=37)] * 50000, timedelta())`},
	{"datetime add", `datetime(2020, 1, 1) + timedelta(seconds=37 * 50000)`},
}

func TestTimedeltaNewCPython36(t *testing.T) {
	pytesting.DiffCases(t, "timedelta_new", timedeltaNewPrelude+`def _e(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
`, timedeltaNewCases)
}
