package datetime

import (
	"fmt"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// DateType is the Python type "datetime.date".
var DateType = py.ObjectType.NewType("datetime.date", "date(year, month, day)\n\nA calendar day in the proleptic Gregorian calendar.", dateNew, nil)

// Date is a calendar date (proleptic Gregorian, years 1..9999).
type Date struct {
	Year, Month, Day int
}

// Type returns DateType.
func (Date) Type() *py.Type { return DateType }

var (
	_ py.I__repr__ = Date{}
	_ py.I__str__  = Date{}
	_ py.I__add__  = Date{}
	_ py.I__sub__  = Date{}
	_ py.I__eq__   = Date{}
	_ py.I__lt__   = Date{}
)

// checkDate applies CPython's range checks and messages.
func checkDate(y, m, d int64) error {
	if y < MinYear || y > MaxYear {
		return pyutil.ValueErrorf("year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return pyutil.ValueErrorf("month must be in 1..12")
	}
	if d < 1 || d > int64(daysInMonth(int(y), int(m))) {
		return pyutil.ValueErrorf("day is out of range for month")
	}
	return nil
}

// parseYMD reads the year, month and day arguments shared by date and
// datetime constructors.
func parseYMD(y, m, d py.Object) (Date, error) {
	var v [3]int64
	for i, o := range []py.Object{y, m, d} {
		n, err := intArg(o)
		if err != nil {
			return Date{}, err
		}
		v[i] = n
	}
	if err := checkDate(v[0], v[1], v[2]); err != nil {
		return Date{}, err
	}
	return Date{int(v[0]), int(v[1]), int(v[2])}, nil
}

func dateNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := getargs36("", args, kwargs, []string{"year", "month", "day"}, 3, intSlots(3))
	if err != nil {
		return nil, err
	}
	return parseYMD(a[0], a[1], a[2])
}

// Ordinal is date.toordinal().
func (d Date) Ordinal() int { return ymdToOrd(d.Year, d.Month, d.Day) }

// dateFromOrdinal is date.fromordinal with its range errors.
func dateFromOrdinal(n int64) (Date, error) {
	if n < 1 {
		return Date{}, pyutil.ValueErrorf("ordinal must be >= 1")
	}
	if n > int64(maxOrd) {
		return Date{}, pyutil.ValueErrorf("year %d is out of range", MaxYear+1)
	}
	y, m, d := ordToYMD(int(n))
	return Date{y, m, d}, nil
}

// ISOFormat is date.isoformat(): YYYY-MM-DD.
func (d Date) ISOFormat() string { return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day) }

// M__repr__ is "datetime.date(Y, M, D)".
func (d Date) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("datetime.date(%d, %d, %d)", d.Year, d.Month, d.Day)), nil
}

// M__str__ is isoformat().
func (d Date) M__str__() (py.Object, error) { return py.String(d.ISOFormat()), nil }

func (d Date) plusDays(days int64) (py.Object, error) {
	n := int64(d.Ordinal()) + days
	if n < 1 || n > int64(maxOrd) {
		return nil, py.ExceptionNewf(py.OverflowError, "date value out of range")
	}
	y, m, dd := ordToYMD(int(n))
	return Date{y, m, dd}, nil
}

// M__add__ is date + timedelta (whole days only, as CPython).
func (d Date) M__add__(other py.Object) (py.Object, error) {
	td, ok := other.(Timedelta)
	if !ok {
		return py.NotImplemented, nil
	}
	return d.plusDays(td.Days)
}

// M__radd__ is timedelta + date.
func (d Date) M__radd__(other py.Object) (py.Object, error) { return d.M__add__(other) }

// M__sub__ is date - timedelta or date - date.
func (d Date) M__sub__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case Timedelta:
		return d.plusDays(-o.Days)
	case Date:
		return Timedelta{Days: int64(d.Ordinal() - o.Ordinal())}, nil
	}
	return py.NotImplemented, nil
}

func (d Date) cmp(other py.Object, op string) (py.Object, error) {
	switch o := other.(type) {
	case Date:
		return cmpResult(op, cmpInt(int64(d.Ordinal()), int64(o.Ordinal()))), nil
	case Datetime:
		return o.cmp(d, reflectOp[op])
	}
	switch op {
	case "==":
		return py.False, nil
	case "!=":
		return py.True, nil
	}
	return nil, notSupported(op, d, other)
}

// reflectOp maps an operator to the one used with swapped operands.
var reflectOp = map[string]string{"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}

// M__eq__ compares dates.
func (d Date) M__eq__(o py.Object) (py.Object, error) { return d.cmp(o, "==") }

// M__ne__ compares dates.
func (d Date) M__ne__(o py.Object) (py.Object, error) { return d.cmp(o, "!=") }

// M__lt__ orders dates.
func (d Date) M__lt__(o py.Object) (py.Object, error) { return d.cmp(o, "<") }

// M__le__ orders dates.
func (d Date) M__le__(o py.Object) (py.Object, error) { return d.cmp(o, "<=") }

// M__gt__ orders dates.
func (d Date) M__gt__(o py.Object) (py.Object, error) { return d.cmp(o, ">") }

// M__ge__ orders dates.
func (d Date) M__ge__(o py.Object) (py.Object, error) { return d.cmp(o, ">=") }

// M__hash__ is consistent with equality.
func (d Date) M__hash__() (py.Object, error) { return py.Int(d.Ordinal()), nil }

// isoCalendar is date.isocalendar(): ISO year, week and weekday.
func (d Date) isoCalendar() (int, int, int) {
	y := d.Year
	week1 := isoWeek1Monday(y)
	today := d.Ordinal()
	week, day := divmod(today-week1, 7)
	if week < 0 {
		y--
		week1 = isoWeek1Monday(y)
		week, day = divmod(today-week1, 7)
	} else if week >= 52 && today >= isoWeek1Monday(y+1) {
		y++
		week = 0
	}
	return y, week + 1, day + 1
}

func divmod(a, b int) (int, int) {
	q, r := a/b, a%b
	if r < 0 {
		q, r = q-1, r+b
	}
	return q, r
}

// isoWeek1Monday is the ordinal of the Monday starting ISO week 1 of y.
func isoWeek1Monday(y int) int {
	first := ymdToOrd(y, 1, 1)
	wd := (first + 6) % 7
	monday := first - wd
	if wd > 3 {
		monday += 7
	}
	return monday
}

// timestampToUnix splits a timestamp (int or float) into whole seconds
// and microseconds, rounding half to even as CPython 3.6+ does.
func timestampToUnix(o py.Object) (int64, int, error) {
	switch v := o.(type) {
	case py.Int, py.Bool:
		n, err := pyarg.Long(v)
		return n, 0, err
	case *py.BigInt:
		return 0, 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
	case py.Float:
		return floatTimestamp(float64(v))
	}
	return 0, 0, pyutil.TypeErrorf("an integer is required (got type %s)", tpName(o))
}

// unixToLocal converts a Unix time to the fields of loc's wall clock,
// failing like CPython when the year leaves 1..9999.
func unixToLocal(sec int64, us int, loc *time.Location) (Datetime, error) {
	if sec > 1<<56 || sec < -(1<<56) {
		return Datetime{}, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
	}
	t := time.Unix(sec, 0).In(loc)
	if t.Year() < MinYear || t.Year() > MaxYear {
		return Datetime{}, pyutil.ValueErrorf("year %d is out of range", t.Year())
	}
	return Datetime{Date: Date{t.Year(), int(t.Month()), t.Day()}, Hour: t.Hour(), Minute: t.Minute(), Second: t.Second(), Micro: us, Tz: py.None}, nil
}

func asDate(self py.Object) Date {
	switch v := self.(type) {
	case Date:
		return v
	case Datetime:
		return v.Date
	}
	panic(fmt.Sprintf("descriptor requires a 'datetime.date' object but received '%s'", tpName(self)))
}

// dateMethods installs the methods shared by date and datetime.
func dateMethods(d py.StringDict) {
	d["year"] = prop(func(s py.Object) (py.Object, error) { return py.Int(asDate(s).Year), nil }, "year")
	d["month"] = prop(func(s py.Object) (py.Object, error) { return py.Int(asDate(s).Month), nil }, "month")
	d["day"] = prop(func(s py.Object) (py.Object, error) { return py.Int(asDate(s).Day), nil }, "day")
	d["toordinal"] = noArgs("toordinal", func(s py.Object) (py.Object, error) {
		return py.Int(asDate(s).Ordinal()), nil
	}, "toordinal() -> int\n\nThe day's number, counting 0001-01-01 as day 1.")
	d["weekday"] = noArgs("weekday", func(s py.Object) (py.Object, error) {
		return py.Int(weekday(asDate(s).Ordinal())), nil
	}, "weekday() -> int\n\nDay of the week from 0 (Monday) to 6 (Sunday).")
	d["isoweekday"] = noArgs("isoweekday", func(s py.Object) (py.Object, error) {
		return py.Int(weekday(asDate(s).Ordinal()) + 1), nil
	}, "isoweekday() -> int\n\nDay of the week from 1 (Monday) to 7 (Sunday).")
	d["isocalendar"] = noArgs("isocalendar", func(s py.Object) (py.Object, error) {
		y, w, wd := asDate(s).isoCalendar()
		return py.Tuple{py.Int(y), py.Int(w), py.Int(wd)}, nil
	}, "isocalendar() -> (year, week, weekday)\n\nThe day in ISO 8601 week-numbering terms.")
	d["ctime"] = noArgs("ctime", func(s py.Object) (py.Object, error) {
		f := fieldsOf(s)
		wd := weekday(ymdToOrd(f.y, f.m, f.d))
		// CPython's own format: the year has four digits at least
		return py.String(fmt.Sprintf("%s %s %2d %02d:%02d:%02d %04d", dayNames[wd][:3], monthNames[f.m][:3], f.d, f.H, f.M, f.S, f.y)), nil
	}, "ctime() -> str\n\nThe value in time.ctime()'s 24-character layout.")
	d["timetuple"] = noArgs("timetuple", func(s py.Object) (py.Object, error) {
		return timeTuple(fieldsOf(s), -1)
	}, "timetuple() -> struct_time\n\nThe value as a broken-down time, as time.localtime() lays it out.")
	d["strftime"] = py.MustNewMethod("strftime", func(s py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		a, err := getargs36("strftime", args, kwargs, []string{"format"}, 1, nil)
		if err != nil {
			return nil, err
		}
		f := a[0]
		fs, ok := f.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("strftime() argument 1 must be str, not %s", tpName(f))
		}
		return strftimeObject(string(fs), s)
	}, 0, "strftime(format) -> str\n\nThe value formatted with time.strftime()-style % directives.")
	d["__format__"] = py.MustNewMethod("__format__", formatWithStrftime, 0, "__format__(format_spec) -> str\n\nstrftime(format_spec), or str(self) for an empty spec.")
}

// setupDate installs date's methods (a step of setup, module.go).
func setupDate() {
	d := DateType.Dict
	dateMethods(d)
	d["today"] = method("today", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.ParseTupleAndKeywords(args, kwargs, ":today", nil); err != nil {
			return nil, err
		}
		now := time.Now()
		return Date{now.Year(), int(now.Month()), now.Day()}, nil
	}, "today() -> instance of the class\n\nThe present local date (or datetime), as fromtimestamp(time.time()) gives it.")
	d["fromtimestamp"] = method("fromtimestamp", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var ts py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:fromtimestamp", []string{"timestamp"}, &ts); err != nil {
			return nil, err
		}
		sec, us, err := timestampToUnix(ts)
		if err != nil {
			return nil, err
		}
		dt, err := unixToLocal(sec, us, localLoc())
		if err != nil {
			return nil, err
		}
		return dt.Date, nil
	}, "fromtimestamp(timestamp) -> date\n\nThe local calendar day of a POSIX timestamp.")
	d["fromordinal"] = method("fromordinal", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var n py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:fromordinal", []string{"ordinal"}, &n); err != nil {
			return nil, err
		}
		v, err := intArg(n)
		if err != nil {
			return nil, err
		}
		return dateFromOrdinal(v)
	}, "fromordinal(n) -> instance of the class\n\nThe day numbered n, counting 0001-01-01 as day 1.")
	d["isoformat"] = noArgs("isoformat", func(s py.Object) (py.Object, error) {
		return py.String(asDate(s).ISOFormat()), nil
	}, "isoformat() -> str\n\nThe day written as YYYY-MM-DD.")
	d["replace"] = method("replace", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v := asDate(self)
		var y, m, dd py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:replace", []string{"year", "month", "day"}, &y, &m, &dd); err != nil {
			return nil, err
		}
		return parseYMD(orInt(y, v.Year), orInt(m, v.Month), orInt(dd, v.Day))
	}, "replace(year=..., month=..., day=...) -> date\n\nA copy with the named fields changed.")
	d["__hash__"] = noArgs("__hash__", func(s py.Object) (py.Object, error) { return asDate(s).M__hash__() }, "Return hash(self).")
	d["min"] = Date{1, 1, 1}
	d["max"] = Date{MaxYear, 12, 31}
	d["resolution"] = Timedelta{Days: 1}
}

func orInt(o py.Object, def int) py.Object {
	if o == nil {
		return py.Int(def)
	}
	return o
}

// formatWithStrftime is __format__ of date, datetime and time: the spec is
// a strftime format; an empty one gives str(self).
func formatWithStrftime(s py.Object, f py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	fs, ok := f.(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("__format__() argument 1 must be str, not %s", tpName(f))
	}
	if fs == "" {
		return py.Str(s)
	}
	return strftimeObject(string(fs), s)
}
