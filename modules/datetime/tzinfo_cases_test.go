package datetime_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of datetime with tzinfo subclasses written in Python
// (the library reference's UTC, FixedOffset and a US-style DST zone, plus
// zones that answer wrongly): utcoffset/dst/tzname calls and their checks,
// tzinfo.fromutc's algorithm and its errors, astimezone, comparisons,
// subtraction, formatting, timetuple and hashing.

const tzinfoPrelude = pytesting.ShowRepr + `from datetime import datetime, date, time, timedelta, timezone, tzinfo
ZERO = timedelta(0)
HOUR = timedelta(hours=1)
class UTC(tzinfo):
    def utcoffset(self, dt): return ZERO
    def tzname(self, dt): return "UTC"
    def dst(self, dt): return ZERO
    def __repr__(self): return "UTC()"
class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt): return self.off
    def tzname(self, dt): return self.name
    def dst(self, dt): return ZERO
    def __repr__(self): return "Fixed(%s)" % self.name
def first_sunday_on_or_after(dt):
    days_to_go = 6 - dt.weekday()
    if days_to_go:
        dt += timedelta(days_to_go)
    return dt
class USEastern(tzinfo):
    def utcoffset(self, dt): return timedelta(hours=-5) + self.dst(dt)
    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 1))
        if start <= dt.replace(tzinfo=None) < end:
            return HOUR
        return ZERO
    def tzname(self, dt): return "EDT" if self.dst(dt) else "EST"
    def __repr__(self): return "USEastern()"
class Ret(tzinfo):
    def __init__(self, v): self.v = v
    def utcoffset(self, dt): return self.v
    def dst(self, dt): return self.v
    def tzname(self, dt): return self.v
    def __repr__(self): return "Ret(%r)" % (self.v,)
class Naive(tzinfo):
    def utcoffset(self, dt): return None
    def dst(self, dt): return None
    def tzname(self, dt): return None
    def __repr__(self): return "Naive()"
class Bare(tzinfo):
    def __repr__(self): return "Bare()"
class Shift(tzinfo):
    def utcoffset(self, dt): return HOUR
    def dst(self, dt): return ZERO
    def fromutc(self, dt): return dt.replace(tzinfo=None)
    def __repr__(self): return "Shift()"
class Flaky(tzinfo):
    def utcoffset(self, dt): return HOUR
    def dst(self, dt): return ZERO if dt.hour < 5 else None
    def __repr__(self): return "Flaky()"
class Raises(tzinfo):
    def utcoffset(self, dt): raise KeyError("boom")
    def __repr__(self): return "Raises()"
U = UTC()
IST = Fixed(330, "IST")
EST = Fixed(-300, "EST")
ET = USEastern()
S = datetime(2018, 7, 4, 12, 30, tzinfo=ET)
W = datetime(2018, 1, 4, 12, 30, tzinfo=ET)
`

var casesTzinfo = []pytesting.Case{
	// construction and the tzinfo argument
	{"construct", `datetime(2018, 1, 5, 9, 30, tzinfo=U)`},
	{"construct positional", `datetime(2018, 1, 5, 9, 30, 0, 0, IST)`},
	{"construct time", `time(9, 30, tzinfo=IST)`},
	{"tzinfo attribute", `(datetime(2018, 1, 5, tzinfo=IST).tzinfo is IST, time(tzinfo=U).tzinfo is U)`},
	{"tzinfo int", `datetime(2018, 1, 5, tzinfo=5)`},
	{"tzinfo str time", `time(1, tzinfo="UTC")`},
	{"isinstance", `(isinstance(U, tzinfo), issubclass(Fixed, tzinfo), Fixed(60, "x").name)`},
	{"plain tzinfo", `datetime(2018, 1, 5, tzinfo=tzinfo()).tzinfo is not None`},
	// utcoffset, dst, tzname
	{"methods utc", `(datetime(2018, 1, 5, tzinfo=U).utcoffset(), datetime(2018, 1, 5, tzinfo=U).dst(), datetime(2018, 1, 5, tzinfo=U).tzname())`},
	{"methods fixed", `(datetime(2018, 1, 5, tzinfo=IST).utcoffset(), EST.utcoffset(None), datetime(2018, 1, 5, tzinfo=EST).tzname())`},
	{"methods dst summer", `(S.utcoffset(), S.dst(), S.tzname())`},
	{"methods dst winter", `(W.utcoffset(), W.dst(), W.tzname())`},
	{"time methods", `(time(1, tzinfo=ET).utcoffset(), time(1, tzinfo=ET).dst(), time(1, tzinfo=ET).tzname())`},
	{"naive tzinfo", `(datetime(2018, 1, 5, tzinfo=Naive()).utcoffset(), datetime(2018, 1, 5, tzinfo=Naive()).dst(), datetime(2018, 1, 5, tzinfo=Naive()).tzname())`},
	{"utcoffset int", `datetime(2018, 1, 5, tzinfo=Ret(5)).utcoffset()`},
	{"dst str", `datetime(2018, 1, 5, tzinfo=Ret("x")).dst()`},
	{"tzname int", `datetime(2018, 1, 5, tzinfo=Ret(5)).tzname()`},
	{"tzname timedelta", `time(1, tzinfo=Ret(HOUR)).tzname()`},
	{"offset day", `datetime(2018, 1, 5, tzinfo=Ret(timedelta(hours=24))).utcoffset()`},
	{"offset minus day", `datetime(2018, 1, 5, tzinfo=Ret(timedelta(hours=-24))).dst()`},
	{"offset seconds", `(datetime(2018, 1, 5, tzinfo=Ret(timedelta(seconds=30))).utcoffset(), datetime(2018, 1, 5, tzinfo=Ret(timedelta(hours=-1))).utcoffset())`},
	{"offset microseconds", `datetime(2018, 1, 5, tzinfo=Ret(timedelta(microseconds=1))).utcoffset()`},
	{"offset raises", `datetime(2018, 1, 5, tzinfo=Raises()).utcoffset()`},
	{"abstract utcoffset", `datetime(2018, 1, 5, tzinfo=Bare()).utcoffset()`},
	{"abstract dst", `datetime(2018, 1, 5, tzinfo=Bare()).dst()`},
	{"abstract tzname", `time(tzinfo=Bare()).tzname()`},
	{"abstract direct", `tzinfo().utcoffset(None)`},
	// fromutc
	{"fromutc default", `ET.fromutc(datetime(2018, 7, 4, 16, tzinfo=ET))`},
	{"fromutc winter", `ET.fromutc(datetime(2018, 1, 4, 17, tzinfo=ET))`},
	{"fromutc not datetime", `ET.fromutc(5)`},
	{"fromutc naive", `ET.fromutc(datetime(2018, 1, 4))`},
	{"fromutc other tz", `ET.fromutc(datetime(2018, 1, 4, tzinfo=U))`},
	{"fromutc none offset", `Naive().fromutc(datetime(2018, 1, 4, tzinfo=Naive()))`},
	{"fromutc none dst", `(lambda z: z.fromutc(datetime(2018, 1, 4, tzinfo=z)))(Ret(None))`},
	{"fromutc inconsistent", `(lambda z: z.fromutc(datetime(2018, 1, 4, 6, tzinfo=z)))(Flaky())`},
	{"fromutc consistent", `(lambda z: z.fromutc(datetime(2018, 1, 4, 1, tzinfo=z)))(Flaky())`},
	{"fromutc abstract", `(lambda z: z.fromutc(datetime(2018, 1, 4, tzinfo=z)))(Bare())`},
	// astimezone
	{"astimezone to fixed", `datetime(2018, 1, 5, 12, tzinfo=U).astimezone(IST)`},
	{"astimezone to dst", `(datetime(2018, 7, 4, 16, tzinfo=U).astimezone(ET), datetime(2018, 1, 4, 16, tzinfo=U).astimezone(ET))`},
	{"astimezone from dst", `(S.astimezone(U), W.astimezone(timezone.utc))`},
	{"astimezone timezone to python", `datetime(2018, 3, 11, 7, 30, tzinfo=timezone.utc).astimezone(ET)`},
	{"astimezone same", `S.astimezone(ET) is S`},
	{"astimezone overridden fromutc", `datetime(2018, 1, 5, 12, tzinfo=U).astimezone(Shift())`},
	{"astimezone bad", `S.astimezone(5)`},
	{"astimezone error", `datetime(2018, 1, 5, tzinfo=Ret(5)).astimezone(U)`},
	{"astimezone overflow", `datetime(1, 1, 1, tzinfo=Fixed(60, "P1")).astimezone(U)`},
	{"astimezone fromutc error", `datetime(2018, 1, 5, tzinfo=U).astimezone(Ret(None))`},
	// comparisons and subtraction
	{"compare across", `(datetime(2018, 1, 5, 12, tzinfo=U) == datetime(2018, 1, 5, 17, 30, tzinfo=IST), datetime(2018, 1, 5, 12, tzinfo=U) < datetime(2018, 1, 5, 17, 31, tzinfo=IST))`},
	{"compare with timezone", `datetime(2018, 1, 5, 7, tzinfo=EST) == datetime(2018, 1, 5, 12, tzinfo=timezone.utc)`},
	{"compare naive tzinfo", `(datetime(2018, 1, 5, tzinfo=Naive()) == datetime(2018, 1, 5), datetime(2018, 1, 5, tzinfo=Naive()) < datetime(2018, 1, 5, tzinfo=U))`},
	{"compare naive aware eq", `datetime(2018, 1, 5, tzinfo=Naive()) == datetime(2018, 1, 5, tzinfo=U)`},
	{"compare same tz no call", `datetime(2018, 1, 5, tzinfo=Ret(5)) < datetime(2018, 1, 6, tzinfo=Ret(5))`},
	{"compare error", `datetime(2018, 1, 5, tzinfo=Ret(timedelta(days=2))) == datetime(2018, 1, 5, tzinfo=U)`},
	{"order error", `datetime(2018, 1, 5, tzinfo=Ret(5)) < datetime(2018, 1, 5, tzinfo=U)`},
	{"time compare error", `time(1, tzinfo=U) >= time(1, tzinfo=Ret("x"))`},
	{"subtract across", `datetime(2018, 1, 5, 12, tzinfo=U) - datetime(2018, 1, 5, 12, tzinfo=IST)`},
	{"subtract dst", `S - W`},
	{"subtract naive", `S - datetime(2018, 1, 5)`},
	{"subtract same object", `(lambda z: datetime(2018, 1, 5, 3, tzinfo=z) - datetime(2018, 1, 5, tzinfo=z))(Ret(5))`},
	{"add keeps tz", `(S + timedelta(days=200), (S + timedelta(days=200)).tzname())`},
	{"time compare", `(time(12, tzinfo=U) == time(17, 30, tzinfo=IST), time(12, tzinfo=U) < time(12, tzinfo=EST))`},
	{"time compare naive", `time(1, tzinfo=Naive()) < time(1, tzinfo=U)`},
	{"time compare naive eq", `(time(1, tzinfo=Naive()) == time(1, tzinfo=U), time(1, tzinfo=Naive()) == time(1))`},
	// formatting
	{"isoformat", `(S.isoformat(), str(W), datetime(2018, 1, 5, tzinfo=IST).isoformat(" "), time(1, 2, 3, tzinfo=EST).isoformat())`},
	{"isoformat naive tz", `(datetime(2018, 1, 5, tzinfo=Naive()).isoformat(), str(time(4, tzinfo=Naive())))`},
	{"isoformat error", `datetime(2018, 1, 5, tzinfo=Ret(5)).isoformat()`},
	{"repr", `(repr(S), repr(time(1, tzinfo=U)))`},
	{"strftime", `(S.strftime("%Y-%m-%d %H:%M %z %Z"), W.strftime("%z|%Z|%%z"), time(1, tzinfo=IST).strftime("%H %z %Z"))`},
	{"strftime naive tz", `datetime(2018, 1, 5, tzinfo=Naive()).strftime("[%z][%Z]")`},
	{"strftime percent name", `datetime(2018, 1, 5, tzinfo=Fixed(60, "a%Yb")).strftime("%Z")`},
	{"strftime tzname error", `datetime(2018, 1, 5, tzinfo=Ret(HOUR)).strftime("%z %Z")`},
	{"strftime dst error", `datetime(2018, 1, 5, tzinfo=Ret(5)).strftime("%Y")`},
	{"format", `format(S, "%H:%M%z")`},
	// timetuple, utctimetuple, timestamp, hash
	{"timetuple dst flag", `(S.timetuple().tm_isdst, W.timetuple().tm_isdst, datetime(2018, 1, 5, tzinfo=Naive()).timetuple().tm_isdst, datetime(2018, 1, 5, tzinfo=IST).timetuple().tm_isdst)`},
	{"timetuple error", `datetime(2018, 1, 5, tzinfo=Ret(5)).timetuple()`},
	{"utctimetuple", `(tuple(S.utctimetuple()), tuple(datetime(2018, 1, 1, 2, tzinfo=IST).utctimetuple()))`},
	{"timestamp", `(S.timestamp(), datetime(1970, 1, 1, 5, 30, tzinfo=IST).timestamp())`},
	{"hash", `(hash(datetime(2018, 1, 5, 12, tzinfo=U)) == hash(datetime(2018, 1, 5, 17, 30, tzinfo=IST)), hash(time(12, tzinfo=U)) == hash(time(7, tzinfo=EST)))`},
	{"hash error", `hash(datetime(2018, 1, 5, tzinfo=Ret(5)))`},
	{"dict key", `len({datetime(2018, 1, 5, 12, tzinfo=U): 1, datetime(2018, 1, 5, 7, tzinfo=EST): 2})`},
	// replace, timetz, combine
	{"replace tzinfo", `(S.replace(tzinfo=IST), S.replace(tzinfo=None), time(1, tzinfo=U).replace(tzinfo=EST))`},
	{"replace bad", `S.replace(tzinfo=1.5)`},
	{"timetz", `(S.timetz(), S.time())`},
	{"combine", `datetime.combine(date(2018, 1, 5), time(1, tzinfo=U), tzinfo=IST)`},
	// now and fromtimestamp call tz.fromutc
	{"fromtimestamp", `(datetime.fromtimestamp(1530720000, ET), datetime.fromtimestamp(1515000000, IST))`},
	{"fromtimestamp overridden", `datetime.fromtimestamp(0, Shift())`},
	{"fromtimestamp bad", `datetime.fromtimestamp(0, 5)`},
	{"now", `(datetime.now(U).tzinfo is U, datetime.now(Shift()).tzinfo, abs(datetime.now(IST) - datetime.now(U)) < timedelta(seconds=5))`},
	{"now error", `datetime.now(Ret(None))`},
	// odd corners
	{"seconds offset formats", `(lambda z: (datetime(2000, 1, 1, tzinfo=z).isoformat(), datetime(2000, 1, 1, tzinfo=z).strftime("%z"), time(1, tzinfo=z).isoformat(), datetime(2000, 1, 1, tzinfo=z).astimezone(timezone.utc)))(Ret(timedelta(seconds=-90)))`},
	{"astimezone none offset is local", `datetime(2000, 1, 1, tzinfo=Naive()).astimezone(timezone.utc)`},
	{"astimezone local", `S.astimezone()`},
	{"timezone fromutc foreign", `timezone.utc.fromutc(datetime(2000, 1, 1, tzinfo=Naive()))`},
	{"tzinfo fromutc on timezone", `tzinfo.fromutc(timezone.utc, datetime(2000, 1, 1, tzinfo=timezone.utc))`},
	{"timestamp none offset", `datetime(2000, 1, 1, tzinfo=Naive()).timestamp()`},
	{"timestamp error", `datetime(2000, 1, 1, tzinfo=Ret(5)).timestamp()`},
	{"time strftime no call", `time(1, tzinfo=Ret(5)).strftime("%H")`},
	{"time strftime z error", `time(1, tzinfo=Ret(5)).strftime("%z")`},
	{"time hash error", `hash(time(1, tzinfo=Ret(5)))`},
	{"time same tz no call", `time(1, tzinfo=Naive()) < time(2, tzinfo=Naive())`},
}

func TestTzinfoCPython36(t *testing.T) {
	require.GreaterOrEqual(t, len(casesTzinfo), 40)
	pytesting.DiffCases(t, "datetime_tzinfo", tzinfoPrelude, casesTzinfo)
}

// TestLocalTimezoneRecipe runs the library reference's LocalTimezone
// recipe (a tzinfo subclass over the time module, with its own fromutc)
// in zones with daylight saving time, against CPython 3.6.
func TestLocalTimezoneRecipe(t *testing.T) {
	src := `from datetime import tzinfo, timedelta, datetime, timezone
import time as _time
ZERO = timedelta(0)
STDOFFSET = timedelta(seconds = -_time.timezone)
if _time.daylight:
    DSTOFFSET = timedelta(seconds = -_time.altzone)
else:
    DSTOFFSET = STDOFFSET
DSTDIFF = DSTOFFSET - STDOFFSET
class LocalTimezone(tzinfo):
    def fromutc(self, dt):
        assert dt.tzinfo is self
        stamp = (dt - datetime(1970, 1, 1, tzinfo=self)) // timedelta(seconds=1)
        args = _time.localtime(stamp)[:6]
        dst_diff = DSTDIFF // timedelta(seconds=1)
        fold = (args == _time.localtime(stamp - dst_diff))
        return datetime(*args, microsecond=dt.microsecond, tzinfo=self, fold=fold)
    def utcoffset(self, dt):
        if self._isdst(dt): return DSTOFFSET
        else: return STDOFFSET
    def dst(self, dt):
        if self._isdst(dt): return DSTDIFF
        else: return ZERO
    def tzname(self, dt):
        return _time.tzname[self._isdst(dt)]
    def _isdst(self, dt):
        tt = (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.weekday(), 0, 0)
        stamp = _time.mktime(tt)
        tt = _time.localtime(stamp)
        return tt.tm_isdst > 0
Local = LocalTimezone()
for ts in [0, 1530720000, 1515000000]:
    d = datetime.fromtimestamp(ts, Local)
    print(repr(d.replace(tzinfo=None)), d.utcoffset(), d.tzname(), d.isoformat(), d.astimezone(timezone.utc))
print(datetime(2018,7,4,12,tzinfo=timezone.utc).astimezone(Local).strftime("%Y-%m-%d %H:%M %z %Z"))
`
	for _, zone := range []string{"America/New_York", "Europe/Paris"} {
		t.Run(zone, func(t *testing.T) {
			loc, err := time.LoadLocation(zone)
			if err != nil {
				t.Skipf("zone %s not installed: %v", zone, err)
			}
			t.Setenv("TZ", zone)
			want := cpython36(t, "tzinfo local "+zone, src)
			saved := time.Local
			time.Local = loc
			defer func() { time.Local = saved }()
			got, err := pytesting.Run(t, src)
			require.NoError(t, err, "output so far:\n%s", got)
			assert.Equal(t, want, got)
		})
	}
}
