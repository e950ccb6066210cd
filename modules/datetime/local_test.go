package datetime_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/modules/datetime"
)

// TestLocalZone compares local-time conversions with CPython 3.6 in
// zones with daylight saving time; TZ and time.Local are swapped for the
// duration.
func TestLocalZone(t *testing.T) {
	src := prelude + `
for ts in [1515144883, 1530417600, 0, -86400 * 365 * 30, 1520751600, 1520755200, 1541307600.25]:
    d = datetime.fromtimestamp(ts)
    print(d, pprint.saferepr(d.timestamp()), date.fromtimestamp(ts))
fl(datetime(2018, 1, 5).timestamp()); fl(datetime(2018, 7, 1, 12, 30, 0, 500000).timestamp())
print(datetime(2018, 1, 5).astimezone(), datetime(2018, 7, 5).astimezone())
print(datetime(2018, 1, 5, tzinfo=timezone.utc).astimezone())
print(datetime(2018, 7, 5).astimezone(timezone.utc))
print(datetime(2018, 1, 5, 12).strftime('%s'))
# PEP 495: repeated and skipped wall times (the zones' 2018 changes)
for ts in [1541307600.25, 1541304000, 1541311200, 1520751600, 1520755200, 1540688400, 1540692000, 1521939600, 1538253000, 1538256600]:
    d = datetime.fromtimestamp(ts)
    e = d.replace(fold=1 - d.fold)
    print(repr(d), d.timestamp(), repr(e), e.timestamp(), d.astimezone(), e.astimezone(timezone.utc))
for wall in [(2018, 11, 4, 1, 30), (2018, 3, 11, 2, 30), (2018, 10, 28, 2, 30), (2018, 3, 25, 2, 30), (2018, 9, 30, 2, 30)]:
    for fold in (0, 1):
        d = datetime(*wall, fold=fold)
        print(d.fold, d.timestamp(), repr(d.astimezone(timezone.utc)), d.astimezone())
`
	for _, zone := range []string{"America/New_York", "Europe/Paris", "Asia/Kolkata"} {
		t.Run(zone, func(t *testing.T) {
			loc, err := time.LoadLocation(zone)
			if err != nil {
				t.Skipf("zone %s not installed: %v", zone, err)
			}
			t.Setenv("TZ", zone)
			want := cpython36(t, "local "+zone, src)
			saved := time.Local
			time.Local = loc
			defer func() { time.Local = saved }()
			got, err := pytesting.Run(t, src)
			require.NoError(t, err, "output so far:\n%s", got)
			assert.Equal(t, want, got)
		})
	}
}

// TestRepr36 pins the reprs in which CPython 3.6 differs from 3.7+:
// timedelta prints positional fields.
func TestRepr36(t *testing.T) {
	tests := []struct{ expr, want string }{
		{"timedelta(1, 7384)", "datetime.timedelta(1, 7384)"},
		{"timedelta(0)", "datetime.timedelta(0)"},
		{"timedelta(microseconds=-1)", "datetime.timedelta(-1, 86399, 999999)"},
		{"timedelta(days=-3)", "datetime.timedelta(-3)"},
		{"timedelta(microseconds=5)", "datetime.timedelta(0, 0, 5)"},
		{"timezone(timedelta(hours=1))", "datetime.timezone(datetime.timedelta(0, 3600))"},
		{"timezone(timedelta(hours=-1), 'X')", "datetime.timezone(datetime.timedelta(-1, 82800), 'X')"},
		{"timezone(timedelta(0))", "datetime.timezone.utc"},
		{"datetime(2018, 1, 5, tzinfo=timezone(timedelta(hours=1)))", "datetime.datetime(2018, 1, 5, 0, 0, tzinfo=datetime.timezone(datetime.timedelta(0, 3600)))"},
	}
	for _, tc := range tests {
		t.Run(tc.expr, func(t *testing.T) {
			got := pytesting.MustRun(t, prelude+"print(repr("+tc.expr+"))\n")
			assert.Equal(t, tc.want+"\n", got)
		})
	}
}

// TestNow checks the clock-reading constructors for consistency only.
func TestNow(t *testing.T) {
	got := pytesting.MustRun(t, prelude+`
n = datetime.now()
u = datetime.utcnow()
a = datetime.now(timezone.utc)
print(n.tzinfo, u.tzinfo, a.tzinfo)
print(abs(n - u) < timedelta(minutes=1), abs(a - u.replace(tzinfo=timezone.utc)) < timedelta(minutes=1))
print(date.today() == n.date() or date.today() == n.date() + timedelta(1))
print(datetime.today().tzinfo, MINYEAR <= n.year <= MAXYEAR)
`)
	assert.Equal(t, "None None UTC\nTrue True\nTrue\nNone True\n", got)
}

// TestDatetimeIsDate pins datetime as a subclass of date (what an
// MRO-aware isinstance, such as modules/host's, consults).
func TestDatetimeIsDate(t *testing.T) {
	assert.True(t, datetime.DatetimeType.IsSubtype(datetime.DateType))
	assert.False(t, datetime.DateType.IsSubtype(datetime.DatetimeType))
	got := pytesting.MustRun(t, prelude+`
show(lambda: datetime(2018, 1, 5) - date(2018, 1, 5))
show(lambda: date(2018, 1, 5) - datetime(2018, 1, 5))
`)
	assert.Equal(t, "TypeError: unsupported operand type(s) for -: 'datetime.datetime' and 'datetime.date'\n"+
		"TypeError: unsupported operand type(s) for -: 'datetime.date' and 'datetime.datetime'\n", got)
}

// TestRuleZones compares with CPython 3.6 local times under TZ values
// that name no zone file (POSIX rules, read by time.tzset()), a zone
// file, and a value neither understands (UTC).
func TestRuleZones(t *testing.T) {
	src := `import os, time, datetime
for tz in ['EST+05EDT,M3.2.0,M11.1.0', 'STD-1DST,M4.1.0,M10.1.0', 'UTC0', 'JST-9', '<+0330>-3:30', 'garbage',
           'America/New_York', 'EST5EDT', 'CET-1CEST,M3.5.0,M10.5.0/3', 'AEST-10AEDT,M10.1.0,M4.1.0/3']:
    os.environ['TZ'] = tz
    time.tzset()
    print(tz, time.tzname, time.daylight, time.timezone, time.altzone)
    for ts in (0, 1690000000, 1700000000):
        d = datetime.datetime.fromtimestamp(ts)
        print(' ', d, d.astimezone(), d.astimezone().tzname(), time.strftime('%Z %z', time.localtime(ts)))
    print(' ', datetime.datetime(2023, 7, 1).timestamp(), datetime.datetime(2023, 1, 1, 12).astimezone(),
          time.mktime((2023, 7, 1, 12, 0, 0, 0, 0, -1)))
os.environ['TZ'] = 'UTC'
time.tzset()
`
	t.Setenv("TZ", "UTC")
	want := cpython36(t, "rule zones", src)
	defer datetime.ResetLocalZone()
	got, err := pytesting.Run(t, src)
	require.NoError(t, err, "output so far:\n%s", got)
	assert.Equal(t, want, got)
}
