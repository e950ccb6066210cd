// Package pytime registers the Python module "time" for gpython, replacing
// gpython's partial one with CPython 3.6's API and behaviour: time,
// time_ns, monotonic(_ns), perf_counter(_ns), process_time(_ns), clock,
// sleep (the one of modules/host, which Ctrl-C interrupts), gmtime,
// localtime, mktime, asctime, ctime, strftime, strptime, struct_time,
// timezone/altzone/daylight/tzname, tzset, get_clock_info,
// clock_gettime/clock_getres/clock_settime and the CLOCK_* constants.
//
// As CPython does, it leaves the calendar to the C library (cgo):
// localtime_r, gmtime_r, mktime and strftime, so TZ and every glibc
// strftime directive behave as in CPython. strptime is CPython's
// _strptime, rewritten in Go over Go's regexp (strptime.go).
//
// The Go package is named pytime to keep Go's time package usable.
package pytime

import (
	"math/big"
	"os"
	"time"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/time" // registered first: this package replaces it

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/datetime"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm" // its time.sleep (Ctrl-C aware) is reused
)

const moduleDoc = `Clocks, and conversions between the two forms of a moment.

A timestamp is a number of seconds (int or float) since the Epoch, the
moment gmtime(0) shows (1970-01-01 00:00:00 UTC on Unix). A broken-down
time is a struct_time, a tuple of nine ints: year, month (1-12), day
(1-31), hour (0-23), minute (0-59), second (0-61), weekday (Monday is 0),
day of the year (1-366) and a DST flag (1 in daylight saving time, 0 not,
-1 for mktime() to work out).
`

func floatTime(sec, nsec int64) py.Object {
	return py.Float(float64(sec) + float64(nsec)*1e-9)
}

func nsTime(sec, nsec int64) py.Object {
	n := new(big.Int).Mul(big.NewInt(sec), big.NewInt(1e9))
	n.Add(n, big.NewInt(nsec))
	if n.IsInt64() {
		return py.Int(n.Int64())
	}
	return (*py.BigInt)(n)
}

// clockFuncs makes the float and _ns functions of one clock.
func clockFuncs(name string, clk int, doc string) []*py.Method {
	read := func() (int64, int64, error) {
		s, ns, err := clockGettime(clk)
		if err != nil {
			return 0, 0, pyutil.FromGoError(err, nil)
		}
		return s, ns, nil
	}
	return []*py.Method{
		py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
			s, ns, err := read()
			if err != nil {
				return nil, err
			}
			return floatTime(s, ns), nil
		}, 0, name+"() -> float\n\n"+doc),
		py.MustNewMethod(name+"_ns", func(self py.Object) (py.Object, error) {
			s, ns, err := read()
			if err != nil {
				return nil, err
			}
			return nsTime(s, ns), nil
		}, 0, name+"_ns() -> int\n\nAs "+name+"(), in whole nanoseconds."),
	}
}

// optTimeT is the optional seconds argument of gmtime, localtime and
// ctime: None or absent is now.
func optTimeT(fn string, args py.Tuple) (int64, error) {
	if len(args) > 1 {
		return 0, pyutil.TypeErrorf("%s() takes at most 1 argument (%d given)", fn, len(args))
	}
	var o py.Object = py.None
	if len(args) == 1 {
		o = args[0]
	}
	if o == py.None {
		return time.Now().Unix(), nil
	}
	return timeT(o)
}

func timeGmtime(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	secs, err := optTimeT("gmtime", args)
	if err != nil {
		return nil, err
	}
	t, err := gmtimeC(secs)
	if err != nil {
		return nil, pyutil.FromGoError(err, nil)
	}
	return newStructTime(t), nil
}

func localtime(secs int64) (tm, error) {
	t, err := localtimeC(secs)
	if err != nil {
		return tm{}, pyutil.FromGoError(err, nil)
	}
	return t, nil
}

func timeLocaltime(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	secs, err := optTimeT("localtime", args)
	if err != nil {
		return nil, err
	}
	t, err := localtime(secs)
	if err != nil {
		return nil, err
	}
	return newStructTime(t), nil
}

// tmArg is CPython 3.6's gettmarg: a tuple of 9 C ints or a struct_time
// (whose tm_zone and tm_gmtoff are taken too), in C's conventions.
func tmArg(o py.Object) (tm, error) {
	var items py.Tuple
	st, isStruct := o.(*StructTime)
	switch v := o.(type) {
	case *StructTime:
		items = v.seq()
	case py.Tuple:
		items = v
	default:
		return tm{}, pyutil.TypeErrorf("Tuple or struct_time argument required")
	}
	if len(items) != nSequence {
		return tm{}, pyutil.TypeErrorf("function takes exactly 9 arguments (%d given)", len(items))
	}
	var f [nSequence]int
	for i, it := range items {
		n, err := cInt(it)
		if err != nil {
			return tm{}, err
		}
		f[i] = n
	}
	if f[0] < -2147483648+1900 {
		return tm{}, py.ExceptionNewf(py.OverflowError, "year out of range")
	}
	t := tm{year: f[0] - 1900, mon: f[1] - 1, mday: f[2], hour: f[3], min: f[4], sec: f[5],
		wday: (f[6] + 1) % 7, yday: f[7] - 1, isdst: f[8]}
	if isStruct {
		if z, ok := st.v[9].(py.String); ok {
			t.zone, t.hasZone = string(z), true
		}
		if st.v[10] != py.None {
			off, err := cLong(st.v[10])
			if err != nil {
				return tm{}, err
			}
			t.gmtoff = off
		}
	}
	return t, nil
}

// checkTm is CPython 3.6's checktm with its normalisation of zeros, used
// by strftime and asctime.
func checkTm(t *tm) error {
	switch {
	case t.mon == -1:
		t.mon = 0
	case t.mon < 0 || t.mon > 11:
		return pyutil.ValueErrorf("month out of range")
	}
	switch {
	case t.mday == 0:
		t.mday = 1
	case t.mday < 0 || t.mday > 31:
		return pyutil.ValueErrorf("day of month out of range")
	}
	if t.hour < 0 || t.hour > 23 {
		return pyutil.ValueErrorf("hour out of range")
	}
	if t.min < 0 || t.min > 59 {
		return pyutil.ValueErrorf("minute out of range")
	}
	if t.sec < 0 || t.sec > 61 {
		return pyutil.ValueErrorf("seconds out of range")
	}
	if t.wday < 0 {
		return pyutil.ValueErrorf("day of week out of range")
	}
	switch {
	case t.yday == -1:
		t.yday = 0
	case t.yday < 0 || t.yday > 365:
		return pyutil.ValueErrorf("day of year out of range")
	}
	if t.isdst < -1 {
		t.isdst = -1
	} else if t.isdst > 1 {
		t.isdst = 1
	}
	return nil
}

// optTm is the optional time tuple of strftime and asctime: now, in
// local time, when absent.
func optTm(args py.Tuple, i int) (tm, error) {
	if len(args) <= i {
		return localtime(time.Now().Unix())
	}
	t, err := tmArg(args[i])
	if err != nil {
		return tm{}, err
	}
	return t, checkTm(&t)
}

func timeStrftime(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) < 1 {
		return nil, pyutil.TypeErrorf("strftime() takes at least 1 argument (0 given)")
	}
	if len(args) > 2 {
		return nil, pyutil.TypeErrorf("strftime() takes at most 2 arguments (%d given)", len(args))
	}
	format, err := strArg(args[0], "strftime", 1)
	if err != nil {
		return nil, err
	}
	t, err := optTm(args, 1)
	if err != nil {
		return nil, err
	}
	for i := 0; i < len(format); i++ {
		if format[i] == 0 {
			return nil, pyutil.ValueErrorf("embedded null character")
		}
	}
	return py.String(strftimeC(format, t)), nil
}

var (
	wdayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	monNames  = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// asctime is CPython's _asctime: "Thu Jan  1 00:00:00 1970".
func asctime(t tm) py.Object {
	return py.String(fmtAsctime(wdayNames[t.wday], monNames[t.mon], t.mday, t.hour, t.min, t.sec, int64(t.year)+1900))
}

func timeAsctime(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) > 1 {
		return nil, pyutil.TypeErrorf("asctime expected at most 1 arguments, got %d", len(args))
	}
	t, err := optTm(args, 0)
	if err != nil {
		return nil, err
	}
	return asctime(t), nil
}

func timeCtime(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	secs, err := optTimeT("ctime", args)
	if err != nil {
		return nil, err
	}
	t, err := localtime(secs)
	if err != nil {
		return nil, err
	}
	return asctime(t), nil
}

func timeMktime(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("mktime() takes exactly one argument (%d given)", len(args))
	}
	t, err := tmArg(args[0])
	if err != nil {
		return nil, err
	}
	secs, ok := mktimeC(t)
	if !ok {
		return nil, py.ExceptionNewf(py.OverflowError, "mktime argument out of range")
	}
	return py.Float(float64(secs)), nil
}

func timeClockGettime(self, arg py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	clk, err := cInt(arg)
	if err != nil {
		return nil, err
	}
	s, ns, err := clockGettime(clk)
	if err != nil {
		return nil, pyutil.FromGoError(err, nil)
	}
	return floatTime(s, ns), nil
}

func timeClockGetres(self, arg py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	clk, err := cInt(arg)
	if err != nil {
		return nil, err
	}
	s, ns, err := clockGetres(clk)
	if err != nil {
		return nil, pyutil.FromGoError(err, nil)
	}
	return floatTime(s, ns), nil
}

func timeClockSettime(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var clkObj, tObj py.Object
	if err := py.UnpackTuple(args, nil, "clock_settime", 2, 2, &clkObj, &tObj); err != nil {
		return nil, err
	}
	clk, err := cInt(clkObj)
	if err != nil {
		return nil, err
	}
	var secs, nsec int64
	if f, ok := tObj.(py.Float); ok {
		secs, err = timeT(f)
		if err != nil {
			return nil, err
		}
		nsec = int64((float64(f) - float64(secs)) * 1e9)
	} else if secs, err = timeT(tObj); err != nil {
		return nil, err
	}
	if err := clockSettime(clk, secs, nsec); err != nil {
		return nil, pyutil.FromGoError(err, nil)
	}
	return py.None, nil
}

// clockInfo is get_clock_info's answer per clock name.
var clockInfo = map[string]struct {
	impl                string
	clk                 int
	monotonic, adjusted bool
}{
	"time":         {"clock_gettime(CLOCK_REALTIME)", clockRealtime, false, true},
	"monotonic":    {"clock_gettime(CLOCK_MONOTONIC)", clockMonotonic, true, false},
	"perf_counter": {"clock_gettime(CLOCK_MONOTONIC)", clockMonotonic, true, false},
	"process_time": {"clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", clockProcessCPUTimeID, true, false},
	"clock":        {"clock()", -1, true, false},
}

func timeGetClockInfo(self, arg py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	name, err := strArg(arg, "get_clock_info", 1)
	if err != nil {
		return nil, err
	}
	info, ok := clockInfo[name]
	if !ok {
		return nil, pyutil.ValueErrorf("unknown clock")
	}
	resolution := py.Float(1e-06)
	if info.clk >= 0 {
		s, ns, err := clockGetres(info.clk)
		if err != nil {
			return nil, pyutil.FromGoError(err, nil)
		}
		resolution = py.Float(float64(s) + float64(ns)*1e-9)
	}
	return &namespace{attrs: py.StringDict{
		"implementation": py.String(info.impl),
		"monotonic":      py.NewBool(info.monotonic),
		"adjustable":     py.NewBool(info.adjusted),
		"resolution":     resolution,
	}}, nil
}

// tzGlobals is CPython 3.6's init_timezone on glibc: the zone of January
// 1st and July 1st of this year (the southern hemisphere's reversed).
func tzGlobals() py.StringDict {
	const year = (365*24 + 6) * 3600
	t := time.Now().Unix() / year * year
	jan, err1 := localtimeC(t)
	jul, err2 := localtimeC(t + year/2)
	if err1 != nil || err2 != nil {
		return py.StringDict{"timezone": py.Int(0), "altzone": py.Int(0), "daylight": py.Int(0),
			"tzname": py.Tuple{py.String("UTC"), py.String("UTC")}}
	}
	janZone, julZone := -jan.gmtoff, -jul.gmtoff
	janName, julName := py.String(jan.zone), py.String(jul.zone)
	daylight := py.Int(0)
	if janZone != julZone {
		daylight = 1
	}
	if janZone < julZone {
		return py.StringDict{"timezone": py.Int(julZone), "altzone": py.Int(janZone), "daylight": daylight,
			"tzname": py.Tuple{julName, janName}}
	}
	return py.StringDict{"timezone": py.Int(janZone), "altzone": py.Int(julZone), "daylight": daylight,
		"tzname": py.Tuple{janName, julName}}
}

// syncTZ copies TZ from the os module's environ, when the script imported
// it, to the process environment that tzset reads: gpython's os.environ
// is a plain dict, where CPython's writes through to putenv.
func syncTZ(m *py.Module) {
	if m.Context == nil {
		return
	}
	osm, err := m.Context.Store().GetModule("os")
	if err != nil {
		return
	}
	var tz py.Object
	switch env := osm.Globals["environ"].(type) {
	case py.StringDict:
		tz = env["TZ"]
	case *vm.Dict:
		tz, _ = env.GetStr("TZ")
	}
	if s, ok := tz.(py.String); ok && os.Getenv("TZ") != string(s) {
		_ = os.Setenv("TZ", string(s))
	}
}

func timeTzset(self py.Object) (py.Object, error) {
	m, ok := self.(*py.Module)
	if ok {
		syncTZ(m)
	}
	tzsetC()
	datetime.SetLocalZone(os.Getenv("TZ")) // datetime's local time follows
	if ok {
		for k, v := range tzGlobals() {
			m.Globals[k] = v
		}
	}
	return py.None, nil
}

func timeClock(self py.Object) (py.Object, error) { return py.Float(clockC()), nil }

// sleepMethod is modules/host's time.sleep, taken from the module it
// patched (gpython's), or nil.
func sleepMethod() *py.Method {
	if impl := py.GetModuleImpl("time"); impl != nil {
		for _, m := range impl.Methods {
			if m.Name == "sleep" {
				return m
			}
		}
	}
	return nil
}

func init() {
	methods := []*py.Method{
		py.MustNewMethod("gmtime", timeGmtime, 0, "gmtime([seconds]) -> struct_time\n\nThe UTC broken-down time of seconds after the Epoch (now when omitted)."),
		py.MustNewMethod("localtime", timeLocaltime, 0, "localtime([seconds]) -> struct_time\n\nThe local broken-down time of seconds after the Epoch (now when omitted)."),
		py.MustNewMethod("mktime", timeMktime, 0, "mktime(t) -> float\n\nSeconds since the Epoch for a local broken-down time t (the inverse of\nlocaltime())."),
		py.MustNewMethod("asctime", timeAsctime, 0, "asctime([t]) -> str\n\nA 24-character text form of broken-down time t, like\n'Sun Sep 16 01:03:52 1973'; the local time now when t is omitted."),
		py.MustNewMethod("ctime", timeCtime, 0, "ctime([seconds]) -> str\n\nasctime(localtime(seconds)): the text form of a moment in local time."),
		py.MustNewMethod("strftime", timeStrftime, 0, "strftime(format[, t]) -> str\n\nThe broken-down time t (the local time now by default) written as the\n% directives of format say."),
		py.MustNewMethod("strptime", timeStrptime, 0, "strptime(string, format) -> struct_time\n\nRead a broken-down time out of string, which must follow format's % directives."),
		py.MustNewMethod("clock_gettime", timeClockGettime, 0, "clock_gettime(clk_id) -> float\n\nThe reading of clock clk_id, in seconds."),
		py.MustNewMethod("clock_getres", timeClockGetres, 0, "clock_getres(clk_id) -> float\n\nThe tick size of clock clk_id, in seconds."),
		py.MustNewMethod("clock_settime", timeClockSettime, 0, "clock_settime(clk_id, time) -> None\n\nSet clock clk_id to time seconds (needs privileges for most clocks)."),
		py.MustNewMethod("get_clock_info", timeGetClockInfo, 0, "get_clock_info(name) -> namespace\n\nHow the clock called name ('time', 'monotonic', 'perf_counter',\n'process_time', 'clock') is implemented, its resolution and whether it is\nadjustable and monotonic."),
		py.MustNewMethod("tzset", timeTzset, 0, "tzset() -> None\n\nReload the local time zone rules from the TZ environment variable."),
		py.MustNewMethod("clock", timeClock, 0, "clock() -> float\n\nProcessor time used by the process so far, in seconds (deprecated in\nfavour of process_time() and perf_counter())."),
	}
	methods = append(methods, clockFuncs("time", clockRealtime, "Seconds since the Epoch by the system's wall clock, with any fraction the clock gives.")...)
	methods = append(methods, clockFuncs("monotonic", clockMonotonic, "Seconds on a clock that never runs backwards (its zero point is arbitrary).")...)
	methods = append(methods, clockFuncs("perf_counter", clockMonotonic, "Seconds on the finest-grained monotonic clock, for timing intervals.")...)
	methods = append(methods, clockFuncs("process_time", clockProcessCPUTimeID, "CPU seconds (user plus system) the process has used.")...)
	if m := sleepMethod(); m != nil {
		methods = append(methods, m)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "time", Doc: moduleDoc},
		Methods: methods,
		Globals: py.StringDict{
			"struct_time":              StructTimeType,
			"CLOCK_REALTIME":           py.Int(clockRealtime),
			"CLOCK_MONOTONIC":          py.Int(clockMonotonic),
			"CLOCK_MONOTONIC_RAW":      py.Int(clockMonotonicRaw),
			"CLOCK_PROCESS_CPUTIME_ID": py.Int(clockProcessCPUTimeID),
			"CLOCK_THREAD_CPUTIME_ID":  py.Int(clockThreadCPUTimeID),
			"_STRUCT_TM_ITEMS":         py.Int(len(fieldNames)),
		},
		// the zone is read when the module is imported, as CPython does
		CodeSrc: "tzset()\n",
	})
}
