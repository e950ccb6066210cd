package datetime

import (
	"github.com/go-python/gpython/py"
)

// Durations and instants in 64-bit microseconds.
//
// Timedelta.Micros is a big.Int because a timedelta may span 999999999
// days, 8.6e19 microseconds, past 64 bits; the datetimes and the
// timedeltas scripts add and compare are far smaller. These kernels
// compute what the big.Int paths compute, for durations of at most
// small64Days days, with no allocation.

// small64Days bounds the days of a duration the 64-bit kernels take: such
// a duration plus a datetime's micros() (below 3.2e17) stays below
// 2**63; sumMicros checks its own sums.
const small64Days = 100000000

// usPerDay is a day in microseconds.
const usPerDay = 86400 * 1000000

// micros64 is td.Micros() when |td.Days| <= small64Days.
func (td Timedelta) micros64() (int64, bool) {
	if td.Days > small64Days || td.Days < -small64Days {
		return 0, false
	}
	return td.Days*usPerDay + td.Seconds*1000000 + td.Micro, true
}

// timedeltaFromMicros64 is TimedeltaFromMicros for a 64-bit count, with
// its OverflowError for more than maxDeltaDays days (a 64-bit count is
// always within a C int's days).
func timedeltaFromMicros64(us int64) (Timedelta, error) {
	d, m := us/usPerDay, us%usPerDay
	if m < 0 { // floor division, as big.Int's Euclidean DivMod by a positive divisor
		d--
		m += usPerDay
	}
	if d > maxDeltaDays || d < -maxDeltaDays {
		return Timedelta{}, py.ExceptionNewf(py.OverflowError, "days=%d; must have magnitude <= %d", d, maxDeltaDays)
	}
	return Timedelta{Days: d, Seconds: m / 1000000, Micro: m % 1000000}, nil
}

// sumMicros is td + sign*o as a Timedelta, through 64 bits when both fit.
func sumMicros(td, o Timedelta, sign int64) (Timedelta, bool, error) {
	a, ok1 := td.micros64()
	b, ok2 := o.micros64()
	if !ok1 || !ok2 {
		return Timedelta{}, false, nil
	}
	b *= sign
	sum := a + b
	if (sum > a) != (b > 0) { // overflowed
		return Timedelta{}, false, nil
	}
	r, err := timedeltaFromMicros64(sum)
	return r, true, err
}

// fromMicros64 is fromMicros for a 64-bit count.
func fromMicros64(v int64, tz py.Object) (Datetime, error) {
	if v < 0 || v >= int64(maxOrd)*usPerDay {
		return Datetime{}, py.ExceptionNewf(py.OverflowError, "date value out of range")
	}
	days, rest := v/usPerDay, v%usPerDay
	y, mo, d := ordToYMD(int(days) + 1)
	secs := rest / 1000000
	return Datetime{Date: Date{y, mo, d}, Hour: int(secs / 3600), Minute: int(secs / 60 % 60), Second: int(secs % 60), Micro: int(rest % 1000000), Tz: tz}, nil
}
