package pysignal

import (
	"math"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

type timeval struct{ sec, usec int64 }

type itimerval struct{ interval, value timeval }

func toTimeval(f float64) timeval {
	sec := math.Floor(f)
	usec := math.Round((f - sec) * 1e6)
	if usec >= 1e6 {
		sec++
		usec -= 1e6
	}
	tv := timeval{int64(sec), int64(usec)}
	if tv.sec == 0 && tv.usec == 0 && f > 0 {
		tv.usec = 1 // as CPython: never turn a small positive delay into "off"
	}
	return tv
}

func fromTimeval(tv timeval) py.Object {
	return py.Float(float64(tv.sec) + float64(tv.usec)/1e6)
}

func itimerResult(v itimerval) py.Object {
	return py.Tuple{fromTimeval(v.value), fromTimeval(v.interval)}
}

func itimerError(e syscall.Errno) error {
	return pyutil.NewOSError(ItimerError, int(e), pyutil.StrError(e), nil)
}

func signalSetitimer(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("setitimer", args, 2, 3); err != nil {
		return nil, err
	}
	which, err := pyarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	seconds, err := pyarg.Double(args[1])
	if err != nil {
		return nil, err
	}
	interval := 0.0
	if len(args) == 3 {
		if interval, err = pyarg.Double(args[2]); err != nil {
			return nil, err
		}
	}
	switch which {
	case 0:
		routeDefault(int(syscall.SIGALRM))
	case 1:
		routeDefault(int(syscall.SIGVTALRM))
	case 2:
		routeDefault(int(syscall.SIGPROF))
	}
	nv := itimerval{interval: toTimeval(interval), value: toTimeval(seconds)}
	var old itimerval
	if which == itimerProf {
		profGen.Add(1) // a watcher of the timer's previous setting stops
	}
	_, _, e := syscall.RawSyscall(syscall.SYS_SETITIMER, uintptr(which), uintptr(unsafe.Pointer(&nv)), uintptr(unsafe.Pointer(&old)))
	if e != 0 {
		return nil, itimerError(e)
	}
	if which == itimerProf && nv.value != (timeval{}) {
		watchProf(profGen.Load())
	}
	return itimerResult(old), nil
}

// ITIMER_PROF. Go's runtime keeps SIGPROF for its profiler: the kernel's
// signal never reaches dispatch. The kernel's timer still runs (getitimer
// reads it), so a goroutine watches it while it is armed, and hands
// dispatch a SIGPROF each time it expires: when its time left goes up
// (reloaded from the interval) or reaches zero.

const itimerProf = 2

// profGen numbers the settings of ITIMER_PROF; a watcher stops once the
// timer is set again.
var profGen atomic.Int64

// profPoll is how often a watcher reads the timer.
const profPoll = 2 * time.Millisecond

func readProf() itimerval {
	var cur itimerval
	syscall.RawSyscall(syscall.SYS_GETITIMER, itimerProf, uintptr(unsafe.Pointer(&cur)), 0)
	return cur
}

// before reports whether a is less than b.
func (a timeval) before(b timeval) bool {
	return a.sec < b.sec || a.sec == b.sec && a.usec < b.usec
}

// watchProf starts the watcher of setting gen.
func watchProf(gen int64) {
	go func() {
		last := readProf()
		for {
			time.Sleep(profPoll)
			if profGen.Load() != gen {
				return
			}
			cur := readProf()
			expired := cur.value == (timeval{}) || last.value.before(cur.value)
			last = cur
			if expired && profGen.Load() == gen {
				ch <- syscall.SIGPROF
			}
			if cur.value == (timeval{}) {
				return
			}
		}
	}()
}

func signalGetitimer(self py.Object, arg py.Object) (py.Object, error) {
	which, err := pyarg.Int(arg)
	if err != nil {
		return nil, err
	}
	var cur itimerval
	_, _, e := syscall.RawSyscall(syscall.SYS_GETITIMER, uintptr(which), uintptr(unsafe.Pointer(&cur)), 0)
	if e != 0 {
		return nil, itimerError(e)
	}
	return itimerResult(cur), nil
}
