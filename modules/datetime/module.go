// Package datetime registers the Python module "datetime" for gpython: the
// types date, time, datetime, timedelta, tzinfo and timezone, with CPython
// 3.6's behaviour, reprs and error messages. Calendar arithmetic is done
// here in Go (proleptic Gregorian ordinals), because gpython's time module
// has no gmtime/localtime/strftime.
//
// All values are immutable Go structs held by value, so equal dates and
// times are also equal as gpython set members.
//
// Versions: reprs follow CPython 3.6 (timedelta prints
// datetime.timedelta(1, 7384), not the keyword form of 3.7+); where 3.7+
// only widened what is accepted (%z with colons and seconds, sub-minute
// timezone offsets) the wider behaviour is implemented, and TypeError
// wording is that of 3.10+ ("'float' object cannot be interpreted as an
// integer"), which the differential tests compare against.
package datetime

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Year limits of CPython's datetime (module constants MINYEAR and MAXYEAR).
const (
	MinYear = 1
	MaxYear = 9999
)

// maxDeltaDays bounds timedelta.days as CPython does.
const maxDeltaDays = 999999999

const moduleDoc = "Fast implementation of the datetime type."

// init is the package's only init() (TestOneInit): file names decide
// nothing.
func init() {
	setup()
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "datetime", Doc: moduleDoc},
		Globals: py.StringDict{
			"MINYEAR":   py.Int(MinYear),
			"MAXYEAR":   py.Int(MaxYear),
			"date":      DateType,
			"time":      TimeType,
			"datetime":  DatetimeType,
			"timedelta": TimedeltaType,
			"tzinfo":    TzinfoType,
			"timezone":  TimezoneType,
		},
	})
}

// ---- calendar helpers (proleptic Gregorian, ordinal 1 = 0001-01-01) ----

var daysInMonthTable = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
var daysBeforeMonthTable = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysInMonth(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return daysInMonthTable[m]
}

func daysBeforeYear(y int) int {
	y--
	return y*365 + y/4 - y/100 + y/400
}

func daysBeforeMonth(y, m int) int {
	d := daysBeforeMonthTable[m]
	if m > 2 && isLeap(y) {
		d++
	}
	return d
}

// ymdToOrd is date(y, m, d).toordinal().
func ymdToOrd(y, m, d int) int {
	return daysBeforeYear(y) + daysBeforeMonth(y, m) + d
}

// ordToYMD is date.fromordinal(n) as (year, month, day); n must be >= 1.
func ordToYMD(n int) (int, int, int) {
	n--
	n400, n := n/146097, n%146097
	y := n400*400 + 1
	n100, n := n/36524, n%36524
	n4, n := n/1461, n%1461
	n1, n := n/365, n%365
	y += n100*100 + n4*4 + n1
	if n1 == 4 || n100 == 4 {
		return y - 1, 12, 31
	}
	leap := n1 == 3 && (n4 != 24 || n100 == 3)
	m := (n + 50) >> 5
	prec := daysBeforeMonthTable[m]
	if m > 2 && leap {
		prec++
	}
	if prec > n {
		m--
		prec = daysBeforeMonthTable[m]
		if m > 2 && leap {
			prec++
		}
	}
	return y, m, n - prec + 1
}

// weekday is Monday == 0 ... Sunday == 6 for an ordinal.
func weekday(ord int) int { return (ord + 6) % 7 }

// setup installs the types' methods, each step in the file it names:
// timedelta and timezone first (the others' methods return them), then
// date, time and datetime (a subclass of date).
func setup() {
	setupTimedelta()
	setupTimezone()
	setupDate()
	setupTime()
	setupDatetime()
	markClassMethods()
}

// markClassMethods flags the alternate constructors as class methods:
// called through the class with an instance first (datetime.combine(dt,
// t)), they take their arguments as they are, not the instance as self.
func markClassMethods() {
	for _, t := range []*py.Type{DateType, DatetimeType} {
		for _, name := range []string{"today", "now", "utcnow", "fromtimestamp", "utcfromtimestamp", "fromordinal", "combine", "strptime", "fromisoformat"} {
			if m, ok := t.Dict[name].(*py.Method); ok {
				m.Flags |= py.METH_CLASS
			}
		}
	}
}

// epochOrd is date(1970, 1, 1).toordinal().
var epochOrd = ymdToOrd(1970, 1, 1)

// maxOrd is date(9999, 12, 31).toordinal().
var maxOrd = ymdToOrd(MaxYear, 12, 31)

// ---- argument helpers ----

// intArg is a C int argument (pyarg.IntStrict), as the constructors and
// fromordinal take their fields.
func intArg(o py.Object) (int64, error) {
	v, err := pyarg.IntStrict(o)
	return int64(v), err
}

// intOr is intArg for an optional argument: def when o is nil (not given).
func intOr(o py.Object, def int64) (int64, error) {
	if o == nil {
		return def, nil
	}
	return intArg(o)
}

// bigOf returns an int or bool as a new *big.Int, or nil.
func bigOf(o py.Object) *big.Int {
	if b := pyarg.IntValue(o); b != nil {
		return new(big.Int).Set(b)
	}
	return nil
}

// notSupported is CPython's TypeError for an ordering between unrelated
// types.
func notSupported(op string, a, b py.Object) error {
	return pyutil.TypeErrorf("'%s' not supported between instances of '%s' and '%s'", op, a.Type().Name, b.Type().Name)
}

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(op string, c int) py.Object {
	switch op {
	case "==":
		return py.NewBool(c == 0)
	case "!=":
		return py.NewBool(c != 0)
	case "<":
		return py.NewBool(c < 0)
	case "<=":
		return py.NewBool(c <= 0)
	case ">":
		return py.NewBool(c > 0)
	}
	return py.NewBool(c >= 0)
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func method(name string, f func(py.Object, py.Tuple, py.StringDict) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, pyutil.Guard(f), 0, doc)
}

func noArgs(name string, f func(py.Object) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if len(args)+len(kwargs) != 0 {
			return nil, pyutil.TypeErrorf("%s() takes no arguments (%d given)", name, len(args)+len(kwargs))
		}
		return f(self)
	}, 0, doc)
}

func prop(f func(py.Object) (py.Object, error), doc string) *py.Property {
	return &py.Property{Fget: func(self py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return f(self)
	}, Doc: doc}
}
