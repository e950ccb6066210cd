// Package datetime registers the Python module "datetime" for gpython: the
// types date, time, datetime, timedelta, tzinfo and timezone, with CPython
// 3.6's behaviour, reprs and error messages. Calendar arithmetic is done
// here in Go (proleptic Gregorian ordinals), because gpython's time module
// has no gmtime/localtime/strftime.
//
// All values are immutable Go structs held by value, so equal dates and
// times are also equal as gpython set members.
//
// Versions: CPython 3.6's behaviour throughout (reprs: timedelta prints
// datetime.timedelta(1, 7384), not the keyword form of 3.7+; timezone
// offsets in whole minutes; strptime's %z is [+-]HHMM; 3.6's TypeError
// wording), which the differential tests compare against, plus 3.7's
// fromisoformat (isoformat.go), compared against CPython 3.7.
package datetime

import (
	"fmt"
	"math/big"
	"slices"
	"sort"

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

const moduleDoc = "Dates, times, durations and time zones, implemented in Go."

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
	setupFromISOFormat()
	markClassMethods()
	finishTypes()
	setupSubclasses()
}

// copied is __copy__ (extra 0) or __deepcopy__ (extra 1, the memo):
// the value, whether bound as self or passed first.
func copied(self py.Object, args py.Tuple, extra int) (py.Object, error) {
	switch len(args) {
	case extra:
		return self, nil
	case extra + 1:
		return args[0], nil
	}
	return nil, pyutil.TypeErrorf("expected %d argument%s, got %d", extra, map[bool]string{true: "", false: "s"}[extra == 1], len(args))
}

// finishTypes makes the read-only attributes of the module's types refuse
// assignment and deletion with CPython 3.6's messages: a getset's
// ("attribute 'year' of 'datetime.date' objects is not writable", naming
// the type that defines it) or, for timedelta's members, "readonly
// attribute". (The types' __module__ is left unset: the loop takes a
// __module__ in a type's dict for a class statement's and would then
// name the type by its full name.)
func finishTypes() {
	for _, t := range []*py.Type{DateType, TimeType, DatetimeType, TimedeltaType, TimezoneType} {
		// The values are immutable: a copy, shallow or deep, is the value.
		// The copy module calls these through the class, which passes the
		// value as the first argument rather than as self.
		t.Dict["__copy__"] = py.MustNewMethod("__copy__", func(s py.Object, args py.Tuple) (py.Object, error) {
			return copied(s, args, 0)
		}, 0, "")
		t.Dict["__deepcopy__"] = py.MustNewMethod("__deepcopy__", func(s py.Object, args py.Tuple) (py.Object, error) {
			return copied(s, args, 1)
		}, 0, "")
	}
	for _, t := range []*py.Type{DateType, TimeType, DatetimeType, TimedeltaType, TimezoneType, TzinfoType} {
		for name, v := range t.Dict {
			p, ok := v.(*py.Property)
			if !ok || p.Fset != nil {
				continue
			}
			owner := t.Name
			if t == DatetimeType && (name == "year" || name == "month" || name == "day") {
				owner = DateType.Name
			}
			msg := fmt.Sprintf("attribute '%s' of '%s' objects is not writable", name, owner)
			if t == TimedeltaType {
				msg = "readonly attribute"
			}
			refuse := func() error { return py.ExceptionNewf(py.AttributeError, "%s", msg) }
			p.Fset = func(py.Object, py.Object) error { return refuse() }
			p.Fdel = func(py.Object) error { return refuse() }
		}
	}
}

// markClassMethods flags the alternate constructors as class methods:
// called through the class with an instance first (datetime.combine(dt,
// t)), they take their arguments as they are, not the instance as self.
func markClassMethods() {
	for _, t := range []*py.Type{DateType, DatetimeType, TimeType} {
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

// intArg is a C int argument ("i", pyarg.Int), as the constructors and
// fromordinal take their fields: CPython 3.6's "integer argument
// expected, got float" and "an integer is required (got type str)".
func intArg(o py.Object) (int64, error) {
	v, err := pyarg.Int(o)
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

// getargs36 is CPython 3.6's PyArg_ParseTupleAndKeywords for a C
// function whose format names it fname ("" for a format without
// ":name") and whose keyword list is names, the first required of which
// must be given. It reproduces getargs's order of checks and messages:
// the count of all arguments, then each slot in turn (a keyword that
// repeats a positional argument, check's conversion of a given one, a
// missing required one), then an unknown keyword. check (nil for none)
// converts slot i's argument as the format unit would.
func getargs36(fname string, args py.Tuple, kwargs py.StringDict, names []string, required int, check func(i int, o py.Object) error) ([]py.Object, error) {
	return getargs36kw(fname, args, kwargs, names, required, len(names), check)
}

// getargs36kw is getargs36 for a format whose slots from positional on
// are keyword-only ("$"): more positional arguments are refused when the
// scan reaches the first of them.
func getargs36kw(fname string, args py.Tuple, kwargs py.StringDict, names []string, required, positional int, check func(i int, o py.Object) error) ([]py.Object, error) {
	if n := len(args) + len(kwargs); n > len(names) {
		who := "function"
		if fname != "" {
			who = fname + "()"
		}
		s := "s"
		if len(names) == 1 {
			s = ""
		}
		return nil, pyutil.TypeErrorf("%s takes at most %d argument%s (%d given)", who, len(names), s, n)
	}
	out := make([]py.Object, len(names))
	used := 0
	for i, name := range names {
		if i == positional && len(args) > positional {
			qual := "at most"
			if required >= positional {
				qual = "exactly"
			}
			return nil, pyutil.TypeErrorf("Function takes %s %d positional arguments (%d given)", qual, positional, len(args))
		}
		v, byName := kwargs[name]
		switch {
		case byName && i < len(args):
			return nil, pyutil.TypeErrorf("Argument given by name ('%s') and position (%d)", name, i+1)
		case byName:
			used++
		case i < len(args):
			v = args[i]
		case i < required:
			return nil, pyutil.TypeErrorf("Required argument '%s' (pos %d) not found", name, i+1)
		default:
			continue
		}
		if check != nil {
			if err := check(i, v); err != nil {
				return nil, err
			}
		}
		out[i] = v
	}
	if used < len(kwargs) {
		keys := make([]string, 0, len(kwargs))
		for k := range kwargs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if !slices.Contains(names, k) {
				return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for this function", k)
			}
		}
	}
	return out, nil
}

// intSlots is a getargs36 check converting the slots below n, and the
// keyword-only fold after tzinfo (slot n+1), with intArg.
func intSlots(n int) func(int, py.Object) error {
	return func(i int, o py.Object) error {
		if i >= n && i != n+1 {
			return nil
		}
		_, err := intArg(o)
		return err
	}
}

// tpName is the name CPython's messages give o's type (its tp_name):
// "int", "str", and "datetime.date" for this module's types.
func tpName(o py.Object) string {
	if o == nil {
		return "NoneType"
	}
	return o.Type().Name
}
