// Package multiprocessing is the _multiprocessing module of CPython 3.6 on
// Linux: SemLock, a lock or counting semaphore over a POSIX named
// semaphore that several processes open by name, sem_unlink and flags.
// Lib/modules/multiprocessing/synchronize.py builds Lock, RLock,
// Semaphore, BoundedSemaphore, Condition and Event on it.
package multiprocessing

import (
	"fmt"
	"math"
	"runtime"
	"sync"
	"syscall"
	"time"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The two kinds of SemLock (multiprocessing.synchronize's constants).
const (
	recursiveMutex = 0
	semaphoreKind  = 1
)

// SemLock is _multiprocessing.SemLock. count and owner change only under
// the interpreter lock.
type SemLock struct {
	sem      semaphore
	kind     int
	maxvalue int
	name     py.Object // str, or None once unlinked
	count    int       // acquisitions held by owner
	owner    int64     // thread ident of the last acquirer
	opener   *SemLock  // for one rebuilt from a bare handle: the SemLock that opened it
}

// SemLockType is _multiprocessing.SemLock.
var SemLockType = py.NewType("SemLock", "A lock or counting semaphore that several processes share, kept in a\nPOSIX named semaphore.")

func (s *SemLock) Type() *py.Type { return SemLockType }

func osErr(err error) error {
	if e, ok := err.(syscall.Errno); ok {
		return pyutil.OSErrorFromErrno(e, nil)
	}
	return err
}

// live maps the handles of the semaphores this process opened to them, so
// that _rebuild without a name finds the one a handle stands for. The
// cleanups of dropped SemLocks run on their own goroutine, hence liveMu.
var (
	liveMu sync.Mutex
	live   = map[uintptr]weak.Pointer[SemLock]{}
)

// lookupLive is the SemLock that opened the semaphore with handle h, nil
// when there is none (any more).
func lookupLive(h uintptr) *SemLock {
	liveMu.Lock()
	defer liveMu.Unlock()
	return live[h].Value()
}

func newSemLock(sem semaphore, kind, maxvalue int, name py.Object, owned bool) *SemLock {
	s := &SemLock{sem: sem, kind: kind, maxvalue: maxvalue, name: name}
	if owned {
		h := sem.handle()
		liveMu.Lock()
		live[h] = weak.Make(s)
		liveMu.Unlock()
		runtime.AddCleanup(s, func(h uintptr) {
			liveMu.Lock()
			delete(live, h)
			liveMu.Unlock()
			sem.close()
		}, h)
	}
	return s
}

func semLockNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("SemLock", args, kwargs, []string{"kind", "value", "maxvalue", "name", "unlink"}, 5, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	var n [3]int
	for i := range n {
		if n[i], err = pyarg.Int(a[i]); err != nil {
			return nil, err
		}
	}
	name, ok := a[3].(py.String)
	if !ok {
		what := pyarg.TypeName(a[3])
		if a[3] == py.None {
			what = "None"
		}
		return nil, pyutil.TypeErrorf("argument 4 must be str, not %s", what)
	}
	unlink, err := py.MakeBool(a[4])
	if err != nil {
		return nil, err
	}
	kind, value, maxvalue := n[0], n[1], n[2]
	if kind != recursiveMutex && kind != semaphoreKind {
		return nil, py.ExceptionNewf(py.ValueError, "unrecognized kind")
	}
	if value < 0 || value > semValueMax {
		return nil, pyutil.OSErrorFromErrno(syscall.EINVAL, nil)
	}
	sem, err := openSemaphore(string(name), true, uint(value))
	if err != nil {
		return nil, osErr(err)
	}
	var kept py.Object = name
	if unlink == py.True {
		if err := unlinkSemaphore(string(name)); err != nil {
			sem.close()
			return nil, osErr(err)
		}
		kept = py.None
	}
	return newSemLock(sem, kind, maxvalue, kept, true), nil
}

// mine reports whether the calling thread holds the lock.
func (s *SemLock) mine() bool { return s.count > 0 && s.owner == vm.ThreadIdent() }

// waitSlice bounds one wait without the interpreter lock, so that Ctrl-C
// and due finalizers are seen.
const waitSlice = 20 * time.Millisecond

// wait takes one unit of the semaphore, waiting forever when !timed and
// otherwise until deadline.
func (s *SemLock) wait(timed bool, deadline time.Time) (bool, error) {
	for {
		var got, ended, due bool
		var err error
		gil.Unlocked(func() {
			for {
				until := time.Now().Add(waitSlice)
				if timed && deadline.Before(until) {
					until = deadline
				}
				got, err = s.sem.waitUntil(until)
				if got || err != nil {
					return
				}
				if timed && !time.Now().Before(deadline) {
					ended = true
					return
				}
				select {
				case <-sigint.Done():
					if err = sigint.Check(); err != nil {
						return
					}
				default:
				}
				if vm.FinalizersDue() {
					due = true
					return
				}
			}
		})
		if got || ended {
			return got, nil
		}
		if err != nil {
			return false, osErr(err)
		}
		if due {
			vm.RunDueFinalizers()
		}
	}
}

func semLockAcquire(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	s := self.(*SemLock)
	a, err := pyarg.Parse36("acquire", args, kwargs, []string{"block", "timeout"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	block := true
	if a[0] != nil {
		b, err := py.MakeBool(a[0])
		if err != nil {
			return nil, err
		}
		block = b == py.True
	}
	timed := false
	var deadline time.Time
	if block && a[1] != nil && a[1] != py.None {
		secs, err := realNumber(a[1])
		if err != nil {
			return nil, err
		}
		if secs < 0 {
			secs = 0
		}
		timed = true
		if secs > float64(math.MaxInt64/2)/1e9 {
			timed = false
		} else {
			deadline = time.Now().Add(time.Duration(secs * 1e9))
		}
	}
	if s.kind == recursiveMutex && s.mine() {
		s.count++
		return py.True, nil
	}
	got, err := s.sem.tryWait()
	if err != nil {
		return nil, osErr(err)
	}
	if !got && block {
		if got, err = s.wait(timed, deadline); err != nil {
			return nil, err
		}
	}
	if !got {
		return py.False, nil
	}
	s.count++
	s.owner = vm.ThreadIdent()
	return py.True, nil
}

// realNumber is a timeout argument, with PyFloat_AsDouble's message.
func realNumber(o py.Object) (float64, error) {
	switch o.(type) {
	case py.Int, py.Bool, py.Float, *py.BigInt:
		return pyarg.Double(o)
	}
	if f, err := py.MakeFloat(o); err == nil {
		return float64(f.(py.Float)), nil
	}
	return 0, pyutil.TypeErrorf("must be real number, not %s", pyarg.TypeName(o))
}

func semLockRelease(self py.Object) (py.Object, error) {
	s := self.(*SemLock)
	if s.kind == recursiveMutex {
		if !s.mine() {
			return nil, py.ExceptionNewf(py.AssertionError, "attempt to release recursive lock not owned by thread")
		}
		if s.count > 1 {
			s.count--
			return py.None, nil
		}
	} else {
		v, err := s.sem.value()
		if err != nil {
			return nil, osErr(err)
		}
		if v >= s.maxvalue {
			return nil, py.ExceptionNewf(py.ValueError, "semaphore or lock released too many times")
		}
	}
	if err := s.sem.post(); err != nil {
		return nil, osErr(err)
	}
	s.count--
	return py.None, nil
}

func semLockRebuild(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("_rebuild", args, 4, 4); err != nil {
		return nil, err
	}
	h, err := pyarg.Long(args[0])
	if err != nil {
		return nil, err
	}
	kind, err := pyarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	maxvalue, err := pyarg.Int(args[2])
	if err != nil {
		return nil, err
	}
	switch name := args[3].(type) {
	case py.String:
		sem, err := openSemaphore(string(name), false, 0)
		if err != nil {
			return nil, osErr(err)
		}
		return newSemLock(sem, kind, maxvalue, name, true), nil
	case py.NoneType:
		opener := lookupLive(uintptr(h))
		if opener == nil {
			return nil, pyutil.OSErrorFromErrno(syscall.EINVAL, nil)
		}
		s := newSemLock(opener.sem, kind, maxvalue, py.None, false)
		s.opener = opener // closes the semaphore only once both are gone
		return s, nil
	default:
		return nil, pyutil.TypeErrorf("argument 4 must be str or None, not %s", pyarg.TypeName(args[3]))
	}
}

func semUnlink(_ py.Object, arg py.Object) (py.Object, error) {
	name, ok := arg.(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("argument must be str, not %s", pyarg.TypeName(arg))
	}
	if err := unlinkSemaphore(string(name)); err != nil {
		return nil, osErr(err)
	}
	return py.None, nil
}

func init() {
	t := SemLockType
	t.Dict["__module__"] = py.String("_multiprocessing")
	t.New = semLockNew
	t.Dict["SEM_VALUE_MAX"] = py.Int(semValueMax)
	acquireDoc := "acquire(block=True, timeout=None) -> bool\n\nTake the lock or one unit of the semaphore; with block false or a\ntimeout, give False when it could not be had."
	releaseDoc := "release()\n\nGive the lock or one unit of the semaphore back."
	t.Dict["acquire"] = py.MustNewMethod("acquire", semLockAcquire, 0, acquireDoc)
	t.Dict["__enter__"] = py.MustNewMethod("__enter__", semLockAcquire, 0, "Same as acquire().")
	t.Dict["release"] = py.MustNewMethod("release", semLockRelease, 0, releaseDoc)
	t.Dict["__exit__"] = py.MustNewMethod("__exit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		return semLockRelease(self)
	}, 0, "Same as release().")
	t.Dict["_count"] = py.MustNewMethod("_count", func(self py.Object) (py.Object, error) {
		return py.Int(self.(*SemLock).count), nil
	}, 0, "How many times this process's holder has taken the lock.")
	t.Dict["_is_mine"] = py.MustNewMethod("_is_mine", func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*SemLock).mine()), nil
	}, 0, "Whether the calling thread holds the lock.")
	t.Dict["_get_value"] = py.MustNewMethod("_get_value", func(self py.Object) (py.Object, error) {
		v, err := self.(*SemLock).sem.value()
		if err != nil {
			return nil, osErr(err)
		}
		return py.Int(v), nil
	}, 0, "The semaphore's current value.")
	t.Dict["_is_zero"] = py.MustNewMethod("_is_zero", func(self py.Object) (py.Object, error) {
		v, err := self.(*SemLock).sem.value()
		if err != nil {
			return nil, osErr(err)
		}
		return py.NewBool(v == 0), nil
	}, 0, "Whether the semaphore's value is zero.")
	t.Dict["_after_fork"] = py.MustNewMethod("_after_fork", func(self py.Object) (py.Object, error) {
		self.(*SemLock).count = 0
		return py.None, nil
	}, 0, "Forget the acquisitions of the parent process.")
	t.Dict["_rebuild"] = &py.ClassMethod{Callable: py.MustNewMethod("_rebuild", semLockRebuild, 0, "_rebuild(handle, kind, maxvalue, name)\n\nThe SemLock of another process: opened again by name.")}
	t.Dict["handle"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.Int(int64(self.(*SemLock).sem.handle())), nil
	}}
	t.Dict["kind"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(self.(*SemLock).kind), nil }}
	t.Dict["maxvalue"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Int(self.(*SemLock).maxvalue), nil }}
	t.Dict["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*SemLock).name, nil }}
	t.Dict["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object) (py.Object, error) {
		return py.String(fmt.Sprintf("<_multiprocessing.SemLock object at %p>", self)), nil
	}, 0, "")

	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name: "_multiprocessing",
			Doc:  "Named POSIX semaphores shared between processes, for the multiprocessing package.",
		},
		Methods: []*py.Method{
			py.MustNewMethod("sem_unlink", semUnlink, 0, "sem_unlink(name)\n\nRemove the named semaphore; processes holding it open keep it."),
		},
		Globals: py.StringDict{
			"SemLock": SemLockType,
			"flags":   py.StringDict{"HAVE_SEM_OPEN": py.Int(1), "HAVE_SEM_TIMEDWAIT": py.Int(1)},
		},
	})
}
