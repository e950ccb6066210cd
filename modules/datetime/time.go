package datetime

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// TimeType is the Python type "datetime.time".
var TimeType = py.ObjectType.NewType("datetime.time", timeDoc, timeNew, nil)

const timeDoc = `time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)

A time of day, naive or tied to a tzinfo; every argument is optional.`

// Time is a time of day, naive (Tz is py.None) or with a tzinfo (as
// Datetime.Tz).
type Time struct {
	Hour, Minute, Second, Micro int
	Tz                          py.Object
	Fold                        int // as Datetime.Fold
}

// Type returns TimeType.
func (Time) Type() *py.Type { return TimeType }

var (
	_ py.I__repr__ = Time{}
	_ py.I__str__  = Time{}
	_ py.I__eq__   = Time{}
	_ py.I__lt__   = Time{}
	_ py.I__bool__ = Time{}
)

var timeKw = []string{"hour", "minute", "second", "microsecond", "tzinfo", "fold"}

func timeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := getargs36kw("", args, kwargs, timeKw, 0, 5, intSlots(4))
	if err != nil {
		return nil, err
	}
	return parseHMSF(a[0], a[1], a[2], a[3], a[4], a[5])
}

func (t Time) tz() py.Object {
	if t.Tz == nil {
		return py.None
	}
	return t.Tz
}

// isoFormat renders HH:MM:SS[.ffffff][+HH:MM] with CPython's timespec,
// the offset being the tzinfo's utcoffset(arg) (arg is the datetime, or
// None for a time).
func (t Time) isoFormat(timespec string, arg py.Object) (string, error) {
	var s string
	switch timespec {
	case "auto":
		s = fmt.Sprintf("%02d:%02d:%02d", t.Hour, t.Minute, t.Second)
		if t.Micro != 0 {
			s += fmt.Sprintf(".%06d", t.Micro)
		}
	case "hours":
		s = fmt.Sprintf("%02d", t.Hour)
	case "minutes":
		s = fmt.Sprintf("%02d:%02d", t.Hour, t.Minute)
	case "seconds":
		s = fmt.Sprintf("%02d:%02d:%02d", t.Hour, t.Minute, t.Second)
	case "milliseconds":
		s = fmt.Sprintf("%02d:%02d:%02d.%03d", t.Hour, t.Minute, t.Second, t.Micro/1000)
	case "microseconds":
		s = fmt.Sprintf("%02d:%02d:%02d.%06d", t.Hour, t.Minute, t.Second, t.Micro)
	default:
		return "", pyutil.ValueErrorf("Unknown timespec value")
	}
	off, ok, err := tzOffset(t.Tz, "utcoffset", arg)
	if err != nil {
		return "", err
	}
	if ok {
		s += formatOffset(off, ":")
	}
	return s, nil
}

// M__str__ is isoformat().
func (t Time) M__str__() (py.Object, error) {
	s, err := t.isoFormat("auto", py.None)
	return py.String(s), err
}

// M__repr__ is "datetime.time(h, m[, s[, us]][, tzinfo=...])".
func (t Time) M__repr__() (py.Object, error) {
	s := fmt.Sprintf("datetime.time(%d, %d", t.Hour, t.Minute)
	switch {
	case t.Micro != 0:
		s += fmt.Sprintf(", %d, %d", t.Second, t.Micro)
	case t.Second != 0:
		s += fmt.Sprintf(", %d", t.Second)
	}
	return py.String(s + tzReprSuffix(t.tz()) + foldReprSuffix(t.Fold) + ")"), nil
}

// M__bool__ is always true (Python 3.5+).
func (t Time) M__bool__() (py.Object, error) { return py.True, nil }

func (t Time) micros() int64 {
	return int64(t.Hour*3600+t.Minute*60+t.Second)*1000000 + int64(t.Micro)
}

func (t Time) cmp(other py.Object, op string) (py.Object, error) {
	o, ok := other.(Time)
	if !ok {
		switch op {
		case "==":
			return py.False, nil
		case "!=":
			return py.True, nil
		}
		return nil, notSupported(op, t, other)
	}
	x, y := t.micros(), o.micros()
	if t.tz() == o.tz() {
		return cmpResult(op, cmpInt(x, y)), nil
	}
	za, a, err := tzOffset(t.Tz, "utcoffset", py.None)
	if err != nil {
		return nil, err
	}
	zb, b, err := tzOffset(o.Tz, "utcoffset", py.None)
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
		return nil, pyutil.TypeErrorf("can't compare offset-naive and offset-aware times")
	}
	if a && za != zb {
		x -= za.Micros().Int64()
		y -= zb.Micros().Int64()
	}
	return cmpResult(op, cmpInt(x, y)), nil
}

// M__hash__ is consistent with equality: an aware time hashes its time
// less its UTC offset.
func (t Time) M__hash__() (py.Object, error) {
	off, ok, err := tzOffset(t.Tz, "utcoffset", py.None)
	if err != nil {
		return nil, err
	}
	m := t.micros()
	if ok {
		m -= off.Micros().Int64()
	}
	return py.Int(m), nil
}

// M__eq__ compares times.
func (t Time) M__eq__(o py.Object) (py.Object, error) { return t.cmp(o, "==") }

// M__ne__ compares times.
func (t Time) M__ne__(o py.Object) (py.Object, error) { return t.cmp(o, "!=") }

// M__lt__ orders times.
func (t Time) M__lt__(o py.Object) (py.Object, error) { return t.cmp(o, "<") }

// M__le__ orders times.
func (t Time) M__le__(o py.Object) (py.Object, error) { return t.cmp(o, "<=") }

// M__gt__ orders times.
func (t Time) M__gt__(o py.Object) (py.Object, error) { return t.cmp(o, ">") }

// M__ge__ orders times.
func (t Time) M__ge__(o py.Object) (py.Object, error) { return t.cmp(o, ">=") }

// timePart returns the time fields of a time or datetime.
func timePart(self py.Object) Time {
	switch v := self.(type) {
	case Time:
		return v
	case Datetime:
		return v.TimePart()
	}
	panic(fmt.Sprintf("descriptor requires a 'datetime.time' object but received '%s'", tpName(self)))
}

// timeMethods installs what time and datetime share.
func timeMethods(d py.StringDict) {
	d["hour"] = prop(func(s py.Object) (py.Object, error) { return py.Int(timePart(s).Hour), nil }, "hour (0-23)")
	d["minute"] = prop(func(s py.Object) (py.Object, error) { return py.Int(timePart(s).Minute), nil }, "minute (0-59)")
	d["second"] = prop(func(s py.Object) (py.Object, error) { return py.Int(timePart(s).Second), nil }, "second (0-59)")
	d["microsecond"] = prop(func(s py.Object) (py.Object, error) { return py.Int(timePart(s).Micro), nil }, "microsecond (0-999999)")
	d["tzinfo"] = prop(func(s py.Object) (py.Object, error) { return timePart(s).tz(), nil }, "timezone info object")
	d["fold"] = prop(func(s py.Object) (py.Object, error) { return py.Int(timePart(s).Fold), nil }, "")
	d["utcoffset"] = noArgs("utcoffset", func(s py.Object) (py.Object, error) {
		return optTimedelta(tzOffset(timePart(s).Tz, "utcoffset", tzCallArg(s)))
	}, "utcoffset() -> timedelta or None\n\nWhat tzinfo.utcoffset() says for this value (None when naive).")
	d["dst"] = noArgs("dst", func(s py.Object) (py.Object, error) {
		return optTimedelta(tzOffset(timePart(s).Tz, "dst", tzCallArg(s)))
	}, "dst() -> timedelta or None\n\nWhat tzinfo.dst() says for this value (None when naive).")
	d["tzname"] = noArgs("tzname", func(s py.Object) (py.Object, error) {
		name, ok, err := tzName(timePart(s).Tz, tzCallArg(s))
		if err != nil || !ok {
			return py.None, err
		}
		return py.String(name), nil
	}, "tzname() -> str or None\n\nWhat tzinfo.tzname() says for this value (None when naive).")
}

// setupTime installs time's methods (a step of setup, module.go).
func setupTime() {
	d := TimeType.Dict
	timeMethods(d)
	d["isoformat"] = method("isoformat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		_, spec, err := isoArgs(args, kwargs, false)
		if err != nil {
			return nil, err
		}
		s, err := timePart(self).isoFormat(spec, py.None)
		return py.String(s), err
	}, "isoformat(timespec='auto') -> str\n\nThe time of day in ISO 8601 form, with the UTC offset when aware.")
	d["strftime"] = method("strftime", func(s py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
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
	}, "strftime(format) -> str\n\nThe value formatted with time.strftime()-style % directives.")
	d["__format__"] = py.MustNewMethod("__format__", formatWithStrftime, 0, "__format__(format_spec) -> str\n\nstrftime(format_spec), or str(self) for an empty spec.")
	d["replace"] = method("replace", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v := timePart(self)
		a, err := getargs36kw("replace", args, kwargs, timeKw, 0, 5, intSlots(4))
		if err != nil {
			return nil, err
		}
		h, m, s, us, tz, fold := a[0], a[1], a[2], a[3], a[4], a[5]
		if tz == nil {
			tz = v.tz()
		}
		return parseHMSF(orInt(h, v.Hour), orInt(m, v.Minute), orInt(s, v.Second), orInt(us, v.Micro), tz, orInt(fold, v.Fold))
	}, "replace(hour=..., minute=..., second=..., microsecond=..., tzinfo=..., *, fold=...) -> time\n\nA copy with the named fields changed.")
	d["__hash__"] = noArgs("__hash__", func(s py.Object) (py.Object, error) { return timePart(s).M__hash__() }, "Return hash(self).")
	d["min"] = Time{Tz: py.None}
	d["max"] = Time{23, 59, 59, 999999, py.None, 0}
	d["resolution"] = Timedelta{Micro: 1}
}

// tzCallArg is what a time's or datetime's tzinfo methods are called
// with: the datetime itself, or None for a time.
func tzCallArg(self py.Object) py.Object {
	if _, ok := self.(Datetime); ok {
		return self
	}
	return py.None
}
