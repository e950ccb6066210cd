package pysignal

import (
	"os"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/modules/structseq"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The signal mask of pthread_sigmask, sigpending and sigwait.
//
// Python threads are goroutines here, not bound to OS threads, so the
// mask is the interpreter's, not a thread's: a blocked signal that
// arrives is held (dispatch routes it here instead of to its handler),
// sigpending() lists the held ones, sigwait() takes one, and unblocking
// a held signal delivers it then, its Python handler running before
// pthread_sigmask returns, as CPython's does on the main thread.
var (
	// blocked and held are guarded by mu; heldOwn[n] records that the
	// held signal n came from this process (os.kill), for its siginfo.
	blocked [nsig]bool
	held    [nsig]bool
	heldOwn [nsig]bool
	// sentOwn[n] is set by os.kill just before it sends n to this
	// process.
	sentOwn [nsig]atomic.Bool
)

// holdIfBlocked is dispatch's check, with mu held: a blocked signal n
// is held and its waiters woken; it reports whether it was.
func holdIfBlocked(n int) bool {
	if !blocked[n] {
		return false
	}
	held[n] = true
	heldOwn[n] = sentOwn[n].Swap(false)
	close(arrived)
	arrived = make(chan struct{})
	return true
}

// sigset converts an iterable of signal numbers, with CPython's errors.
func sigset(o py.Object) ([nsig]bool, error) {
	var set [nsig]bool
	var bad error
	err := py.Iterate(o, func(item py.Object) bool {
		n, err := pyarg.Int(item)
		switch {
		case err != nil:
			bad = err
		case n < 1 || n >= nsig:
			bad = pyutil.ValueErrorf("signal number %d out of range", n)
		default:
			set[n] = true
			return false
		}
		return true
	})
	if bad != nil {
		return set, bad
	}
	return set, err
}

// sigsetOut is a set of Signals members (plain ints for numbers with no
// name), as CPython's wrappers return.
func sigsetOut(set *[nsig]bool) (py.Object, error) {
	out := vm.NewSet()
	for n := 1; n < nsig; n++ {
		if set[n] {
			if err := out.Add(sigsetOne(n)); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func signalPthreadSigmask(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := pyarg.ArgCount36("pthread_sigmask", args, 2, 2); err != nil {
		return nil, err
	}
	how, err := pyarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	set, err := sigset(args[1])
	if err != nil {
		return nil, err
	}
	if how < 0 || how > 2 {
		return nil, pyutil.OSErrorFromErrno(syscall.EINVAL, nil)
	}
	if onMainThread(self, "pthread_sigmask") != nil {
		return otherThreadSigmask(how, &set)
	}
	mu.Lock()
	old := blocked
	var due []int
	for n := 1; n < nsig; n++ {
		switch {
		case how == 0 && set[n], how == 2 && set[n]:
			if !blocked[n] {
				blocked[n] = true
				routeBlocked(n)
			}
		case how == 1 && set[n], how == 2 && !set[n]:
			blocked[n] = false
			if held[n] {
				held[n] = false
				due = append(due, n)
			}
		}
	}
	mu.Unlock()
	for _, n := range due {
		if err := deliverHeld(self, n); err != nil {
			return nil, err
		}
	}
	return sigsetOut(&old)
}

// threadMasks holds the masks of threads other than the main one, by
// thread ident; guarded by mu. CPython runs every Python handler in the
// main thread, so another thread's mask only chooses which OS thread the
// kernel interrupts: it must not hold signals from the main thread (a
// reader thread that blocks SIGALRM while the main thread waits for it).
var threadMasks = map[int64][nsig]bool{}

// otherThreadSigmask is pthread_sigmask called by a thread other than
// the main one: it changes and returns that thread's own mask only.
func otherThreadSigmask(how int, set *[nsig]bool) (py.Object, error) {
	id := vm.ThreadIdent()
	mu.Lock()
	old := threadMasks[id]
	mask := old
	for n := 1; n < nsig; n++ {
		switch how {
		case 0:
			mask[n] = mask[n] || set[n]
		case 1:
			mask[n] = mask[n] && !set[n]
		case 2:
			mask[n] = set[n]
		}
	}
	threadMasks[id] = mask
	mu.Unlock()
	return sigsetOut(&old)
}

// routeBlocked makes sure a signal being blocked reaches dispatch (Go's
// runtime would otherwise act on a SIG_DFL one at once); mu is held.
func routeBlocked(n int) {
	if taken[n] || n == int(syscall.SIGKILL) || n == int(syscall.SIGSTOP) || n == int(syscall.SIGPROF) {
		return
	}
	if h := handlers[n]; h == sigIGN {
		return
	}
	setDisposition(n, handlers[n])
}

// deliverHeld delivers a held signal n that was just unblocked, as
// dispatch would have at its arrival; a Python handler runs now.
func deliverHeld(self py.Object, n int) error {
	mu.Lock()
	h := handlers[n]
	mu.Unlock()
	switch {
	case h == sigIGN:
		return nil
	case h == nil || h == sigDFL:
		if !ignoredByDefault[n] {
			vm.DieOfSignal(n)
		}
		return nil
	case h == py.Object(DefaultIntHandler):
		return sigint.Err()
	}
	markPending(n)
	if onMainThread(self, "pthread_sigmask") != nil {
		return nil
	}
	_, err := runPending()
	return err
}

func signalSigpending(self py.Object) (py.Object, error) {
	mu.Lock()
	set := held
	mu.Unlock()
	return sigsetOut(&set)
}

func signalSigwait(self py.Object, arg py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	set, err := sigset(arg)
	if err != nil {
		return nil, err
	}
	n, _, err := takeHeld(&set, -1)
	if err != nil {
		return nil, err
	}
	return sigsetOne(n), nil
}

func signalSigwaitinfo(self py.Object, arg py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	set, err := sigset(arg)
	if err != nil {
		return nil, err
	}
	n, own, err := takeHeld(&set, -1)
	if err != nil {
		return nil, err
	}
	return siginfo(self, n, own)
}

func signalSigtimedwait(self py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := pyarg.ArgCount36("sigtimedwait", args, 2, 2); err != nil {
		return nil, err
	}
	set, err := sigset(args[0])
	if err != nil {
		return nil, err
	}
	d, err := pyarg.Seconds36(args[1]) // 3.6 converts as time.sleep does
	if err != nil {
		return nil, err
	}
	if d < 0 {
		return nil, pyutil.ValueErrorf("timeout must be non-negative")
	}
	n, own, err := takeHeld(&set, d)
	if err != nil || n == 0 {
		return py.None, err
	}
	return siginfo(self, n, own)
}

// takeHeld waits for a held signal of set, at most d (forever when d is
// negative), and takes it: its number (0 when the time ran out) and
// whether this process sent it. A SIGINT's KeyboardInterrupt, or an
// exception of another handler, ends the wait.
func takeHeld(set *[nsig]bool, d time.Duration) (n int, own bool, err error) {
	var expired <-chan time.Time
	if d >= 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		expired = t.C
	}
	for {
		mu.Lock()
		wait := arrived
		for k := 1; k < nsig; k++ {
			if set[k] && held[k] {
				held[k] = false
				own = heldOwn[k]
				mu.Unlock()
				return k, own, nil
			}
		}
		mu.Unlock()
		interrupted, ended := false, false
		gil.Unlocked(func() {
			select {
			case <-wait:
			case <-expired:
				ended = true
			case <-sigint.Done():
				interrupted = true
			}
		})
		if ended {
			return 0, false, nil
		}
		if interrupted {
			if err := sigint.Check(); err != nil {
				return 0, false, err
			}
		}
	}
}

// siginfo is signal.struct_siginfo for signal n. Go's runtime does not
// pass on the kernel's siginfo: a signal os.kill sent to this process
// gets what the kernel reports for it (SI_USER, this process's pid and
// uid, and si_band reading the same union), any other gets SI_KERNEL and
// zeros.
func siginfo(self py.Object, n int, own bool) (py.Object, error) {
	code, pid, uid := int64(0x80), int64(0), int64(0)
	if own {
		code, pid, uid = 0, int64(os.Getpid()), int64(os.Getuid())
	}
	return structseq.Make(self, "struct_siginfo", py.Tuple{
		py.Int(n), py.Int(code), py.Int(0), py.Int(pid), py.Int(uid), py.Int(0), py.Int(pid | uid<<32),
	})
}

// sigsetOne is signal n as sigwait returns it.
func sigsetOne(n int) py.Object {
	if m := SignalsEnum.Member(int64(n)); m != nil {
		return m
	}
	return py.Int(n)
}
