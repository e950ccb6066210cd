package datetime

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/pprint"
)

// TzinfoType is the Python type "datetime.tzinfo", the abstract base of
// time zones: timezone, and Python classes that subclass it (their
// methods are called through tzcall.go).
var TzinfoType = py.ObjectType.NewType("datetime.tzinfo", "Base class for time zone descriptions: subclasses supply utcoffset(), dst() and tzname().", nil, nil)

// TimezoneType is the Python type "datetime.timezone": a fixed offset
// from UTC.
var TimezoneType = py.ObjectType.NewType("datetime.timezone", "timezone(offset, name=None)\n\nA tzinfo for a constant offset from UTC, with an optional name.", timezoneNew, nil)

// Timezone is a fixed UTC offset with an optional name. The zero value is
// timezone.utc.
type Timezone struct {
	Offset Timedelta
	Name   string
	Named  bool
}

// UTC is timezone.utc.
var UTC = Timezone{}

// Type returns TimezoneType.
func (Timezone) Type() *py.Type { return TimezoneType }

var (
	_ py.I__repr__ = Timezone{}
	_ py.I__str__  = Timezone{}
	_ py.I__eq__   = Timezone{}
)

var dayMicros = Timedelta{Days: 1}.Micros()

func timezoneNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := getargs36("timezone", args, kwargs, []string{"offset", "name"}, 1, nil)
	if err != nil {
		return nil, err
	}
	offset, name := a[0], a[1]
	td, ok := offset.(Timedelta)
	if !ok {
		return nil, pyutil.TypeErrorf("timezone() argument 1 must be datetime.timedelta, not %s", tpName(offset))
	}
	tz := Timezone{Offset: td}
	if name != nil {
		s, ok := name.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("timezone() argument 2 must be str, not %s", tpName(name))
		}
		tz.Name, tz.Named = string(s), true
	}
	if err := checkOffset(td); err != nil {
		return nil, err
	}
	return tz, nil
}

// checkOffset is CPython 3.6's check of a timezone's offset: a whole
// number of minutes, strictly within a day either way.
func checkOffset(td Timedelta) error {
	if td.Micro != 0 || td.Seconds%60 != 0 {
		r, _ := td.M__repr__()
		return pyutil.ValueErrorf("offset must be a timedelta representing a whole number of minutes, not %s.", r)
	}
	return checkOffsetRange(td)
}

// checkOffsetRange is the range half of checkOffset (3.7's fromisoformat
// checks only that).
func checkOffsetRange(td Timedelta) error {
	if m := td.Micros(); m.CmpAbs(dayMicros) >= 0 {
		r, _ := td.M__repr__()
		return pyutil.ValueErrorf("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", r)
	}
	return nil
}

// formatOffset renders an offset as +HH<sep>MM[<sep>SS[.ffffff]].
func formatOffset(td Timedelta, sep string) string {
	sign := byte('+')
	if td.Days < 0 {
		sign = '-'
		n, _ := td.M__neg__()
		td = n.(Timedelta)
	}
	secs := td.Days*86400 + td.Seconds
	s := fmt.Sprintf("%c%02d%s%02d", sign, secs/3600, sep, secs/60%60)
	if secs%60 != 0 || td.Micro != 0 {
		s += fmt.Sprintf("%s%02d", sep, secs%60)
		if td.Micro != 0 {
			s += fmt.Sprintf(".%06d", td.Micro)
		}
	}
	return s
}

// TZName is tz.tzname(None).
func (tz Timezone) TZName() string {
	switch {
	case tz.Named:
		return tz.Name
	case tz.Offset == Timedelta{}:
		return "UTC"
	}
	return "UTC" + formatOffset(tz.Offset, ":")
}

// M__repr__ is "datetime.timezone.utc" or "datetime.timezone(offset[, name])".
func (tz Timezone) M__repr__() (py.Object, error) {
	if tz == UTC {
		return py.String("datetime.timezone.utc"), nil
	}
	r, _ := tz.Offset.M__repr__()
	s := "datetime.timezone(" + string(r.(py.String))
	if tz.Named {
		s += ", " + pprint.StrRepr(tz.Name)
	}
	return py.String(s + ")"), nil
}

// M__str__ is tzname(None).
func (tz Timezone) M__str__() (py.Object, error) { return py.String(tz.TZName()), nil }

// M__eq__ compares offsets (names are ignored, as in CPython).
func (tz Timezone) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(Timezone)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(o.Offset == tz.Offset), nil
}

// M__hash__ is the offset's hash (names are ignored, as by M__eq__).
func (tz Timezone) M__hash__() (py.Object, error) { return tz.Offset.M__hash__() }

// setupTzinfo installs the abstract tzinfo's methods: each raises
// NotImplementedError, as CPython's base class does.
func setupTzinfo() {
	// tzinfo's instances are plain objects: their attributes are found
	// through the type's MRO, which Ready computes (gpython readied the
	// type, with an empty MRO, before this package initialised).
	TzinfoType.Flags &^= py.TPFLAGS_READY
	if err := TzinfoType.Ready(); err != nil {
		panic(err)
	}
	d := TzinfoType.Dict
	for _, name := range []string{"utcoffset", "dst", "tzname"} {
		d[name] = py.MustNewMethod(name, func(self, dt py.Object) (py.Object, error) {
			return nil, py.ExceptionNewf(py.NotImplementedError, "a tzinfo subclass must implement %s()", name)
		}, 0, "datetime -> "+name)
	}
	d["fromutc"] = py.MustNewMethod("fromutc", func(self, dt py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return tzinfoFromutc(self, dt)
	}, 0, "fromutc(dt) -> datetime\n\nConvert dt, whose fields hold UTC time, to this zone's local time.")
}

// M__ne__ is the negation of M__eq__.
func (tz Timezone) M__ne__(other py.Object) (py.Object, error) {
	o, ok := other.(Timezone)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(o.Offset != tz.Offset), nil
}

// tzArg validates a tzinfo argument: None or a tzinfo instance.
func tzArg(o py.Object) (py.Object, error) {
	if o == nil || o == py.None {
		return py.None, nil
	}
	if isTzinfo(o) {
		return o, nil
	}
	return nil, pyutil.TypeErrorf("tzinfo argument must be None or of a tzinfo subclass, not type '%s'", tpName(o))
}

// checkDtArg is the dt argument check of timezone's methods.
func checkDtArg(name string, dt py.Object) error {
	if dt == py.None {
		return nil
	}
	if _, ok := dt.(Datetime); ok {
		return nil
	}
	return pyutil.TypeErrorf("%s(dt) argument must be a datetime instance or None, not %s", name, tpName(dt))
}

func asTimezone(self py.Object) Timezone {
	if tz, ok := self.(Timezone); ok {
		return tz
	}
	panic(fmt.Sprintf("descriptor requires a 'datetime.timezone' object but received '%s'", tpName(self)))
}

// setupTimezone installs timezone's attributes and methods (a step of setup, module.go).
func setupTimezone() {
	// timezone is a subclass of tzinfo, as in CPython (see setupDatetime
	// for why Base is set here).
	TimezoneType.Base = TzinfoType
	TimezoneType.Bases = py.Tuple{TzinfoType}
	TimezoneType.Flags &^= py.TPFLAGS_BASETYPE // as in 3.6: not an acceptable base type
	setupTzinfo()
	d := TimezoneType.Dict
	d["__hash__"] = noArgs("__hash__", func(s py.Object) (py.Object, error) { return asTimezone(s).M__hash__() }, "Return hash(self).")
	d["utc"] = UTC
	d["min"] = Timezone{Offset: Timedelta{Days: -1, Seconds: 60}}
	d["max"] = Timezone{Offset: Timedelta{Seconds: 86340}}
	d["utcoffset"] = py.MustNewMethod("utcoffset", func(self, dt py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if err := checkDtArg("utcoffset", dt); err != nil {
			return nil, err
		}
		return asTimezone(self).Offset, nil
	}, 0, "Return fixed offset.")
	d["dst"] = py.MustNewMethod("dst", func(self, dt py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if err := checkDtArg("dst", dt); err != nil {
			return nil, err
		}
		return py.None, nil
	}, 0, "Return None.")
	d["tzname"] = py.MustNewMethod("tzname", func(self, dt py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if err := checkDtArg("tzname", dt); err != nil {
			return nil, err
		}
		return py.String(asTimezone(self).TZName()), nil
	}, 0, "tzname(dt) -> str\n\nThe name the timezone was created with, else its offset written as 'UTC+HH:MM'.")
	d["fromutc"] = py.MustNewMethod("fromutc", func(self, dt py.Object) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		tz := asTimezone(self)
		v, ok := dt.(Datetime)
		if !ok {
			return nil, pyutil.TypeErrorf("fromutc: argument must be a datetime")
		}
		if v.Tz != py.Object(tz) {
			return nil, pyutil.ValueErrorf("fromutc: dt.tzinfo is not self")
		}
		return v.addDelta(tz.Offset, 1)
	}, 0, "fromutc(dt) -> datetime\n\nConvert dt, whose fields hold UTC time, to this zone's local time.")
}
