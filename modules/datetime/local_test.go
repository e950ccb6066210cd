package datetime_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/modules/datetime"
)

// TestLocalZone compares local-time conversions with python3 in zones
// with daylight saving time; time.Local is swapped for the duration.
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
`
	for _, zone := range []string{"America/New_York", "Europe/Paris", "Asia/Kolkata"} {
		t.Run(zone, func(t *testing.T) {
			loc, err := time.LoadLocation(zone)
			if err != nil {
				t.Skipf("zone %s not installed: %v", zone, err)
			}
			want := cpython(t, src, zone)
			saved := time.Local
			time.Local = loc
			defer func() { time.Local = saved }()
			got, err := pytesting.Run(t, src)
			require.NoError(t, err, "output so far:\n%s", got)
			assert.Equal(t, want, got)
		})
	}
}

// TestRepr36 pins the reprs that follow CPython 3.6 rather than the
// python3 on the machine: timedelta prints positional fields.
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
