package datetime

import (
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// A datetime's or time's tzinfo is py.None, a Timezone (answered in Go)
// or an instance of a Python subclass of tzinfo, whose utcoffset, dst,
// tzname and fromutc are called as CPython 3.6 calls them, with its
// checks of what they return.

// isTzinfo reports whether o is a tzinfo instance.
func isTzinfo(o py.Object) bool {
	if _, ok := o.(Timezone); ok {
		return true
	}
	t := o.Type()
	return t != nil && t.IsSubtype(TzinfoType)
}

// callTz calls tz.name(arg).
func callTz(tz py.Object, name string, arg py.Object) (py.Object, error) {
	m, err := py.GetAttrString(tz, name)
	if err != nil {
		return nil, err
	}
	return vm.Call(m, py.Tuple{arg}, nil) // judged by the global cache (vm/namespace_quiet.go)
}

// tzOffset is CPython 3.6's call_utcoffset (name "utcoffset") or
// call_dst (name "dst"): the tzinfo's answer for arg (a datetime, or None
// for a time), ok false when the tzinfo is None or answered None.
func tzOffset(tz py.Object, name string, arg py.Object) (Timedelta, bool, error) {
	if tz == nil || tz == py.None {
		return Timedelta{}, false, nil
	}
	if z, ok := tz.(Timezone); ok {
		if name == "dst" {
			return Timedelta{}, false, nil
		}
		return z.Offset, true, nil
	}
	r, err := callTz(tz, name, arg)
	if err != nil {
		return Timedelta{}, false, err
	}
	if r == py.None {
		return Timedelta{}, false, nil
	}
	td, ok := r.(Timedelta)
	if !ok {
		return Timedelta{}, false, pyutil.TypeErrorf("tzinfo.%s() must return None or timedelta, not '%s'", name, r.Type().Name)
	}
	if td.Micro != 0 {
		return Timedelta{}, false, pyutil.ValueErrorf("offset must be a timedelta representing a whole number of seconds")
	}
	if td.Micros().CmpAbs(dayMicros) >= 0 {
		return Timedelta{}, false, pyutil.ValueErrorf("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
	}
	return td, true, nil
}

// tzName is CPython 3.6's call_tzname: ok false for None.
func tzName(tz py.Object, arg py.Object) (string, bool, error) {
	if tz == nil || tz == py.None {
		return "", false, nil
	}
	if z, ok := tz.(Timezone); ok {
		return z.TZName(), true, nil
	}
	r, err := callTz(tz, "tzname", arg)
	if err != nil {
		return "", false, err
	}
	if r == py.None {
		return "", false, nil
	}
	s, ok := r.(py.String)
	if !ok {
		return "", false, pyutil.TypeErrorf("tzinfo.tzname() must return None or a string, not '%s'", r.Type().Name)
	}
	return string(s), true, nil
}

// optTimedelta is a timedelta, or None when ok is false.
func optTimedelta(td Timedelta, ok bool, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	if !ok {
		return py.None, nil
	}
	return td, nil
}

// dstFlag is timetuple's tm_isdst: -1 without a dst, else 1 or 0.
func dstFlag(tz, arg py.Object) (int, error) {
	td, ok, err := tzOffset(tz, "dst", arg)
	switch {
	case err != nil:
		return 0, err
	case !ok:
		return -1, nil
	case td == Timedelta{}:
		return 0, nil
	}
	return 1, nil
}

// fromUTC is tz.fromutc(dt): in Go for a Timezone, else a method call
// (which a subclass may override; tzinfo's own is tzinfoFromutc).
func fromUTC(tz py.Object, dt Datetime) (py.Object, error) {
	if z, ok := tz.(Timezone); ok {
		dt.Tz = z
		return dt.addDelta(z.Offset, 1)
	}
	dt.Tz = tz
	m, err := py.GetAttrString(tz, "fromutc")
	if err != nil {
		return nil, err
	}
	return vm.Call(m, py.Tuple{dt}, nil)
}

// tzinfoFromutc is tzinfo.fromutc's default algorithm (the one the
// library reference describes): dt's standard local time, then the dst
// of that local time added.
func tzinfoFromutc(self, arg py.Object) (py.Object, error) {
	dt, ok := arg.(Datetime)
	if !ok {
		return nil, pyutil.TypeErrorf("fromutc: argument must be a datetime")
	}
	if dt.tz() == py.None || dt.Tz != self {
		return nil, pyutil.ValueErrorf("fromutc: dt.tzinfo is not self")
	}
	off, ok, err := tzOffset(dt.Tz, "utcoffset", dt)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, pyutil.ValueErrorf("fromutc: non-None utcoffset() result required")
	}
	dst, ok, err := tzOffset(dt.Tz, "dst", dt)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, pyutil.ValueErrorf("fromutc: non-None dst() result required")
	}
	delta := new(big.Int).Sub(off.Micros(), dst.Micros())
	std, err := fromMicros(delta.Add(delta, big.NewInt(dt.micros())), dt.Tz)
	if err != nil {
		return nil, err
	}
	std.Fold = dt.Fold
	dst, ok, err = tzOffset(std.Tz, "dst", std)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, pyutil.ValueErrorf("fromutc: tz.dst() gave inconsistent results; cannot convert")
	}
	if dst == (Timedelta{}) {
		return std, nil
	}
	return std.addDelta(dst, 1)
}

// tzSuffixes are the %z and %Z strftime expansions for tz at arg.
func tzSuffixes(format string, tz, arg py.Object) (z, zname string, err error) {
	if strings.Contains(format, "%z") {
		td, ok, err := tzOffset(tz, "utcoffset", arg)
		if err != nil {
			return "", "", err
		}
		if ok {
			z = formatOffset(td, "")
		}
	}
	if strings.Contains(format, "%Z") {
		s, ok, err := tzName(tz, arg)
		if err != nil {
			return "", "", err
		}
		if ok {
			zname = s
		}
	}
	return z, zname, nil
}
