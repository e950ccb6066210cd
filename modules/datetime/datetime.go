package datetime

import (
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// DatetimeType is the Python type "datetime.datetime".
var DatetimeType = py.ObjectType.NewType("datetime.datetime", datetimeDoc, datetimeNew, nil)

const datetimeDoc = `datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)

A calendar day and a time of day together, naive or tied to a tzinfo;
year, month and day must be given.`

// Datetime is a date and a time of day, naive (Tz is py.None) or with a
// tzinfo (a Timezone or an instance of a Python subclass of tzinfo).
type Datetime struct {
	Date
	Hour, Minute, Second, Micro int
	Tz                          py.Object
	// Fold is 1 for the second of two wall times that repeat (PEP 495);
	// comparisons and hashes ignore it.
	Fold int
}

// Type returns DatetimeType.
func (Datetime) Type() *py.Type { return DatetimeType }

var (
	_ py.I__repr__ = Datetime{}
	_ py.I__str__  = Datetime{}
	_ py.I__add__  = Datetime{}
	_ py.I__sub__  = Datetime{}
	_ py.I__eq__   = Datetime{}
	_ py.I__lt__   = Datetime{}
)

// checkTime applies CPython's range checks for the time fields.
func checkTime(h, m, s, us int64) error {
	switch {
	case h < 0 || h > 23:
		return pyutil.ValueErrorf("hour must be in 0..23")
	case m < 0 || m > 59:
		return pyutil.ValueErrorf("minute must be in 0..59")
	case s < 0 || s > 59:
		return pyutil.ValueErrorf("second must be in 0..59")
	case us < 0 || us > 999999:
		return pyutil.ValueErrorf("microsecond must be in 0..999999")
	}
	return nil
}

// parseHMS reads hour, minute, second, microsecond (nil means 0) and tzinfo.
func parseHMS(h, m, s, us, tz py.Object) (Time, error) {
	return parseHMSF(h, m, s, us, tz, nil)
}

// parseHMSF is parseHMS with fold (nil means 0), checked after the time
// fields and before tzinfo, as CPython 3.6 checks them.
func parseHMSF(h, m, s, us, tz, fold py.Object) (Time, error) {
	var v [5]int64
	for i, o := range []py.Object{h, m, s, us, fold} {
		n, err := intOr(o, 0)
		if err != nil {
			return Time{}, err
		}
		v[i] = n
	}
	if err := checkTime(v[0], v[1], v[2], v[3]); err != nil {
		return Time{}, err
	}
	if v[4] != 0 && v[4] != 1 {
		return Time{}, pyutil.ValueErrorf("fold must be either 0 or 1")
	}
	t, err := tzArg(tz)
	if err != nil {
		return Time{}, err
	}
	return Time{int(v[0]), int(v[1]), int(v[2]), int(v[3]), t, int(v[4])}, nil
}

var datetimeKw = []string{"year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"}

func datetimeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := getargs36kw("", args, kwargs, datetimeKw, 3, 8, intSlots(7))
	if err != nil {
		return nil, err
	}
	date, err := parseYMD(a[0], a[1], a[2])
	if err != nil {
		return nil, err
	}
	tm, err := parseHMSF(a[3], a[4], a[5], a[6], a[7], a[8])
	if err != nil {
		return nil, err
	}
	return combine(date, tm), nil
}

func combine(d Date, t Time) Datetime {
	return Datetime{Date: d, Hour: t.Hour, Minute: t.Minute, Second: t.Second, Micro: t.Micro, Tz: t.Tz, Fold: t.Fold}
}

// TimePart is dt.timetz().
func (dt Datetime) TimePart() Time {
	return Time{dt.Hour, dt.Minute, dt.Second, dt.Micro, dt.tz(), dt.Fold}
}

func (dt Datetime) tz() py.Object {
	if dt.Tz == nil {
		return py.None
	}
	return dt.Tz
}

// offset returns dt.utcoffset(), ok false if naive (or the tzinfo
// answered None).
func (dt Datetime) offset() (Timedelta, bool, error) {
	return tzOffset(dt.Tz, "utcoffset", dt)
}

// micros is the wall-clock time in microseconds since 0001-01-01 00:00.
func (dt Datetime) micros() int64 {
	return (int64(dt.Ordinal()-1)*86400+int64(dt.Hour*3600+dt.Minute*60+dt.Second))*1000000 + int64(dt.Micro)
}

// utcMicros is micros() minus the UTC offset (the wall clock if naive).
func (dt Datetime) utcMicros() (*big.Int, error) {
	m := big.NewInt(dt.micros())
	off, ok, err := dt.offset()
	if err != nil {
		return nil, err
	}
	if ok {
		m.Sub(m, off.Micros())
	}
	return m, nil
}

// fromMicros builds a datetime from micros() units, keeping tz.
func fromMicros(m *big.Int, tz py.Object) (Datetime, error) {
	lo := big.NewInt(0)
	hi := big.NewInt(int64(maxOrd) * 86400 * 1000000)
	if m.Cmp(lo) < 0 || m.Cmp(hi) >= 0 {
		return Datetime{}, py.ExceptionNewf(py.OverflowError, "date value out of range")
	}
	return fromMicros64(m.Int64(), tz)
}

// addDelta returns dt + sign*td.
func (dt Datetime) addDelta(td Timedelta, sign int) (py.Object, error) {
	if d, ok := td.micros64(); ok {
		// micros() < 3.2e17 and |d| < 4.4e18: the sum fits
		return fromMicros64(dt.micros()+int64(sign)*d, dt.tz())
	}
	d := td.Micros()
	if sign < 0 {
		d.Neg(d)
	}
	return fromMicros(d.Add(d, big.NewInt(dt.micros())), dt.tz())
}

// ISOFormat is dt.isoformat(sep, timespec).
func (dt Datetime) ISOFormat(sep string, timespec string) (string, error) {
	t, err := dt.TimePart().isoFormat(timespec, dt)
	if err != nil {
		return "", err
	}
	return dt.Date.ISOFormat() + sep + t, nil
}

// M__str__ is isoformat(' ').
func (dt Datetime) M__str__() (py.Object, error) {
	s, err := dt.ISOFormat(" ", "auto")
	return py.String(s), err
}

// M__repr__ is "datetime.datetime(Y, M, D, h, m[, s[, us]][, tzinfo=...])".
func (dt Datetime) M__repr__() (py.Object, error) {
	s := fmt.Sprintf("datetime.datetime(%d, %d, %d, %d, %d", dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute)
	switch {
	case dt.Micro != 0:
		s += fmt.Sprintf(", %d, %d", dt.Second, dt.Micro)
	case dt.Second != 0:
		s += fmt.Sprintf(", %d", dt.Second)
	}
	return py.String(s + foldReprSuffix(dt.Fold) + tzReprSuffix(dt.tz()) + ")"), nil
}

func foldReprSuffix(fold int) string {
	if fold == 0 {
		return ""
	}
	return ", fold=1"
}

func tzReprSuffix(tz py.Object) string {
	if tz == py.None {
		return ""
	}
	r, err := py.ReprAsString(tz)
	if err != nil {
		r = "?"
	}
	return ", tzinfo=" + r
}

// M__add__ is datetime + timedelta.
func (dt Datetime) M__add__(other py.Object) (py.Object, error) {
	td, ok := other.(Timedelta)
	if !ok {
		return py.NotImplemented, nil
	}
	return dt.addDelta(td, 1)
}

// M__radd__ is timedelta + datetime.
func (dt Datetime) M__radd__(other py.Object) (py.Object, error) { return dt.M__add__(other) }

// M__sub__ is datetime - timedelta or datetime - datetime.
func (dt Datetime) M__sub__(other py.Object) (py.Object, error) {
	switch o := other.(type) {
	case Timedelta:
		return dt.addDelta(o, -1)
	case Datetime:
		if dt.tz() == o.tz() {
			return timedeltaFromMicros64(dt.micros() - o.micros())
		}
		d := big.NewInt(dt.micros() - o.micros())
		offA, a, err := dt.offset()
		if err != nil {
			return nil, err
		}
		offB, b, err := o.offset()
		if err != nil {
			return nil, err
		}
		if a != b {
			return nil, pyutil.TypeErrorf("can't subtract offset-naive and offset-aware datetimes")
		}
		if a {
			d.Sub(d, offA.Micros())
			d.Add(d, offB.Micros())
		}
		return TimedeltaFromMicros(d)
	}
	return py.NotImplemented, nil
}

func (dt Datetime) cmp(other py.Object, op string) (py.Object, error) {
	switch o := other.(type) {
	case Datetime:
		if dt.tz() == o.tz() {
			return cmpResult(op, cmpInt(dt.micros(), o.micros())), nil
		}
		offA, a, err := dt.offset()
		if err != nil {
			return nil, err
		}
		offB, b, err := o.offset()
		if err != nil {
			return nil, err
		}
		if a != b {
			switch op {
			case "==":
				return py.False, nil
			case "!=":
				return py.True, nil
			}
			return nil, pyutil.TypeErrorf("can't compare offset-naive and offset-aware datetimes")
		}
		if offA == offB {
			return cmpResult(op, cmpInt(dt.micros(), o.micros())), nil
		}
		x := new(big.Int).Sub(big.NewInt(dt.micros()), offA.Micros())
		y := new(big.Int).Sub(big.NewInt(o.micros()), offB.Micros())
		return cmpResult(op, x.Cmp(y)), nil
	case Date:
		switch op {
		case "==":
			return py.False, nil
		case "!=":
			return py.True, nil
		}
		return nil, pyutil.TypeErrorf("can't compare %s to %s", dt.Type().Name, o.Type().Name)
	}
	switch op {
	case "==":
		return py.False, nil
	case "!=":
		return py.True, nil
	}
	return nil, notSupported(op, dt, other)
}

// M__eq__ compares datetimes (naive never equals aware).
func (dt Datetime) M__eq__(o py.Object) (py.Object, error) { return dt.cmp(o, "==") }

// M__ne__ compares datetimes.
func (dt Datetime) M__ne__(o py.Object) (py.Object, error) { return dt.cmp(o, "!=") }

// M__lt__ orders datetimes; naive against aware raises TypeError.
func (dt Datetime) M__lt__(o py.Object) (py.Object, error) { return dt.cmp(o, "<") }

// M__le__ orders datetimes.
func (dt Datetime) M__le__(o py.Object) (py.Object, error) { return dt.cmp(o, "<=") }

// M__gt__ orders datetimes.
func (dt Datetime) M__gt__(o py.Object) (py.Object, error) { return dt.cmp(o, ">") }

// M__ge__ orders datetimes.
func (dt Datetime) M__ge__(o py.Object) (py.Object, error) { return dt.cmp(o, ">=") }

// M__hash__ is consistent with equality (aware values hash their UTC time).
func (dt Datetime) M__hash__() (py.Object, error) {
	dt.Fold = 0
	m, err := dt.utcMicros()
	if err != nil {
		return nil, err
	}
	return py.Int(m.Int64() ^ m.Int64()>>32), nil
}

// Timestamp is dt.timestamp(): POSIX time, local time for naive values.
func (dt Datetime) Timestamp() (float64, error) {
	off, aware, err := dt.offset()
	if err != nil {
		return 0, err
	}
	if !aware && dt.tz() != py.None {
		// CPython subtracts its aware epoch from dt
		return 0, pyutil.TypeErrorf("can't subtract offset-naive and offset-aware datetimes")
	}
	if aware {
		m := new(big.Int).Sub(big.NewInt(dt.micros()), off.Micros())
		m.Sub(m, big.NewInt(int64(epochOrd-1)*86400*1000000))
		f, _ := new(big.Rat).SetFrac(m, big.NewInt(1000000)).Float64()
		return f, nil
	}
	return float64(localToUnix(wallSeconds(dt), dt.Fold)) + float64(dt.Micro)/1e6, nil
}

// floatTimestamp splits a float timestamp as CPython's
// _PyTime_ObjectToTimeval with ROUND_HALF_EVEN.
func floatTimestamp(f float64) (int64, int, error) {
	if math.IsNaN(f) {
		return 0, 0, pyutil.ValueErrorf("Invalid value NaN (not a number)")
	}
	intpart, frac := math.Modf(f)
	frac = math.RoundToEven(frac * 1e6)
	if frac >= 1e6 {
		frac -= 1e6
		intpart++
	} else if frac < 0 {
		frac += 1e6
		intpart--
	}
	if !(intpart >= -9.2e18 && intpart < 9.2e18) {
		return 0, 0, py.ExceptionNewf(py.OverflowError, "timestamp out of range for platform time_t")
	}
	return int64(intpart), int(frac), nil
}

// fromTimestamp is datetime.fromtimestamp(ts, tz) (utc: utcfromtimestamp).
func fromTimestamp(ts, tz py.Object, utc bool) (py.Object, error) {
	sec, us, err := timestampToUnix(ts)
	if err != nil {
		return nil, err
	}
	tzv, err := tzArg(tz)
	if err != nil {
		return nil, err
	}
	loc := localLoc()
	if utc || tzv != py.None {
		loc = time.UTC
	}
	dt, err := unixToLocal(sec, us, loc)
	if err != nil {
		return nil, err
	}
	if tzv != py.None {
		return fromUTC(tzv, dt)
	}
	if loc == localLoc() {
		dt.Fold = localFold(sec)
	}
	return dt, nil
}

// nowIn is datetime.now(tz) / utcnow().
func nowIn(tz py.Object, utc bool) (py.Object, error) {
	tzv, err := tzArg(tz)
	if err != nil {
		return nil, err
	}
	now := time.Now()
	loc := localLoc()
	if utc || tzv != py.None {
		loc = time.UTC
	}
	dt, err := unixToLocal(now.Unix(), now.Nanosecond()/1000, loc)
	if err != nil {
		return nil, err
	}
	if tzv != py.None {
		return fromUTC(tzv, dt)
	}
	return dt, nil
}

// localTimezone is the fixed-offset zone localLoc() has at Unix time sec,
// named as the C library names it.
func localTimezone(sec int64) Timezone {
	name, off := time.Unix(sec, 0).In(localLoc()).Zone()
	return Timezone{Offset: Timedelta{Seconds: int64(off)}.normalized(), Name: name, Named: true}
}

func (td Timedelta) normalized() Timedelta {
	n, _ := TimedeltaFromMicros(td.Micros())
	return n
}

func asDatetime(self py.Object) Datetime {
	if v, ok := self.(Datetime); ok {
		return v
	}
	panic(fmt.Sprintf("descriptor requires a 'datetime.datetime' object but received '%s'", tpName(self)))
}

// isoArgs parses isoformat's sep and timespec.
func isoArgs(args py.Tuple, kwargs py.StringDict, withSep bool) (string, string, error) {
	var sep, ts py.Object
	var err error
	if withSep {
		err = py.ParseTupleAndKeywords(args, kwargs, "|OO:isoformat", []string{"sep", "timespec"}, &sep, &ts)
	} else {
		err = py.ParseTupleAndKeywords(args, kwargs, "|O:isoformat", []string{"timespec"}, &ts)
	}
	if err != nil {
		return "", "", err
	}
	s, spec := "T", "auto"
	if sep != nil {
		v, ok := sep.(py.String)
		if !ok {
			return "", "", pyutil.TypeErrorf("isoformat() argument 1 must be str, not %s", tpName(sep))
		}
		if len([]rune(string(v))) != 1 {
			return "", "", pyutil.TypeErrorf("isoformat() argument 1 must be a unicode character, not str")
		}
		s = string(v)
	}
	if ts != nil {
		v, ok := ts.(py.String)
		if !ok {
			return "", "", pyutil.TypeErrorf("isoformat() argument 2 must be str, not %s", tpName(ts))
		}
		spec = string(v)
	}
	return s, spec, nil
}

// setupDatetime makes datetime a subclass of date and installs its methods (a step of setup, module.go).
func setupDatetime() {
	// datetime is a subclass of date, as in CPython: issubclass and an
	// MRO-aware isinstance see it through Base (gpython readies Go types
	// before this package initialises, so the MRO is not computed).
	DatetimeType.Base = DateType
	DatetimeType.Bases = py.Tuple{DateType}
	d := DatetimeType.Dict
	dateMethods(d)
	timeMethods(d)
	d["utctimetuple"] = noArgs("utctimetuple", func(s py.Object) (py.Object, error) {
		dt := asDatetime(s)
		off, ok, err := dt.offset()
		if err != nil {
			return nil, err
		}
		if ok {
			u, err := dt.addDelta(off, -1)
			if err != nil {
				return nil, err
			}
			dt = u.(Datetime)
		}
		return timeTuple(fieldsOf(dt), 0)
	}, "utctimetuple() -> struct_time\n\nThe moment converted to UTC as a broken-down time (DST flag 0).")
	d["utcfromtimestamp"] = method("utcfromtimestamp", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var ts py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:utcfromtimestamp", []string{"timestamp"}, &ts); err != nil {
			return nil, err
		}
		return fromTimestamp(ts, nil, true)
	}, "utcfromtimestamp(timestamp) -> datetime\n\nThe naive datetime in UTC of a POSIX timestamp.")
	d["fromtimestamp"] = method("fromtimestamp", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var ts, tz py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:fromtimestamp", []string{"timestamp", "tz"}, &ts, &tz); err != nil {
			return nil, err
		}
		return fromTimestamp(ts, tz, false)
	}, "fromtimestamp(timestamp, tz=None) -> datetime\n\nThe moment of a POSIX timestamp as local naive time, or in tz when given.")
	d["now"] = method("now", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var tz py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:now", []string{"tz"}, &tz); err != nil {
			return nil, err
		}
		return nowIn(tz, false)
	}, "now(tz=None) -> datetime\n\nThe present moment: local naive time, or the time in tz when given.")
	d["utcnow"] = method("utcnow", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.ParseTupleAndKeywords(args, kwargs, ":utcnow", nil); err != nil {
			return nil, err
		}
		return nowIn(nil, true)
	}, "utcnow() -> datetime\n\nThe present moment as a naive datetime in UTC.")
	d["today"] = method("today", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := py.ParseTupleAndKeywords(args, kwargs, ":today", nil); err != nil {
			return nil, err
		}
		return nowIn(nil, false)
	}, "today() -> instance of the class\n\nThe present local date (or datetime), as fromtimestamp(time.time()) gives it.")
	d["fromordinal"] = method("fromordinal", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var n py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:fromordinal", []string{"ordinal"}, &n); err != nil {
			return nil, err
		}
		v, err := intArg(n)
		if err != nil {
			return nil, err
		}
		date, err := dateFromOrdinal(v)
		if err != nil {
			return nil, err
		}
		return Datetime{Date: date, Tz: py.None}, nil
	}, "fromordinal(n) -> instance of the class\n\nThe day numbered n, counting 0001-01-01 as day 1.")
	d["combine"] = method("combine", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var dv, tv, tz py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:combine", []string{"date", "time", "tzinfo"}, &dv, &tv, &tz); err != nil {
			return nil, err
		}
		var date Date
		switch v := dv.(type) {
		case Date:
			date = v
		case Datetime:
			date = v.Date
		default:
			return nil, pyutil.TypeErrorf("combine() argument 1 must be datetime.date, not %s", tpName(dv))
		}
		t, ok := tv.(Time)
		if !ok {
			return nil, pyutil.TypeErrorf("combine() argument 2 must be datetime.time, not %s", tpName(tv))
		}
		if tz != nil {
			z, err := tzArg(tz)
			if err != nil {
				return nil, err
			}
			t.Tz = z
		}
		return combine(date, t), nil
	}, "combine(date, time[, tzinfo]) -> datetime\n\nA datetime joining the fields of date and time (and time's tzinfo unless one is given).")
	d["strptime"] = method("strptime", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var s, f py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO:strptime", []string{"date_string", "format"}, &s, &f); err != nil {
			return nil, err
		}
		ss, ok := s.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("strptime() argument 1 must be str, not %s", tpName(s))
		}
		fs, ok := f.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("strptime() argument 2 must be str, not %s", tpName(f))
		}
		return Strptime(string(ss), string(fs))
	}, "strptime(date_string, format) -> datetime\n\nParse date_string following format's % directives, as time.strptime() does.")
	d["isoformat"] = method("isoformat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		sep, spec, err := isoArgs(args, kwargs, true)
		if err != nil {
			return nil, err
		}
		s, err := asDatetime(self).ISOFormat(sep, spec)
		return py.String(s), err
	}, "isoformat(sep='T', timespec='auto') -> str\n\nThe value in ISO 8601 form: date, sep, time, and the UTC offset when aware.")
	d["timestamp"] = noArgs("timestamp", func(s py.Object) (py.Object, error) {
		f, err := asDatetime(s).Timestamp()
		return py.Float(f), err
	}, "timestamp() -> float\n\nSeconds since the POSIX Epoch; naive values are taken as local time.")
	d["date"] = noArgs("date", func(s py.Object) (py.Object, error) { return asDatetime(s).Date, nil }, "date() -> date\n\nThe calendar day part.")
	d["time"] = noArgs("time", func(s py.Object) (py.Object, error) {
		t := asDatetime(s).TimePart()
		t.Tz = py.None
		return t, nil
	}, "time() -> time\n\nThe clock part, without tzinfo.")
	d["timetz"] = noArgs("timetz", func(s py.Object) (py.Object, error) { return asDatetime(s).TimePart(), nil }, "timetz() -> time\n\nThe clock part, keeping tzinfo.")
	d["replace"] = method("replace", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v := asDatetime(self)
		a, err := getargs36kw("replace", args, kwargs, datetimeKw, 0, 8, intSlots(7))
		if err != nil {
			return nil, err
		}
		y, mo, dd, h, mi, s, us, tz, fold := a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]
		date, err := parseYMD(orInt(y, v.Year), orInt(mo, v.Month), orInt(dd, v.Day))
		if err != nil {
			return nil, err
		}
		if tz == nil {
			tz = v.tz()
		}
		t, err := parseHMSF(orInt(h, v.Hour), orInt(mi, v.Minute), orInt(s, v.Second), orInt(us, v.Micro), tz, orInt(fold, v.Fold))
		if err != nil {
			return nil, err
		}
		return combine(date, t), nil
	}, "replace(year=..., month=..., day=..., hour=..., minute=..., second=..., microsecond=..., tzinfo=..., *, fold=...) -> datetime\n\nA copy with the named fields changed.")
	d["astimezone"] = method("astimezone", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v := asDatetime(self)
		var tz py.Object
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:astimezone", []string{"tz"}, &tz); err != nil {
			return nil, err
		}
		tzv, err := tzArg(tz)
		if err != nil {
			return nil, err
		}
		if v.tz() != py.None && tz != nil && v.Tz == tzv {
			return v, nil // already in tz (CPython returns self)
		}
		// Naive values are taken as local time, as CPython 3.6 does:
		// with the offset the zone has at the instant fold selects (in a
		// gap, the offset after that instant's change).
		off, aware, err := v.offset()
		if err != nil {
			return nil, err
		}
		utc := new(big.Int).Sub(big.NewInt(v.micros()), off.Micros())
		if !aware {
			wall := wallSeconds(v)
			u := localToUnix(wall, v.Fold)
			off := localWall(u) - u
			utc = big.NewInt((wall-off+int64(epochOrd-1)*86400)*1000000 + int64(v.Micro))
		}
		if tzv == py.None {
			sec := new(big.Int).Div(utc, big.NewInt(1000000)).Int64() - int64(epochOrd-1)*86400
			target := localTimezone(sec)
			return fromMicros(utc.Add(utc, target.Offset.Micros()), target)
		}
		u, err := fromMicros(utc, tzv)
		if err != nil {
			return nil, err
		}
		return fromUTC(tzv, u)
	}, "astimezone(tz=None) -> datetime\n\nThe same moment expressed in tz (the system's local zone when None).")
	d["__hash__"] = noArgs("__hash__", func(s py.Object) (py.Object, error) { return asDatetime(s).M__hash__() }, "Return hash(self).")
	d["timetuple"] = noArgs("timetuple", func(s py.Object) (py.Object, error) {
		dt := asDatetime(s)
		flag, err := dstFlag(dt.Tz, dt)
		if err != nil {
			return nil, err
		}
		return timeTuple(fieldsOf(dt), flag)
	}, "timetuple() -> struct_time\n\nThe value as a broken-down time, as time.localtime() lays it out.")
	d["min"] = Datetime{Date: Date{1, 1, 1}, Tz: py.None}
	d["max"] = Datetime{Date: Date{MaxYear, 12, 31}, Hour: 23, Minute: 59, Second: 59, Micro: 999999, Tz: py.None}
	d["resolution"] = Timedelta{Micro: 1}
}
