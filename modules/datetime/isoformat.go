package datetime

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/pprint"
)

// fromisoformat is Python 3.7's date.fromisoformat, time.fromisoformat
// and datetime.fromisoformat: the inverse of isoformat(), nothing wider.
// The parser follows CPython 3.7's scan of the UTF-8 text, quirks
// included (a separator of any one character, a time zone read from the
// first '+' or '-', a '.' with nothing after it before the zone), so that
// what it accepts and refuses is the same. Invalid text is ValueError
// "Invalid isoformat string: 'TEXT'"; fields out of range raise the
// constructors' own errors.

// isoText is the UTF-8 text being parsed; reading past its end gives 0,
// as reading the NUL after a C string does.
type isoText string

func (s isoText) at(i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

// digits reads n ASCII digits at p: the value and the position after them,
// or ok false.
func (s isoText) digits(p, n int) (v, next int, ok bool) {
	for i := 0; i < n; i++ {
		c := s.at(p + i)
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, p + n, true
}

// date parses YYYY-MM-DD at the start of s.
func (s isoText) date() (y, m, d int, ok bool) {
	p := 0
	if y, p, ok = s.digits(p, 4); !ok || s.at(p) != '-' {
		return 0, 0, 0, false
	}
	if m, p, ok = s.digits(p+1, 2); !ok || s.at(p) != '-' {
		return 0, 0, 0, false
	}
	if d, _, ok = s.digits(p+1, 2); !ok {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// hmsf parses HH[:MM[:SS[.fff[fff]]]] from p up to end: 0 when it ends
// there, 1 when something follows, negative when malformed.
func (s isoText) hmsf(p, end int, v *[4]int) int {
	for i := 0; i < 3; i++ {
		var ok bool
		if v[i], p, ok = s.digits(p, 2); !ok {
			return -3
		}
		c := s.at(p)
		p++
		if p >= end {
			if c != 0 {
				return 1
			}
			return 0
		}
		if c == ':' {
			continue
		}
		if c == '.' {
			break
		}
		return -4
	}
	n := end - p
	if n != 6 && n != 3 {
		return -3
	}
	us, next, ok := s.digits(p, n)
	if !ok {
		return -3
	}
	if n == 3 {
		us *= 1000
	}
	v[3] = us
	if s.at(next) != 0 {
		return 1
	}
	return 0
}

// isoTime is a parsed time of day and its zone.
type isoTime struct {
	f       [4]int // hour, minute, second, microsecond
	hasZone bool
	zoneSec int // the zone's offset: seconds and microseconds, of one sign
	zoneUs  int
}

// time parses the time part, from p to the end of s.
func (s isoText) time(p int) (t isoTime, ok bool) {
	end := len(s)
	zone := p
	for {
		if c := s.at(zone); c == '+' || c == '-' {
			break
		}
		zone++
		if zone >= end {
			break
		}
	}
	rv := s.hmsf(p, zone, &t.f)
	switch {
	case rv < 0:
		return t, false
	case zone == end:
		return t, rv != 1
	}
	if n := end - zone; n != 6 && n != 9 && n != 16 {
		return t, false
	}
	sign := 1
	if s.at(zone) == '-' {
		sign = -1
	}
	var z [4]int
	if s.hmsf(zone+1, end, &z) != 0 {
		return t, false
	}
	t.hasZone = true
	t.zoneSec = sign * (z[0]*3600 + z[1]*60 + z[2])
	t.zoneUs = sign * z[3]
	return t, true
}

// tzinfo is the zone of a parsed time: None, timezone.utc for a zero
// offset, or a fixed offset (3.7 allows seconds in it) within a day.
func (t isoTime) tzinfo() (py.Object, error) {
	if !t.hasZone {
		return py.None, nil
	}
	if t.zoneSec == 0 {
		return UTC, nil
	}
	off, err := TimedeltaFromMicros(big.NewInt(int64(t.zoneSec)*1000000 + int64(t.zoneUs)))
	if err != nil {
		return nil, err
	}
	if err := checkOffsetRange(off); err != nil {
		return nil, err
	}
	return Timezone{Offset: off}, nil
}

// make builds a Time from t after the constructor's checks (the zone's
// first, as CPython makes it before the time).
func (t isoTime) make() (Time, error) {
	tz, err := t.tzinfo()
	if err != nil {
		return Time{}, err
	}
	if err := checkTime(int64(t.f[0]), int64(t.f[1]), int64(t.f[2]), int64(t.f[3])); err != nil {
		return Time{}, err
	}
	return Time{t.f[0], t.f[1], t.f[2], t.f[3], tz, 0}, nil
}

func invalidISO(arg py.String) error {
	return pyutil.ValueErrorf("Invalid isoformat string: %s", pprint.StrRepr(string(arg)))
}

// isoArg is the single str argument of a fromisoformat.
func isoArg(args py.Tuple, kwargs py.StringDict) (py.String, error) {
	if len(kwargs) != 0 {
		return "", pyutil.TypeErrorf("fromisoformat() takes no keyword arguments")
	}
	if len(args) != 1 {
		return "", pyutil.TypeErrorf("fromisoformat() takes exactly one argument (%d given)", len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("fromisoformat: argument must be str")
	}
	return s, nil
}

// DateFromISOFormat is date.fromisoformat(s): exactly YYYY-MM-DD.
func DateFromISOFormat(s py.String) (py.Object, error) {
	text := isoText(s)
	y, m, d, ok := text.date()
	if !ok || len(text) != 10 {
		return nil, invalidISO(s)
	}
	if err := checkDate(int64(y), int64(m), int64(d)); err != nil {
		return nil, err
	}
	return Date{y, m, d}, nil
}

// TimeFromISOFormat is time.fromisoformat(s).
func TimeFromISOFormat(s py.String) (py.Object, error) {
	t, ok := isoText(s).time(0)
	if !ok {
		return nil, invalidISO(s)
	}
	return t.make()
}

// DatetimeFromISOFormat is datetime.fromisoformat(s): a date, then
// optionally one separator character and a time.
func DatetimeFromISOFormat(s py.String) (py.Object, error) {
	text := isoText(s)
	y, m, d, ok := text.date()
	if !ok {
		return nil, invalidISO(s)
	}
	var t isoTime
	if len(text) > 10 {
		// skip the separator: one UTF-8 character, sized by its lead byte
		p := 11
		if c := text.at(10); c&0x80 != 0 {
			switch c & 0xf0 {
			case 0xe0:
				p = 13
			case 0xf0:
				p = 14
			default:
				p = 12
			}
		}
		if t, ok = text.time(p); !ok {
			return nil, invalidISO(s)
		}
	}
	tz, err := t.tzinfo()
	if err != nil {
		return nil, err
	}
	if err := checkDate(int64(y), int64(m), int64(d)); err != nil {
		return nil, err
	}
	t.hasZone = false // made above
	tm, err := t.make()
	if err != nil {
		return nil, err
	}
	tm.Tz = tz
	return combine(Date{y, m, d}, tm), nil
}

// setupFromISOFormat installs the three fromisoformat class methods (a
// step of setup, module.go).
func setupFromISOFormat() {
	install := func(t *py.Type, doc string, parse func(py.String) (py.Object, error)) {
		t.Dict["fromisoformat"] = method("fromisoformat", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			s, err := isoArg(args, kwargs)
			if err != nil {
				return nil, err
			}
			return parse(s)
		}, doc)
	}
	install(DateType, "str -> Construct a date from the output of date.isoformat()", DateFromISOFormat)
	install(TimeType, "string -> time from time.isoformat() output", TimeFromISOFormat)
	install(DatetimeType, "string -> datetime from datetime.isoformat() output", DatetimeFromISOFormat)
}
