package pyselect

import (
	"fmt"
	"math"
	"runtime"
	"sync"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/socket"
)

const epollDoc = `select.epoll(sizehint=-1, flags=0)

An edge- or level-triggered event queue over Linux's epoll(7): register
descriptors with an event mask, then poll() for the ready ones.
sizehint is -1 or a positive count (a hint only); flags may be
EPOLL_CLOEXEC, which every epoll object has anyway.`

// EpollType is "select.epoll".
var EpollType = py.NewTypeX("select.epoll", epollDoc, epollNew, nil)

// epollObject owns one epoll descriptor. fd is -1 once closed; the box
// lets the cleanup close a descriptor the script forgot without keeping
// the object alive.
type epollObject struct {
	mu  sync.Mutex
	box *epollFD
}

type epollFD struct{ fd int }

func (e *epollObject) Type() *py.Type { return EpollType }

// M__repr__ is the default object repr, "<select.epoll object at 0x...>".
func (e *epollObject) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<select.epoll object at %p>", e)), nil
}

// The events register() asks for when no mask is given.
const defaultEpollMask = syscall.EPOLLIN | syscall.EPOLLOUT | syscall.EPOLLPRI

// newEpollObject wraps fd, closing it when the object is collected unclosed.
func newEpollObject(fd int) *epollObject {
	e := &epollObject{box: &epollFD{fd: fd}}
	runtime.AddCleanup(e, func(b *epollFD) {
		if b.fd >= 0 {
			_ = syscall.Close(b.fd)
		}
	}, e.box)
	return e
}

func epollNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	v, err := pyarg.Parse36("epoll", args, kwargs, []string{"sizehint", "flags"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	sizehint, flags := -1, 0
	if v[0] != nil {
		if sizehint, err = pyarg.Int(v[0]); err != nil {
			return nil, err
		}
	}
	if v[1] != nil {
		if flags, err = pyarg.Int(v[1]); err != nil {
			return nil, err
		}
	}
	if sizehint == 0 || sizehint < -1 {
		return nil, pyutil.ValueErrorf("sizehint must be positive or -1")
	}
	// Like CPython, the descriptor is always close-on-exec; other flag
	// bits are the kernel's to refuse.
	fd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC | flags)
	if err != nil {
		return nil, pyutil.FromGoError(err, nil)
	}
	return newEpollObject(fd), nil
}

// fd is the open descriptor, or CPython's ValueError once closed.
func (e *epollObject) fd() (int, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.box.fd < 0 {
		return -1, pyutil.ValueErrorf("I/O operation on closed epoll object")
	}
	return e.box.fd, nil
}

func (e *epollObject) close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.box.fd < 0 {
		return nil
	}
	err := syscall.Close(e.box.fd)
	e.box.fd = -1
	if err != nil {
		return pyutil.FromGoError(err, nil)
	}
	return nil
}

// epollMask is an event mask argument as CPython's "I" format reads it:
// any int, taken modulo 2**32.
func epollMask(o py.Object) (uint32, error) {
	if _, isFloat := o.(py.Float); isFloat {
		return 0, pyutil.TypeErrorf("integer argument expected, got float")
	}
	if !pyarg.IsInteger(o) {
		return 0, pyutil.TypeErrorf("an integer is required (got type %s)", pyarg.TypeName(o))
	}
	v, err := pyarg.UnsignedLongMask(o)
	return uint32(v), err
}

// control applies one epoll_ctl operation, mapping errno to OSError
// (EEXIST: FileExistsError, ENOENT: FileNotFoundError).
func (e *epollObject) control(op int, fdArg py.Object, mask uint32) (py.Object, error) {
	efd, err := e.fd()
	if err != nil {
		return nil, err
	}
	fd, err := Fileno(fdArg)
	if err != nil {
		return nil, err
	}
	ev := syscall.EpollEvent{Events: mask, Fd: int32(fd)}
	if err := syscall.EpollCtl(efd, op, fd, &ev); err != nil {
		if op == syscall.EPOLL_CTL_DEL && err == syscall.EBADF {
			// The descriptor was closed already, which removed it.
			return py.None, nil
		}
		return nil, pyutil.FromGoError(err, nil)
	}
	return py.None, nil
}

// waitDeadline turns poll()'s timeout in seconds into a deadline, as
// CPython 3.6 converts it (_PyTime_FromSecondsObject, then milliseconds
// rounded toward +inf): None, or fewer than 0 ms, waits without limit
// (limited false); a type pyarg.Seconds refuses is "timeout must be an
// integer or None"; milliseconds outside a C int are "timeout is too
// large". So -inf and huge values raise rather than wait forever.
func waitDeadline(o py.Object) (time.Time, bool, error) {
	if o == nil || o == py.None {
		return time.Time{}, false, nil
	}
	d, err := pyarg.Seconds(o)
	if e, ok := err.(*py.Exception); ok && e.Base == py.TypeError {
		return time.Time{}, false, pyutil.TypeErrorf("timeout must be an integer or None")
	}
	if err != nil {
		return time.Time{}, false, err
	}
	ms := d / time.Millisecond
	if d%time.Millisecond > 0 {
		ms++
	}
	if ms < math.MinInt32 || ms > math.MaxInt32 {
		return time.Time{}, false, py.ExceptionNewf(py.OverflowError, "timeout is too large")
	}
	if ms < 0 {
		return time.Time{}, false, nil
	}
	return time.Now().Add(ms * time.Millisecond), true, nil
}

// poll waits, with the interpreter lock released and Ctrl-C heard, until
// the epoll descriptor is readable (some registered descriptor is ready)
// or the deadline passes, then collects up to max events without blocking.
func (e *epollObject) poll(deadline time.Time, limited bool, max int) (py.Object, error) {
	efd, err := e.fd()
	if err != nil {
		return nil, err
	}
	events := make([]syscall.EpollEvent, max)
	for {
		n, err := syscall.EpollWait(efd, events, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, pyutil.FromGoError(err, nil)
		}
		if n > 0 || (limited && !time.Now().Before(deadline)) {
			out := py.NewList()
			for _, ev := range events[:n] {
				out.Append(py.Tuple{py.Int(ev.Fd), py.Int(ev.Events)})
			}
			return out, nil
		}
		ready := []socket.PollFd{{Fd: int32(efd), Events: socket.POLLIN}}
		if _, err := socket.PollInterruptible(ready, deadline); err != nil {
			return nil, pollError(err)
		}
		if ready[0].Revents&socket.POLLNVAL != 0 {
			// closed by another thread while this one waited
			return nil, pyutil.ValueErrorf("I/O operation on closed epoll object")
		}
	}
}

func epollMethod(name, doc string, impl func(e *epollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	addMethod(EpollType, name, doc, impl)
}

// setupEpoll fills EpollType; select.go's init calls it before the module
// is registered.
func setupEpoll() {
	epollMethod("register", "register(fd, eventmask=EPOLLIN|EPOLLPRI|EPOLLOUT)\n\nAdd fd (an int or an object with fileno()) to the set, waiting for the\nevents in eventmask. FileExistsError if it is already registered.", func(e *epollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v, err := pyarg.Parse36("register", args, kwargs, []string{"fd", "eventmask"}, 1, pyarg.Getargs36)
		if err != nil {
			return nil, err
		}
		mask := uint32(defaultEpollMask)
		if v[1] != nil {
			if mask, err = epollMask(v[1]); err != nil {
				return nil, err
			}
		}
		return e.control(syscall.EPOLL_CTL_ADD, v[0], mask)
	})
	epollMethod("modify", "modify(fd, eventmask)\n\nChange the events a registered fd is waited for.\nFileNotFoundError if it is not registered.", func(e *epollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v, err := pyarg.Parse36("modify", args, kwargs, []string{"fd", "eventmask"}, 2, pyarg.Getargs36)
		if err != nil {
			return nil, err
		}
		mask, err := epollMask(v[1])
		if err != nil {
			return nil, err
		}
		return e.control(syscall.EPOLL_CTL_MOD, v[0], mask)
	})
	epollMethod("unregister", "unregister(fd)\n\nRemove fd from the set. FileNotFoundError if it is not registered.", func(e *epollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v, err := pyarg.Parse36("unregister", args, kwargs, []string{"fd"}, 1, pyarg.Getargs36)
		if err != nil {
			return nil, err
		}
		return e.control(syscall.EPOLL_CTL_DEL, v[0], 0)
	})
	epollMethod("poll", "poll(timeout=-1, maxevents=-1) -> [(fd, events), ...]\n\nWait up to timeout seconds (None or negative: without limit) for\nregistered descriptors to become ready; at most maxevents pairs\n(-1: no particular limit) come back.", func(e *epollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v, err := pyarg.Parse36("poll", args, kwargs, []string{"timeout", "maxevents"}, 0, pyarg.Getargs36)
		if err != nil {
			return nil, err
		}
		deadline, limited, err := waitDeadline(v[0])
		if err != nil {
			return nil, err
		}
		max := -1
		if v[1] != nil {
			if max, err = pyarg.Int(v[1]); err != nil {
				return nil, err
			}
		}
		if max == -1 {
			max = 1023 // FD_SETSIZE - 1, CPython's default
		} else if max < 1 {
			return nil, pyutil.ValueErrorf("maxevents must be greater than 0, got %d", max)
		}
		return e.poll(deadline, limited, max)
	})
	epollMethod("close", "close()\n\nClose the epoll descriptor; later operations raise ValueError.", func(e *epollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := pyarg.NoArgs("close", args, kwargs); err != nil {
			return nil, err
		}
		return py.None, e.close()
	})
	epollMethod("fileno", "fileno() -> int\n\nThe epoll descriptor itself.", func(e *epollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := pyarg.NoArgs("fileno", args, kwargs); err != nil {
			return nil, err
		}
		fd, err := e.fd()
		if err != nil {
			return nil, err
		}
		return py.Int(fd), nil
	})
	epollMethod("__enter__", "", func(e *epollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if _, err := e.fd(); err != nil {
			return nil, err
		}
		return e, nil
	})
	epollMethod("__exit__", "", func(e *epollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, e.close()
	})
	EpollType.Dict["closed"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		e := self.(*epollObject)
		e.mu.Lock()
		defer e.mu.Unlock()
		return py.NewBool(e.box.fd < 0), nil
	}, Doc: "True once close() has run."}
	EpollType.Dict["fromfd"] = &py.ClassMethod{Callable: py.MustNewMethod("fromfd", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		v, err := pyarg.Parse36("fromfd", args, kwargs, []string{"fd"}, 1, pyarg.Getargs36)
		if err != nil {
			return nil, err
		}
		fd, err := pyarg.Int(v[0])
		if err != nil {
			return nil, err
		}
		return newEpollObject(fd), nil
	}, 0, "fromfd(fd) -> epoll\n\nAn epoll object taking ownership of an existing epoll descriptor.")}
	if err := EpollType.Ready(); err != nil {
		panic(err)
	}
}

// epollConstants are the EPOLL* names of the module.
var epollConstants = map[string]int{
	"EPOLLIN": syscall.EPOLLIN, "EPOLLOUT": syscall.EPOLLOUT, "EPOLLPRI": syscall.EPOLLPRI,
	"EPOLLERR": syscall.EPOLLERR, "EPOLLHUP": syscall.EPOLLHUP, "EPOLLET": 1 << 31,
	"EPOLLONESHOT": syscall.EPOLLONESHOT, "EPOLLEXCLUSIVE": 1 << 28,
	"EPOLLRDHUP": syscall.EPOLLRDHUP, "EPOLLRDNORM": syscall.EPOLLRDNORM,
	"EPOLLRDBAND": syscall.EPOLLRDBAND, "EPOLLWRNORM": syscall.EPOLLWRNORM,
	"EPOLLWRBAND": syscall.EPOLLWRBAND, "EPOLLMSG": syscall.EPOLLMSG,
	"EPOLL_CLOEXEC": syscall.EPOLL_CLOEXEC,
}
