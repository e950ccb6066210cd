package strptime

import "github.com/gpython-ssl/gpython-ssl/internal/pyutil"

// Proleptic Gregorian dates as datetime.date computes them, for
// _strptime's day-of-year and weekday arithmetic, with datetime's errors.

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

var daysBeforeMonth = [...]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func daysInMonth(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return [...]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m]
}

// checkDate is date(y, m, d)'s argument check.
func checkDate(y, m, d int) error {
	if y < 1 || y > 9999 {
		return pyutil.ValueErrorf("year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return pyutil.ValueErrorf("month must be in 1..12")
	}
	if d < 1 || d > daysInMonth(y, m) {
		return pyutil.ValueErrorf("day is out of range for month")
	}
	return nil
}

// toOrdinal is date(y, m, d).toordinal().
func toOrdinal(y, m, d int) (int, error) {
	if err := checkDate(y, m, d); err != nil {
		return 0, err
	}
	py := y - 1
	o := py*365 + py/4 - py/100 + py/400 + daysBeforeMonth[m] + d
	if m > 2 && isLeap(y) {
		o++
	}
	return o, nil
}

// fromOrdinal is date.fromordinal(n).
func fromOrdinal(n int) (int, int, int, error) {
	if n < 1 {
		return 0, 0, 0, pyutil.ValueErrorf("ordinal must be >= 1")
	}
	n--
	n400, n := n/146097, n%146097
	n100, n := n/36524, n%36524
	n4, n := n/1461, n%1461
	n1, n := n/365, n%365
	y := n400*400 + n100*100 + n4*4 + n1 + 1
	if n1 == 4 || n100 == 4 {
		y--
		if y > 9999 {
			return 0, 0, 0, pyutil.ValueErrorf("year %d is out of range", y)
		}
		return y, 12, 31, nil
	}
	if y > 9999 {
		return 0, 0, 0, pyutil.ValueErrorf("year %d is out of range", y)
	}
	m := 1
	for m < 12 {
		next := daysBeforeMonth[m+1]
		if m+1 > 2 && isLeap(y) {
			next++
		}
		if n < next {
			break
		}
		m++
	}
	before := daysBeforeMonth[m]
	if m > 2 && isLeap(y) {
		before++
	}
	return y, m, n - before + 1, nil
}

// julianFromUW is _calc_julian_from_U_or_W.
func julianFromUW(year, weekOfYear, dayOfWeek int, weekStartsMon bool) (int, error) {
	o, err := toOrdinal(year, 1, 1)
	if err != nil {
		return 0, err
	}
	first := (o + 6) % 7
	if !weekStartsMon {
		first = (first + 1) % 7
		dayOfWeek = (dayOfWeek + 1) % 7
	}
	week0 := (7 - first) % 7
	if weekOfYear == 0 {
		return 1 + dayOfWeek - first, nil
	}
	return 1 + week0 + 7*(weekOfYear-1) + dayOfWeek, nil
}

// julianFromV is _calc_julian_from_V.
func julianFromV(isoYear, isoWeek, isoWeekday int) (int, int, error) {
	o4, err := toOrdinal(isoYear, 1, 4)
	if err != nil {
		return 0, 0, err
	}
	correction := (o4+6)%7 + 1 + 3
	ordinal := isoWeek*7 + isoWeekday - correction
	if ordinal < 1 {
		o1, err := toOrdinal(isoYear, 1, 1)
		if err != nil {
			return 0, 0, err
		}
		ordinal += o1
		isoYear--
		o0, err := toOrdinal(isoYear, 1, 1)
		if err != nil {
			return 0, 0, err
		}
		ordinal -= o0
	}
	return isoYear, ordinal, nil
}
