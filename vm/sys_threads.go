package vm

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// sys's facts and settings about threads: thread_info, and
// setswitchinterval/getswitchinterval, whose interval, kept in whole
// microseconds as CPython keeps it, is how long a thread waits for the
// interpreter lock before it asks the holder to yield (internal/gil).

// ThreadLibVersion is sys.thread_info.version, the C library's threads
// ("NPTL 2.36"); modules/thread sets it when it is linked in, and it stays
// None otherwise.
var ThreadLibVersion string

const setSwitchIntervalDoc = `setswitchinterval(seconds)

Set how long, in seconds, a thread that wants to run waits before it asks
the running thread to let it; 0.005 (five milliseconds) by default. Long
stretches of code that never reach a switch point can make the real
switching rarer.`

const getSwitchIntervalDoc = `getswitchinterval() -> the thread switch interval in seconds; see setswitchinterval().`

func installSysThreads(ctx *Context, g py.StringDict) {
	var version py.Object = py.None
	if ThreadLibVersion != "" {
		version = py.String(ThreadLibVersion)
	}
	g["_thread_lib_version"] = version
	g["setswitchinterval"] = py.MustNewMethod("setswitchinterval", func(self py.Object, args py.Tuple) (py.Object, error) {
		if err := pyarg.ArgCount36("setswitchinterval", args, 1, 1); err != nil {
			return nil, err
		}
		secs, err := pyarg.Double(args[0])
		if err != nil {
			return nil, err
		}
		if secs <= 0 {
			return nil, pyutil.ValueErrorf("switch interval must be strictly positive")
		}
		ctx.gil.SetInterval(microseconds(secs))
		return py.None, nil
	}, 0, setSwitchIntervalDoc)
	g["getswitchinterval"] = py.MustNewMethod("getswitchinterval", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, pyutil.TypeErrorf("getswitchinterval() takes no arguments (%d given)", len(args))
		}
		return py.Float(1e-6 * float64(ctx.gil.Interval())), nil
	}, 0, getSwitchIntervalDoc)
}

// microseconds truncates secs*1e6 to an unsigned count as CPython's
// conversion does on x86-64: values past the range (inf included) give 0,
// and NaN gives 2**63.
func microseconds(secs float64) uint64 {
	us := 1e6 * secs
	switch {
	case math.IsNaN(us):
		return 1 << 63
	case us >= math.Exp2(64):
		return 0
	}
	return uint64(us)
}
