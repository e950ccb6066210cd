// Package pyselect is gpython's "select" module: select.select and
// select.poll over poll(2) (so descriptors above FD_SETSIZE work), with
// CPython's argument handling and errors. Both waits end with
// KeyboardInterrupt on Ctrl-C (socket.PollInterruptible). The Go package cannot be called
// "select", a Go keyword; the Python module is "select".
package pyselect

import (
	"errors"
	"fmt"
	"sync"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/socket"
)

const moduleDoc = `Wait for readiness on file descriptors: select(), poll() and epoll objects.`

const selectDoc = `select(rlist, wlist, xlist[, timeout]) -> (rlist, wlist, xlist)

Block until some of the given file descriptors can be read (rlist),
written (wlist) or have an exceptional condition (xlist), or until timeout
seconds (a float; None or absent waits without limit) have passed. Items
are ints or objects with fileno(). Gives the ready subset of each list.`

// What select(2) reports for each list, in poll(2) terms (as Linux's own
// select implementation maps them).
const (
	readSet   = socket.POLLIN | socket.POLLRDNORM | socket.POLLRDBAND | socket.POLLHUP | socket.POLLERR
	writeSet  = socket.POLLOUT | socket.POLLWRNORM | socket.POLLWRBAND | socket.POLLERR
	exceptSet = socket.POLLPRI
)

// Fileno returns the descriptor of an int or of an object with a fileno()
// method, with CPython's errors (pyarg.FileDescriptor).
func Fileno(o py.Object) (int, error) { return pyarg.FileDescriptor(o) }

// timeoutSeconds converts select's timeout argument (pyarg.Seconds):
// -1 for None; like CPython, a TypeError becomes "timeout must be a float
// or None".
func timeoutSeconds(o py.Object) (time.Duration, error) {
	if o == nil || o == py.None {
		return -1, nil
	}
	d, err := pyarg.Seconds(o)
	if e, ok := err.(*py.Exception); ok && e.Base == py.TypeError {
		return 0, pyutil.TypeErrorf("timeout must be a float or None")
	}
	if err != nil {
		return 0, err
	}
	if d < 0 {
		return 0, pyutil.ValueErrorf("timeout must be non-negative")
	}
	return d, nil
}

// entry is one object of a select list and its descriptor.
type entry struct {
	obj py.Object
	fd  int
}

// fdSetSize is select(2)'s FD_SETSIZE. CPython 3.6 takes at most that
// many objects in each list; the descriptors themselves may be larger
// here (poll(2)).
const fdSetSize = 1024

// collect reads one of select's lists as CPython 3.6 does: a list or a
// tuple in place, its length read again before each item (fileno() may
// change the list: a list that shrinks ends the reading early, one that
// keeps growing ends at fdSetSize items with ValueError); any other
// iterable as the list of its items; an object that is not iterable is
// "arguments 1-3 must be sequences".
func collect(seq py.Object) ([]entry, error) {
	var item func(i int) (py.Object, bool)
	switch s := seq.(type) {
	case *py.List:
		item = func(i int) (py.Object, bool) {
			if i < len(s.Items) {
				return s.Items[i], true
			}
			return nil, false
		}
	case py.Tuple:
		item = func(i int) (py.Object, bool) {
			if i < len(s) {
				return s[i], true
			}
			return nil, false
		}
	default:
		it, err := py.Iter(seq)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return nil, pyutil.TypeErrorf("arguments 1-3 must be sequences")
			}
			return nil, err
		}
		var items []py.Object
		if err := py.Iterate(it, func(o py.Object) bool {
			items = append(items, o)
			return false
		}); err != nil {
			return nil, err
		}
		item = func(i int) (py.Object, bool) {
			if i < len(items) {
				return items[i], true
			}
			return nil, false
		}
	}
	var out []entry
	for i := 0; ; i++ {
		o, ok := item(i)
		if !ok {
			return out, nil
		}
		fd, err := Fileno(o)
		if err != nil {
			return nil, err
		}
		if i >= fdSetSize {
			return nil, pyutil.ValueErrorf("too many file descriptors in select()")
		}
		out = append(out, entry{o, fd})
	}
}

func selectFn(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var r, w, x, t py.Object
	if err := py.UnpackTuple(args, kwargs, "select", 3, 4, &r, &w, &x, &t); err != nil {
		return nil, err
	}
	timeout, err := timeoutSeconds(t)
	if err != nil {
		return nil, err
	}
	var lists [3][]entry
	for i, seq := range []py.Object{r, w, x} {
		if lists[i], err = collect(seq); err != nil {
			return nil, err
		}
	}
	// One pollfd per descriptor, events merged across the lists.
	index := map[int]int{}
	var fds []socket.PollFd
	masks := [3]int16{readSet, writeSet, exceptSet}
	events := [3]int16{socket.POLLIN, socket.POLLOUT, socket.POLLPRI}
	for i, l := range lists {
		for _, e := range l {
			k, ok := index[e.fd]
			if !ok {
				k = len(fds)
				index[e.fd] = k
				fds = append(fds, socket.PollFd{Fd: int32(e.fd)})
			}
			fds[k].Events |= events[i]
		}
	}
	deadline := time.Time{}
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	n, perr := socket.PollInterruptible(fds, deadline)
	if perr != nil {
		return nil, pollError(perr)
	}
	var out [3]*py.List
	for i := range out {
		out[i] = py.NewList()
	}
	if n > 0 {
		for _, f := range fds {
			if f.Revents&socket.POLLNVAL != 0 {
				return nil, pyutil.OSErrorFromErrno(syscall.EBADF, nil)
			}
		}
		for i, l := range lists {
			for _, e := range l {
				if fds[index[e.fd]].Revents&masks[i] != 0 {
					out[i].Append(e.obj)
				}
			}
		}
	}
	return py.Tuple{out[0], out[1], out[2]}, nil
}

// pollError is the exception for socket.PollInterruptible's error:
// KeyboardInterrupt, or whatever a signal handler raised, as it is; an
// errno as OSError.
func pollError(err error) error {
	if e, ok := err.(*py.Exception); ok {
		return e
	}
	var info py.ExceptionInfo
	if errors.As(err, &info) {
		return err
	}
	return pyutil.FromGoError(err, nil)
}

// PollType is "select.poll", the object select.poll() returns.
var PollType = py.NewTypeX("select.poll", "poll() -> poll object\n\nA set of registered file descriptors whose poll() method waits for events on them.", nil, nil)

// pollObject keeps registrations in insertion order, as CPython's dict does.
type pollObject struct {
	mu      sync.Mutex
	order   []int
	events  map[int]int16
	polling bool
}

func (p *pollObject) Type() *py.Type { return PollType }

// M__repr__ is the default object repr, "<select.poll object at 0x...>".
func (p *pollObject) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<select.poll object at %p>", p)), nil
}

// eventMask is poll's event mask argument, an unsigned short
// (pyarg.UnsignedShort); def when it is not given.
func eventMask(o py.Object, def int16) (int16, error) {
	if o == nil {
		return def, nil
	}
	v, err := pyarg.UnsignedShort(o)
	return int16(v), err
}

// addMethod puts a method of the Go type t (whose values are T) in t's
// dict: the receiver checked as CPython's descriptors check it (also when
// called from the type, t.m(obj, ...)), and a Go panic turned into an
// exception.
func addMethod[T py.Object](t *py.Type, name, doc string, impl func(recv T, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	t.Dict[name] = py.MustNewMethod(name, func(o py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		recv, args, err := pyutil.Receiver(t, name, o, args)
		if err != nil {
			return nil, err
		}
		return impl(recv.(T), args, kwargs)
	}, 0, doc)
}

func pollMethod(name, doc string, impl func(p *pollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	addMethod(PollType, name, doc, impl)
}

func init() {
	pollMethod("register", "register(fd[, eventmask])\n\nRegister a file descriptor with the polling object.", func(p *pollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var fdO, maskO py.Object
		if err := py.UnpackTuple(args, kwargs, "register", 1, 2, &fdO, &maskO); err != nil {
			return nil, err
		}
		fd, err := Fileno(fdO)
		if err != nil {
			return nil, err
		}
		mask, err := eventMask(maskO, socket.POLLIN|socket.POLLPRI|socket.POLLOUT)
		if err != nil {
			return nil, err
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		if _, ok := p.events[fd]; !ok {
			p.order = append(p.order, fd)
		}
		p.events[fd] = mask
		return py.None, nil
	})
	pollMethod("modify", "modify(fd, eventmask)\n\nModify an already registered file descriptor.", func(p *pollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var fdO, maskO py.Object
		if err := py.UnpackTuple(args, kwargs, "modify", 2, 2, &fdO, &maskO); err != nil {
			return nil, err
		}
		fd, err := Fileno(fdO)
		if err != nil {
			return nil, err
		}
		mask, err := eventMask(maskO, 0)
		if err != nil {
			return nil, err
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		if _, ok := p.events[fd]; !ok {
			return nil, pyutil.OSErrorFromErrno(syscall.ENOENT, nil)
		}
		p.events[fd] = mask
		return py.None, nil
	})
	pollMethod("unregister", "unregister(fd)\n\nRemove a file descriptor being tracked by the polling object.", func(p *pollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var fdO py.Object
		if err := py.UnpackTuple(args, kwargs, "unregister", 1, 1, &fdO); err != nil {
			return nil, err
		}
		fd, err := Fileno(fdO)
		if err != nil {
			return nil, err
		}
		p.mu.Lock()
		defer p.mu.Unlock()
		if _, ok := p.events[fd]; !ok {
			return nil, py.ExceptionNewf(py.KeyError, "%d", fd)
		}
		delete(p.events, fd)
		for i, v := range p.order {
			if v == fd {
				p.order = append(p.order[:i], p.order[i+1:]...)
				break
			}
		}
		return py.None, nil
	})
	pollMethod("poll", "poll([timeout]) -> list of (fd, event) 2-tuples\n\nPolls the set of registered file descriptors, returning a list containing\nany descriptors that have events or errors to report.\ntimeout is in milliseconds; None or negative waits forever.", func(p *pollObject, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var tO py.Object
		if err := py.UnpackTuple(args, kwargs, "poll", 0, 1, &tO); err != nil {
			return nil, err
		}
		deadline, err := pollDeadline(tO) // poll_timeout.go
		if err != nil {
			return nil, err
		}
		p.mu.Lock()
		if p.polling {
			p.mu.Unlock()
			return nil, py.ExceptionNewf(py.RuntimeError, "concurrent poll() invocation")
		}
		p.polling = true
		fds := make([]socket.PollFd, len(p.order))
		for i, fd := range p.order {
			fds[i] = socket.PollFd{Fd: int32(fd), Events: p.events[fd]}
		}
		p.mu.Unlock()
		defer func() {
			p.mu.Lock()
			p.polling = false
			p.mu.Unlock()
		}()
		if _, err := socket.PollInterruptible(fds, deadline); err != nil {
			return nil, pollError(err)
		}
		l := py.NewList()
		for _, f := range fds {
			if f.Revents != 0 {
				l.Append(py.Tuple{py.Int(f.Fd), py.Int(uint16(f.Revents))})
			}
		}
		return l, nil
	})
	if err := PollType.Ready(); err != nil {
		panic(err)
	}

	setupEpoll()
	globals := py.StringDict{"error": py.OSError, "epoll": EpollType}
	for k, v := range epollConstants {
		globals[k] = py.Int(v)
	}
	for k, v := range map[string]int{
		"POLLIN": socket.POLLIN, "POLLPRI": socket.POLLPRI, "POLLOUT": socket.POLLOUT,
		"POLLERR": socket.POLLERR, "POLLHUP": socket.POLLHUP, "POLLNVAL": socket.POLLNVAL,
		"POLLRDNORM": socket.POLLRDNORM, "POLLRDBAND": socket.POLLRDBAND,
		"POLLWRNORM": socket.POLLWRNORM, "POLLWRBAND": socket.POLLWRBAND,
		"POLLMSG": socket.POLLMSG, "POLLRDHUP": socket.POLLRDHUP, "PIPE_BUF": 4096,
	} {
		globals[k] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "select", Doc: moduleDoc},
		Methods: []*py.Method{
			py.MustNewMethod("select", selectFn, 0, selectDoc),
			py.MustNewMethod("poll", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				if err := py.UnpackTuple(args, kwargs, "poll", 0, 0); err != nil {
					return nil, err
				}
				return &pollObject{events: map[int]int16{}}, nil
			}, 0, "poll() -> poll object\n\nReturns a polling object."),
		},
		Globals: globals,
	})
}
