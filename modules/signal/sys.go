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
		watchProf(profGen.Load(), nv)
	}
	return itimerResult(old), nil
}

// ITIMER_PROF. Go's runtime keeps SIGPROF for its profiler: the kernel's
// signal never reaches dispatch. The kernel's timer still runs (getitimer
// reads it), so a goroutine follows the process's CPU clock, which is
// what the timer counts, while it is armed, and hands dispatch a SIGPROF
// at each expiry it passes (several passed between two looks make one
// signal, as the kernel's pending signal would). Reading the clock, not
// the timer's time left, no expiry is missed: a look that came one whole
// interval after the last saw the same time left and missed the tick,
// which on a loaded machine happened at every look.

const itimerProf = 2

// profGen numbers the settings of ITIMER_PROF; a watcher stops once the
// timer is set again.
var profGen atomic.Int64

// profPoll is how often a watcher reads the clock.
const profPoll = 2 * time.Millisecond

// processCPU is the CPU time the process has used (all its threads), in
// microseconds.
func processCPU() int64 {
	const clockProcessCPUTime = 2 // CLOCK_PROCESS_CPUTIME_ID
	var ts syscall.Timespec
	syscall.RawSyscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return ts.Sec*1e6 + ts.Nsec/1e3
}

func micros(t timeval) int64 { return t.sec*1e6 + t.usec }

// watchProf starts the watcher of setting gen, the timer armed with nv.
func watchProf(gen int64, nv itimerval) {
	next := processCPU() + micros(nv.value)
	interval := micros(nv.interval)
	go func() {
		for {
			time.Sleep(profPoll)
			if profGen.Load() != gen {
				return
			}
			now := processCPU()
			if now < next {
				continue
			}
			if interval > 0 {
				next += (now-next)/interval*interval + interval
			}
			if profGen.Load() == gen {
				ch <- syscall.SIGPROF
			}
			if interval == 0 {
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
