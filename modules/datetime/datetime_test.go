package datetime_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/datetime"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pprint"
	_ "github.com/gpython-ssl/gpython-ssl/modules/time"
	_ "github.com/gpython-ssl/gpython-ssl/vm"
)

// TestMain pins the local zone to UTC, for gpython-ssl and for the
// CPython 3.6 the differential tests run (which inherits TZ).
func TestMain(m *testing.M) {
	os.Setenv("TZ", "UTC")
	time.Local = time.UTC
	os.Exit(m.Run())
}

// cpython36 gives CPython 3.6's output for src, run with the process's
// TZ (UTC, or the zone a test sets with t.Setenv): the reference's own
// run, or its output stored as testdata/cpython36/NAME.out where CPython
// 3.6 is missing (pytesting.CPython36Output); never a skip.
func cpython36(t *testing.T, name, src string) string {
	t.Helper()
	return pytesting.CPython36Output(t, "datetime_"+slug(name), src)
}

// slug turns a case's name into a file name.
func slug(name string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, name)
}

// prelude gives both interpreters the same helpers: show prints an
// expression's str and the exception of a failing one.
const prelude = `from datetime import datetime, date, time, timedelta, timezone, MINYEAR, MAXYEAR
import pprint
def show(f):
    try:
        r = f()
    except ValueError as e:
        print('ValueError:', e)
        return
    except TypeError as e:
        print('TypeError:', e)
        return
    except OverflowError as e:
        print('OverflowError:', e)
        return
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
        return
    print(r)
def fl(x):
    print(pprint.saferepr(x))
`

var datetimeCases = []struct{ name, src string }{
	{"spec utcfromtimestamp", `print(datetime.utcfromtimestamp(1515144883))`},
	{"utcfromtimestamp float", `
print(datetime.utcfromtimestamp(1515144883.5))
print(datetime.utcfromtimestamp(0.0000005))
print(datetime.utcfromtimestamp(0.0000015))
print(datetime.utcfromtimestamp(-1.5))
print(datetime.utcfromtimestamp(-0.0000005))
print(datetime.utcfromtimestamp(1e9 + 0.999999))
print(datetime.utcfromtimestamp(1e9 + 0.9999996))`},
	{"utcfromtimestamp range", `
show(lambda: datetime.utcfromtimestamp(-62135596800))
show(lambda: datetime.utcfromtimestamp(-62135596801))
show(lambda: datetime.utcfromtimestamp(253402300799))
show(lambda: datetime.utcfromtimestamp(253402300800))
show(lambda: datetime.utcfromtimestamp('x'))`},
	{"fromtimestamp local and tz", `
print(datetime.fromtimestamp(1515144883))
print(datetime.fromtimestamp(1515144883, timezone.utc))
print(datetime.fromtimestamp(1515144883, tz=timezone(timedelta(hours=-5))))
print(repr(datetime.fromtimestamp(1515144883, timezone.utc)))
print(date.fromtimestamp(1515144883))
show(lambda: datetime.fromtimestamp(0, 5))`},
	{"constructor checks", `
show(lambda: datetime(2018, 13, 1))
show(lambda: datetime(2018, 0, 1))
show(lambda: datetime(2018, 2, 29))
show(lambda: datetime(2016, 2, 29))
show(lambda: datetime(0, 1, 1))
show(lambda: datetime(10000, 1, 1))
show(lambda: datetime(2018, 1, 1, 24))
show(lambda: datetime(2018, 1, 1, 0, 60))
show(lambda: datetime(2018, 1, 1, 0, 0, 60))
show(lambda: datetime(2018, 1, 1, 0, 0, 0, 1000000))
show(lambda: datetime(2018, 1, 1, 0, 0, 0, -1))
show(lambda: datetime(2018.0, 1, 1))
show(lambda: datetime('2018', 1, 1))
show(lambda: datetime(2018, 1, 1, tzinfo=5))
show(lambda: date(2018, 4, 31))
show(lambda: time(25))
print(MINYEAR, MAXYEAR)`},
	{"str repr", `
d = datetime(2018, 1, 5, 9, 34, 43)
print(d); print(repr(d))
print(datetime(2018, 1, 5)); print(repr(datetime(2018, 1, 5)))
print(repr(datetime(2018, 1, 5, 9, 0, 0, 5)))
print(datetime(2018, 1, 5, 9, 0, 0, 5))
a = datetime(2018, 1, 5, 9, 34, 43, tzinfo=timezone.utc)
print(a); print(repr(a))
print(datetime(2018, 1, 5, 9, 34, 43, 120, tzinfo=timezone(timedelta(hours=5, minutes=30))))
print(repr(date(2018, 1, 5)), date(2018, 1, 5))
print(repr(time(9, 5)), time(9, 5), repr(time(9, 5, 1)), repr(time(9, 5, 0, 7)), time(9, 5, 0, 7))
print(repr(time(1, 2, tzinfo=timezone.utc)), time(1, 2, tzinfo=timezone.utc))
print(timezone.utc, repr(timezone.utc), timezone(timedelta(hours=-3)), timezone(timedelta(0), 'GMT'))
show(lambda: timezone(timedelta(hours=1, minutes=2, seconds=3)))
print(timezone(timedelta(hours=1, minutes=2)), timezone(-timedelta(hours=1, minutes=2)))`},
	{"attributes", `
d = datetime(2018, 1, 5, 9, 34, 43, 12)
print(d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond, d.tzinfo)
print(d.weekday(), d.isoweekday(), d.toordinal(), d.date(), d.time())
print(d.utcoffset(), d.tzname(), d.dst())
a = d.replace(tzinfo=timezone.utc)
print(a.tzinfo, a.utcoffset(), a.tzname(), a.timetz(), a.time())
print(d.replace(year=2020, day=29, month=2), d.replace(microsecond=0))
show(lambda: d.replace(month=13))
print(d.isoformat(), d.isoformat(' '), d.isoformat(sep='_'), a.isoformat())
print(d.isoformat(timespec='minutes'), d.isoformat(timespec='milliseconds'), d.isoformat(timespec='hours'))
show(lambda: d.isoformat(timespec='nope'))
print(date(2018, 12, 31).isocalendar()[0], date(2018, 12, 31).isocalendar()[1], date(2021, 1, 3).isocalendar()[1])
print(d.ctime(), date(2018, 1, 5).ctime())
print(date.fromordinal(736699), datetime.fromordinal(1), date.min, date.max, datetime.min, datetime.max)
print(datetime.combine(date(2018, 1, 5), time(1, 2, 3)))
print(time(1, 2, 3, 4).isoformat(), time(1, 2).isoformat(timespec='seconds'))`},
	{"strftime", `
d = datetime(2018, 1, 5, 9, 34, 43, 12)
print(d.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %y %j %p %I %U %W %w %u %%'))
print(d.strftime('%c | %x | %X | %D | %e | %T | %R | %r | %C | %G %g %V | %k %l %P | %h'))
show(lambda: d.strftime('%z|%Z|%Q|%'))
print(d.strftime('%z|%Z|%Q|%%|%E|%O'))
print(d.replace(tzinfo=timezone(timedelta(hours=-2, minutes=-30))).strftime('%z %Z'))
print(d.replace(tzinfo=timezone(timedelta(hours=1), 'CET')).strftime('%z %Z'))
print(datetime(2018, 12, 31, 23).strftime('%j %U %W %G-%V-%u %I%p'))
print(datetime(2016, 1, 1, 12).strftime('%j %U %W %G-%V %I %p %-d %-m'))
print(date(2018, 1, 5).strftime('%Y %H:%M'), time(13, 4, 5).strftime('%H %I %p %Y-%m-%d'))
print(datetime(5, 1, 1).strftime('%Y|%y|%C'))`},
	{"strptime", `
print(datetime.strptime('Jan  5 09:34:43 2018 GMT', '%b %d %H:%M:%S %Y %Z'))
print(datetime.strptime('2018-01-05T09:34:43.5', '%Y-%m-%dT%H:%M:%S.%f'))
print(repr(datetime.strptime('2018-01-05 +0000', '%Y-%m-%d %z')))
show(lambda: datetime.strptime('2018-01-05 -05:30', '%Y-%m-%d %z'))
print(datetime.strptime('2018-01-05 -0530', '%Y-%m-%d %z'))
print(repr(datetime.strptime('2018-01-05 +0100 UTC', '%Y-%m-%d %z %Z').tzinfo.tzname(None)))
print(datetime.strptime('friday JANUARY 5 18', '%A %B %d %y'))
print(datetime.strptime('Fri jan 5 69', '%a %b %d %y'))
print(datetime.strptime('12:30 am', '%I:%M %p'), datetime.strptime('12:30 PM', '%I:%M %p'), datetime.strptime('1:30 pm', '%I:%M %p'))
print(datetime.strptime('12', '%I'))
print(datetime.strptime('2018 100', '%Y %j'))
print(datetime.strptime('2018 0 1', '%Y %U %w'), datetime.strptime('2018 10 3', '%Y %W %w'))
print(datetime.strptime('2018 01 5', '%G %V %u'))
print(datetime.strptime('100%', '%j%%'))
print(datetime.strptime('Fri Jan  5 09:34:43 2018', '%c'), datetime.strptime('01/05/18 09:34:43', '%x %X'))
print(datetime.strptime('  2018', ' %Y'), datetime.strptime('2018\t\n01', '%Y %m'))
show(lambda: datetime.strptime('2018', '%Y %m'))
show(lambda: datetime.strptime('2018-01-05x', '%Y-%m-%d'))
show(lambda: datetime.strptime('2018', '%Q'))
show(lambda: datetime.strptime('2018', '%Y%'))
show(lambda: datetime.strptime('2018', '%.'))
show(lambda: datetime.strptime('02/30', '%m/%d'))
show(lambda: datetime.strptime('02/29', '%m/%d'))
show(lambda: datetime.strptime('61', '%S'))
show(lambda: datetime.strptime('2018 5', '%G %u'))
show(lambda: datetime.strptime('2018 5 1', '%Y %V %u'))
show(lambda: datetime.strptime(2018, '%Y'))
show(lambda: datetime.strptime("it's", '%Y'))
show(lambda: datetime.strptime('+01:0030', '%z'))`},
	{"timedelta normalisation", `
for td in [timedelta(1, 7384), timedelta(hours=-1), timedelta(seconds=-1), timedelta(microseconds=-1),
           timedelta(days=-1, seconds=86399), timedelta(weeks=3, days=-30, hours=25, minutes=-61),
           timedelta(milliseconds=1500), timedelta(seconds=0.5), timedelta(microseconds=0.5),
           timedelta(microseconds=1.5), timedelta(microseconds=-0.5), timedelta(days=0.1),
           timedelta(days=999999999), timedelta(days=-999999999), timedelta(0), timedelta(),
           timedelta(days=1, hours=-24), timedelta(minutes=1e6), timedelta(days=2, seconds=3, microseconds=4)]:
    print(td, '|', td.days, td.seconds, td.microseconds, '|', pprint.saferepr(td.total_seconds()))
show(lambda: timedelta(days=1000000000))
show(lambda: timedelta(days=-1000000000))
show(lambda: timedelta('1'))
show(lambda: timedelta(hours=None))
print(timedelta.max, timedelta.min, timedelta.resolution)`},
	{"timedelta arithmetic", `
a = timedelta(days=1, hours=2, minutes=3, seconds=4)
b = timedelta(minutes=-90, microseconds=7)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
print(a * 2, 2 * a, a * -1, b * 0.5, a * 1.5, a * 0)
print(a // 2, a // 7, b // 3, a // b, b // a, a // timedelta(hours=1))
print(a / 2, a / 0.3, b / 7)
fl(a / b); fl(a / timedelta(hours=1))
print(a % timedelta(hours=5), b % timedelta(hours=1))
print(a == timedelta(seconds=93784), a != b, a < b, a > b, a <= a, a >= b, a == 1, a != 'x')
print(not timedelta(0), not b, not time(0))
show(lambda: a < 1)
show(lambda: a / 0)
show(lambda: a / 0.0)
show(lambda: a / timedelta(0))
show(lambda: a // timedelta(0))
show(lambda: a + 1)
show(lambda: timedelta.max + timedelta.resolution)`},
	{"datetime arithmetic", `
d = datetime(2018, 1, 5, 9, 34, 43)
print(d + timedelta(days=30), d - timedelta(hours=10, microseconds=1), timedelta(weeks=1) + d)
print(d - datetime(2017, 12, 31), datetime(2017, 12, 31) - d)
print(d + timedelta(days=365 * 3 + 1))
show(lambda: d + timedelta(days=-800000))
print(d + timedelta(days=-700000))
a = d.replace(tzinfo=timezone.utc)
b = datetime(2018, 1, 5, 15, 4, 43, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(a - b, a == b, a + timedelta(1), b - timedelta(minutes=1))
print(date(2018, 1, 5) + timedelta(days=10, hours=30), date(2018, 3, 1) - date(2016, 2, 29), date(2018, 1, 5) - timedelta(days=5))
show(lambda: d - a)
show(lambda: datetime.max + timedelta(microseconds=1))
show(lambda: datetime.min - timedelta(1))
show(lambda: date.max + timedelta(1))
show(lambda: d + 1)
fl(d.timestamp()); fl(a.timestamp()); fl(datetime(2018, 1, 5, 9, 34, 43, 250000).timestamp()); fl(b.timestamp())
fl(datetime(1, 1, 1, tzinfo=timezone.utc).timestamp())`},
	{"comparison", `
d = datetime(2018, 1, 5, 9, 34, 43)
e = datetime(2018, 1, 5, 9, 34, 44)
a = d.replace(tzinfo=timezone.utc)
b = datetime(2018, 1, 5, 15, 4, 43, tzinfo=timezone(timedelta(hours=5, minutes=30)))
print(d < e, d <= e, d > e, d >= e, d == e, d != e, d == d.replace())
print(a == b, a < b, a <= b, a != b)
print(d == a, d != a)
show(lambda: d < a)
show(lambda: a >= d)
show(lambda: d < 5)
show(lambda: d < date(2018, 1, 5))
print(d == date(2018, 1, 5), date(2018, 1, 5) == d)
show(lambda: date(2018, 1, 5) < d)
print(date(2018, 1, 5) < date(2018, 1, 6), date(2018, 1, 5) == date(2018, 1, 5))
show(lambda: date(2018, 1, 5) < 3)
print(time(1) < time(2), time(1) == time(1, 0), time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))))
show(lambda: time(1) < time(1, tzinfo=timezone.utc))
print(time(1) == time(1, tzinfo=timezone.utc))
print(timezone.utc == timezone(timedelta(0)), timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1), 'B'))`},
	{"timezone", `
tz = timezone(timedelta(hours=-5), 'EST')
print(tz, tz.tzname(None), tz.utcoffset(None), tz.dst(None))
print(timezone.max, timezone.min, timezone(timedelta(hours=5)).tzname(None))
print(tz.fromutc(datetime(2018, 1, 5, 12, tzinfo=tz)))
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(-timedelta(hours=24)))
show(lambda: timezone(5))
show(lambda: timezone(timedelta(0), 5))
show(lambda: tz.utcoffset(5))
print(datetime(2018, 1, 5, 12, tzinfo=timezone.utc).astimezone(tz))
print(datetime(2018, 1, 5, 12, tzinfo=tz).astimezone(timezone.utc))
print(datetime(2018, 1, 5, 12).astimezone(timezone.utc))`},
}

// TestDifferential runs each snippet under gpython-ssl and CPython 3.6
// (both with TZ=UTC) and compares stdout.
func TestDifferential(t *testing.T) {
	for _, tc := range datetimeCases {
		t.Run(tc.name, func(t *testing.T) {
			src := prelude + tc.src + "\n"
			want := cpython36(t, tc.name, src)
			got, err := pytesting.Run(t, src)
			require.NoError(t, err, "output so far:\n%s", got)
			assert.Equal(t, want, got)
		})
	}
}
