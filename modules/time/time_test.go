package pytime_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/time"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
)

const prelude = `
import time
` + pytesting.ShowBrief + `
G0 = time.gmtime(0)
T1 = (2021, 3, 14, 15, 9, 26, 6, 73, 0)
def zone_of(st):
    return (st.tm_zone, st.tm_gmtoff)
def err(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
def suppressed(f):
    try:
        f()
    except Exception as e:
        return e
`

// cases run under every zone of zones; their output depends on TZ only.
var cases = []pytesting.Case{
	{"gmtime 0", `time.gmtime(0)`},
	{"gmtime zone", `zone_of(time.gmtime(0))`},
	{"gmtime float floor", `time.gmtime(-1.5)`},
	{"gmtime big", `time.gmtime(1e10)`},
	{"gmtime bool", `time.gmtime(True)`},
	{"gmtime nan", `time.gmtime(float("nan"))`},
	{"gmtime overflow", `time.gmtime(1e300)`},
	{"gmtime int overflow", `time.gmtime(2**64)`},
	{"gmtime year overflow", `time.gmtime(2**62)`},
	{"gmtime str", `time.gmtime("x")`},
	{"gmtime now type", `type(time.gmtime()).__name__`},
	{"localtime 1e9", `time.localtime(1e9)`},
	{"localtime zone", `zone_of(time.localtime(1e9))`},
	{"localtime winter", `zone_of(time.localtime(1e9 - 200 * 86400))`},
	{"localtime negative", `time.localtime(-86400 * 365 * 30)`},
	{"zone globals", `(time.timezone, time.altzone, time.daylight, time.tzname)`},
	{"mktime local", `time.mktime(time.localtime(1e9))`},
	{"mktime tuple", `time.mktime(T1)`},
	{"mktime dst guess", `time.mktime((2020, 3, 8, 2, 30, 0, 0, 0, -1))`},
	{"mktime short", `time.mktime((1, 2, 3))`},
	{"mktime list", `time.mktime([2020] * 9)`},
	{"mktime float item", `time.mktime((2020.0,) + (1,) * 8)`},
	{"mktime year range", `time.mktime((-2**31,) + (1,) * 8)`},
	{"mktime int range", `time.mktime((2**31,) + (1,) * 8)`},
	{"asctime", `time.asctime(T1)`},
	{"asctime gmtime", `time.asctime(G0)`},
	{"asctime zeros", `time.asctime((2020, 0, 0, 0, 0, 0, 0, 0, 0))`},
	{"asctime bad month", `time.asctime((2020, 13, 1, 0, 0, 0, 0, 1, 0))`},
	{"asctime negative year", `time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0))`},
	{"ctime", `time.ctime(1e9)`},
	{"ctime zero", `time.ctime(0)`},
	{"strftime all", `time.strftime("%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%p|%P|%r|%R|%s|%S|%t|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%%", T1)`},
	{"strftime flags", `time.strftime("%-d|%_m|%0e|%^a|%#b|%10Y|%-j|%Ey|%Od|%+", T1)`},
	{"strftime zone local", `time.strftime("%Z|%z", time.localtime(1e9))`},
	{"strftime zone gm", `time.strftime("%Z|%z", G0)`},
	{"strftime zone tuple", `time.strftime("%Z|%z", T1)`},
	{"strftime unknown", `time.strftime("%Q %", T1)`},
	{"strftime empty", `time.strftime("", T1)`},
	{"strftime unicode", `time.strftime("é%Y€", T1)`},
	{"strftime month 0", `time.strftime("%m %d %j", (2020, 0, 0, 0, 0, 0, 0, 0, 0))`},
	{"strftime bad hour", `time.strftime("%H", (2020, 1, 1, 24, 0, 0, 0, 1, 0))`},
	{"strftime bad wday", `time.strftime("%a", (2020, 1, 1, 0, 0, 0, -2, 1, 0))`},
	{"strftime wday wrap", `time.strftime("%a", (2020, 1, 1, 0, 0, 0, 7, 1, 0))`},
	{"strftime bad yday", `time.strftime("%j", (2020, 1, 1, 0, 0, 0, 0, 367, 0))`},
	{"strftime nul", `time.strftime("a\0b", T1)`},
	{"strftime not str", `time.strftime(5)`},
	{"strftime not tuple", `time.strftime("%Y", 5)`},
	{"strftime str item", `time.strftime("%Y", ("a",) + (1,) * 8)`},
	{"strftime now type", `type(time.strftime("%Y")).__name__`},
	{"strptime default", `time.strptime("Thu Jan  1 00:00:00 1970")`},
	{"strptime basic", `time.strptime("2021-03-14 15:09:26", "%Y-%m-%d %H:%M:%S")`},
	{"strptime zone none", `zone_of(time.strptime("2021", "%Y"))`},
	{"strptime z", `zone_of(time.strptime("2021 +0130", "%Y %z"))`},
	{"strptime Z utc", `time.strptime("2021 UTC", "%Y %Z")`},
	{"strptime Z local", `time.strptime("2021 " + time.tzname[0], "%Y %Z")`},
	{"strptime names", `time.strptime("monday MARCH 5 pm 3", "%A %B %d %p %I")`},
	{"strptime abbrev", `time.strptime("Tue feb 29 2000", "%a %b %d %Y")`},
	{"strptime format errors suppress context", `[(lambda e: (str(e), e.__suppress_context__, e.__context__))(suppressed(lambda: time.strptime(*a))) for a in [("", "%D"), ("19", "%Y %")]]`},
	{"strptime y", `(time.strptime("68", "%y").tm_year, time.strptime("69", "%y").tm_year)`},
	{"strptime julian", `time.strptime("2020 366", "%Y %j")`},
	{"strptime U", `time.strptime("2021 10 3", "%Y %U %w")`},
	{"strptime W", `time.strptime("2021 0 1", "%Y %W %w")`},
	{"strptime ISO", `time.strptime("2021 1 1", "%G %V %u")`},
	{"strptime ISO prev year", `time.strptime("2021 53 5", "%G %V %u")`},
	{"strptime ISO missing", `time.strptime("2021", "%G")`},
	{"strptime ISO julian", `time.strptime("2021 1 1 5", "%G %V %u %j")`},
	{"strptime V alone", `time.strptime("2021 5", "%Y %V")`},
	{"strptime V with Y", `time.strptime("2021 5 1", "%Y %V %u")`},
	{"strptime feb 29", `time.strptime("2/29", "%m/%d")`},
	{"strptime feb 30", `time.strptime("2/30", "%m/%d")`},
	{"strptime year 0", `time.strptime("0000", "%Y")`},
	{"strptime f", `time.strptime("12.5", "%S.%f")`},
	{"strptime c x X", `time.strptime("Sun Mar 14 15:09:26 2021|03/14/21|01:02:03", "%c|%x|%X")`},
	{"strptime whitespace", `time.strptime("2021 \t  3", "%Y %m")`},
	{"strptime space needed", `time.strptime("20213", "%Y %m")`},
	{"strptime percent", `time.strptime("5%", "%d%%")`},
	{"strptime regex chars", `time.strptime("(5).[x]", "(%d).[x]")`},
	{"strptime nomatch", `time.strptime("abc", "%Y")`},
	{"strptime unconverted", `time.strptime("2021xyz", "%Y")`},
	{"strptime bad directive", `time.strptime("x", "%Q")`},
	{"strptime bad escaped", `time.strptime("x", "%.")`},
	{"strptime stray", `time.strptime("x", "ab%")`},
	{"strptime empty B", `time.strptime("", "%B")`},
	{"strptime redefinition", `time.strptime("2020 2020", "%Y %Y")`},
	{"strptime int arg", `time.strptime(1, "%Y")`},
	{"strptime int format", `time.strptime("1", 1)`},
	{"strptime no args", `time.strptime()`},
	{"strptime unicode digits", `time.strptime("٢٠٢١", "%Y")`},
	{"struct_time repr", `repr(G0)`},
	{"struct_time attrs", `(G0.tm_year, G0.tm_mon, G0.tm_mday, G0.tm_hour, G0.tm_min, G0.tm_sec, G0.tm_wday, G0.tm_yday, G0.tm_isdst)`},
	{"struct_time index", `(G0[0], G0[-1], G0[-9], len(G0))`},
	{"struct_time index error", `G0[9]`},
	{"struct_time slice", `(G0[:3], G0[::2], G0[5:100])`},
	{"struct_time list", `list(G0)`},
	{"struct_time compare", `(G0 == (1970, 1, 1, 0, 0, 0, 3, 1, 0), G0 < time.gmtime(1), G0 < (1970, 1, 1, 0, 0, 0, 3, 1, 1), G0 != G0)`},
	{"struct_time hash", `hash(G0) == hash(tuple(G0))`},
	{"struct_time in", `(3 in G0, 99 in G0, G0.count(0), G0.index(3))`},
	{"struct_time add", `G0 + (1,)`},
	{"struct_time readonly", `err(lambda: setattr(G0, "tm_year", 5))`},
	{"struct_time no attr", `G0.tm_foo`},
	{"struct_time from 9", `time.struct_time([1] * 9)`},
	{"struct_time 9 zone", `zone_of(time.struct_time([1] * 9))`},
	{"struct_time from 11", `zone_of(time.struct_time([1] * 9 + ["X", 7]))`},
	{"struct_time dict", `time.struct_time([1] * 9, {"tm_zone": "Y"}).tm_zone`},
	{"struct_time short", `time.struct_time((1, 2, 3))`},
	{"struct_time long", `time.struct_time((1,) * 12)`},
	{"struct_time int", `time.struct_time(5)`},
	{"struct_time bad dict", `time.struct_time([1] * 9, 3)`},
	{"struct_time str", `time.struct_time("abcdefghi")`},
	{"struct_time fields", `(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)`},
	{"struct_time strftime", `time.strftime("%Y %Z %z", time.struct_time([2020, 1, 2, 3, 4, 5, 0, 2, 0, "ABC", 3600]))`},
	{"clock constants", `(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_MONOTONIC_RAW, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)`},
	{"clock_getres", `time.clock_getres(time.CLOCK_MONOTONIC)`},
	{"clock_gettime bad", `time.clock_gettime(99)`},
	{"clock_gettime float", `time.clock_gettime(1.0)`},
	{"clock_settime", `time.clock_settime(time.CLOCK_MONOTONIC, 0)`},
	{"clock info", `[time.get_clock_info(n) for n in ("time", "monotonic", "perf_counter", "process_time", "clock")]`},
	{"clock info bad", `time.get_clock_info("x")`},
	{"clock info attrs", `(time.get_clock_info("monotonic").monotonic, time.get_clock_info("time").adjustable, time.get_clock_info("time").resolution)`},
	{"tzset", `(time.tzset(), time.tzname, time.timezone)`},
	{"clock types", `[type(f()).__name__ for f in (time.time, time.monotonic, time.perf_counter, time.process_time, time.clock)]`},
	{"clock order", `time.monotonic() <= time.monotonic() and time.perf_counter() <= time.perf_counter()`},
	{"clock_gettime realtime", `abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1`},
	{"time plausible", `time.time() > 1.6e9`},
	{"sleep", `time.sleep(0.001)`},
	{"arity gmtime", `time.gmtime(1, 2)`},
	{"arity ctime", `time.ctime(1, 2)`},
	{"arity mktime", `time.mktime()`},
	{"arity strftime", `time.strftime()`},
	{"arity strftime 3", `time.strftime("%Y", T1, 3)`},
	{"arity strptime", `time.strptime("1", "%d", 3)`},
	{"arity asctime", `time.asctime(1, 2)`},
	{"sleep negative", `time.sleep(-1)`},
}

// cases37 are 3.7 functions: compared with their float counterparts.
const cases37 = `
import time
a = time.time_ns(); b = time.time()
print(type(a).__name__, abs(a / 1e9 - b) < 1)
for f, g in ((time.monotonic_ns, time.monotonic), (time.perf_counter_ns, time.perf_counter), (time.process_time_ns, time.process_time)):
    x = f(); y = g(); z = f()
    print(type(x).__name__, x <= z, abs(x / 1e9 - y) < 1)
`

var zones = []string{"UTC", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "Europe/London"}

// TestDiffCPython36 runs every case under CPython 3.6 and gpython-ssl
// with TZ set to each zone of zones.
func TestDiffCPython36(t *testing.T) {
	for _, zone := range zones {
		t.Run(zone, func(t *testing.T) {
			t.Setenv("TZ", zone)
			pytesting.DiffCases(t, "time_"+strings.ReplaceAll(zone, "/", "_"), prelude, cases)
		})
	}
}

func TestNanosecondClocks(t *testing.T) {
	out, err := pytesting.Run(t, cases37)
	require.NoError(t, err, out)
	assert.Equal(t, "int True\nint True True\nint True True\nint True True\n", out)
}

// TestTzset: time.tzset() reads TZ again, as in CPython.
func TestTzset(t *testing.T) {
	t.Setenv("TZ", "UTC")
	out, err := pytesting.Run(t, `import time, os
print(time.timezone, time.tzname)
os.environ["TZ"] = "Asia/Tokyo"
time.tzset()
print(time.timezone, time.tzname, time.localtime(0).tm_hour)
`)
	require.NoError(t, err, out)
	assert.Equal(t, "0 ('UTC', 'UTC')\n-32400 ('JST', 'JST') 9\n", out)
}

// TestSleepInterrupted: time.sleep is modules/host's, which an interrupt
// ends with KeyboardInterrupt.
func TestSleepInterrupted(t *testing.T) {
	sigint.Take()
	defer sigint.Take()
	go func() {
		time.Sleep(100 * time.Millisecond)
		sigint.Raise()
	}()
	start := time.Now()
	out, err := pytesting.Run(t, "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('interrupted')\n")
	require.NoError(t, err)
	assert.Equal(t, "interrupted\n", out)
	assert.Less(t, time.Since(start), 5*time.Second)
}
