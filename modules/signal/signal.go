// Package pysignal is the signal module of CPython 3.6 on Linux: the
// Signals, Handlers and Sigmasks enums and the SIG* names, signal(),
// getsignal(), default_int_handler, alarm(), pause(), setitimer(),
// getitimer(), siginterrupt() and set_wakeup_fd().
//
// # Delivery
//
// A signal whose disposition a script sets is taken over from Go's
// runtime (os/signal.Notify) and dispatched by one goroutine on the
// script's current choice: SIG_IGN drops it, SIG_DFL does what the
// kernel's default would (the process dies of SIGALRM, SIGTERM, SIGUSR1,
// ...; SIGCHLD, SIGWINCH, SIGURG and SIGCONT are dropped), and a Python
// handler marks the signal pending. SIGINT keeps internal/sigint's path
// (KeyboardInterrupt) while its handler is default_int_handler.
//
// Python handlers run on the interpreter's thread, never on the
// goroutine: pause() runs the pending ones itself, and Deliver runs them
// for the evaluation loop. The loop polls internal/sigint; for handlers
// to run between any two bytecodes it must call Deliver where it now
// raises sigint.Err() (see Deliver), and Async must be set so that a
// signal with a Python handler raises sigint's flag. Until then a
// Python handler runs in pause() only, and Ctrl-C raises
// KeyboardInterrupt whatever SIGINT's handler is.
//
// Handlers get the interrupted frame as their frame argument (None when
// no Python code was running).
package pysignal

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/modules/osext"
	"github.com/gpython-ssl/gpython-ssl/modules/structseq"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// nsig is NSIG on Linux: signal numbers run from 1 to 64.
const nsig = 65

// Async, when set, makes a signal with a Python handler raise sigint's
// pending flag, so that the evaluation loop (which then must call
// Deliver) and blocking calls notice it at once.
var Async atomic.Bool

var (
	mu sync.Mutex
	// handlers[n] is what getsignal(n) returns: SIG_DFL, SIG_IGN (as
	// Handlers members), default_int_handler, a Python callable, or nil
	// for a disposition Python did not set (getsignal gives None).
	handlers [nsig]py.Object
	// taken[n] records that signal n is routed to ch.
	taken [nsig]bool
	// pending[n] is set by the goroutine for a signal whose handler is a
	// Python callable, and cleared by whoever runs the handler.
	pending    [nsig]atomic.Bool
	anyPending atomic.Bool
	// raised counts the times markPending raised sigint's flag (with
	// Async) since Deliver last looked, under mu: a flag taken after
	// pause() or an earlier Deliver already ran the handlers is then no
	// SIGINT.
	raised int
	// arrived is closed (and replaced) at every pending signal: pause()
	// waits on it.
	arrived = make(chan struct{})
	// wakeupFD is set_wakeup_fd's descriptor, -1 for none.
	wakeupFD = -1
	// restarts[n] is set by siginterrupt(n, False): signal n restarts
	// an interrupted system call instead of running its handler there;
	// signal() clears it, as CPython's does.
	restarts [nsig]atomic.Bool

	ch        = make(chan os.Signal, 64)
	startOnce sync.Once
)

var (
	// SignalsEnum, HandlersEnum and SigmasksEnum are 3.6's IntEnums.
	SignalsEnum, HandlersEnum, SigmasksEnum *pyenum.Class
	sigDFL, sigIGN                          py.Object

	// ItimerError is signal.ItimerError, an OSError.
	ItimerError = func() *py.Type {
		t := pyutil.NewExceptionType("ItimerError", "", py.OSError)
		t.Dict["__module__"] = py.String("signal")
		return t
	}()
)

// signalNames are the SIG* names of Linux x86-64 (aliases included).
var signalNames = []pyenum.IntDef{
	{Name: "SIGHUP", Value: 1}, {Name: "SIGINT", Value: 2}, {Name: "SIGQUIT", Value: 3},
	{Name: "SIGILL", Value: 4}, {Name: "SIGTRAP", Value: 5}, {Name: "SIGABRT", Value: 6},
	{Name: "SIGIOT", Value: 6}, {Name: "SIGBUS", Value: 7}, {Name: "SIGFPE", Value: 8},
	{Name: "SIGKILL", Value: 9}, {Name: "SIGUSR1", Value: 10}, {Name: "SIGSEGV", Value: 11},
	{Name: "SIGUSR2", Value: 12}, {Name: "SIGPIPE", Value: 13}, {Name: "SIGALRM", Value: 14},
	{Name: "SIGTERM", Value: 15}, {Name: "SIGCHLD", Value: 17}, {Name: "SIGCLD", Value: 17},
	{Name: "SIGCONT", Value: 18}, {Name: "SIGSTOP", Value: 19}, {Name: "SIGTSTP", Value: 20},
	{Name: "SIGTTIN", Value: 21}, {Name: "SIGTTOU", Value: 22}, {Name: "SIGURG", Value: 23},
	{Name: "SIGXCPU", Value: 24}, {Name: "SIGXFSZ", Value: 25}, {Name: "SIGVTALRM", Value: 26},
	{Name: "SIGPROF", Value: 27}, {Name: "SIGWINCH", Value: 28}, {Name: "SIGIO", Value: 29},
	{Name: "SIGPOLL", Value: 29}, {Name: "SIGPWR", Value: 30}, {Name: "SIGSYS", Value: 31},
	{Name: "SIGRTMIN", Value: 34}, {Name: "SIGRTMAX", Value: 64},
}

// ignoredByDefault are the signals whose default action is to do nothing
// (SIG_DFL drops them); stopping signals are treated the same way.
var ignoredByDefault = map[int]bool{17: true, 18: true, 20: true, 21: true, 22: true, 23: true, 28: true}

// DefaultIntHandler is signal.default_int_handler.
var DefaultIntHandler = pyutil.MustNewMethod("default_int_handler", func(self py.Object, args py.Tuple) (py.Object, error) {
	return nil, sigint.Err()
}, 0, "default_int_handler(signalnum, frame)\n\nThe SIGINT handler installed at start-up: it raises KeyboardInterrupt.")

// signum checks a signal number argument ("signal number out of range").
func signum(o py.Object) (int, error) {
	n, err := pyarg.Int(o)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, py.ExceptionNewf(py.ValueError, "signal number out of range")
	}
	return n, nil
}

// isDefaultIntHandler reports whether o is default_int_handler: every
// module instance has its own copy of the Go method, bound to it.
func isDefaultIntHandler(o py.Object) bool {
	m, ok := o.(*py.Method)
	return ok && (m == DefaultIntHandler ||
		m.Name == DefaultIntHandler.Name && m.Module != nil && m.Module.ModuleImpl != nil && m.Module.ModuleImpl.Info.Name == "signal")
}

// handlerOut gives a stored handler as getsignal() and signal() return
// it: default_int_handler as the calling module's own copy, None for a
// disposition Python did not set.
func handlerOut(self py.Object, h py.Object) py.Object {
	if h == nil {
		return py.None
	}
	if h == py.Object(DefaultIntHandler) {
		if mod, ok := self.(*py.Module); ok {
			if own, ok := mod.Globals[DefaultIntHandler.Name]; ok {
				return own
			}
		}
	}
	return h
}

func isHandlerValue(o py.Object, v int64) bool {
	switch x := o.(type) {
	case py.Int:
		return int64(x) == v
	case *pyenum.IntMember:
		return x.Value() == v
	}
	return false
}

// start begins routing: the goroutine that dispatches taken signals.
func start() {
	startOnce.Do(func() { go dispatch() })
}

func dispatch() {
	for s := range ch {
		n := int(s.(syscall.Signal))
		mu.Lock()
		h := handlers[n]
		kept := holdIfBlocked(n)
		mu.Unlock()
		if kept {
			continue
		}
		switch {
		case h == sigIGN:
		case h == sigDFL:
			if !ignoredByDefault[n] {
				vm.DieOfSignal(n)
			}
		case h == py.Object(DefaultIntHandler):
			sigint.Raise()
		case n == int(syscall.SIGINT) && !Async.Load():
			// the loop cannot run the handler yet: Ctrl-C stays a
			// KeyboardInterrupt (pause() runs the handler, see Deliver)
			sigint.Raise()
		default:
			markPending(n)
		}
	}
}

// markPending records that signal n's Python handler is due and wakes
// pause() (and, with Async, the loop and blocking calls).
func markPending(n int) {
	mu.Lock()
	pending[n].Store(true)
	anyPending.Store(true)
	close(arrived)
	arrived = make(chan struct{})
	fd := wakeupFD
	if Async.Load() {
		// counted and raised together, under mu, so that Deliver sees
		// either both or neither
		raised++
		sigint.Raise()
	}
	mu.Unlock()
	if fd >= 0 {
		_, _ = syscall.Write(fd, []byte{byte(n)})
	}
}

// setDisposition routes signal n according to handler h (under mu).
// SIGINT stays with internal/sigint until a script changes it; from then
// on it comes here (sigint's own registration is dropped by Ignore).
func setDisposition(n int, h py.Object) {
	sig := syscall.Signal(n)
	if n == int(syscall.SIGINT) {
		if taken[n] || h != py.Object(DefaultIntHandler) {
			if !taken[n] {
				signal.Ignore(sig)
			}
			start()
			signal.Notify(ch, sig)
			taken[n] = true
		}
		return
	}
	if h == sigIGN {
		signal.Ignore(sig)
		taken[n] = false
		return
	}
	start()
	if !taken[n] {
		signal.Notify(ch, sig)
		taken[n] = true
	}
}

// signalSignal is signal.signal; its arguments are bound as 3.6's
// Python wrapper (Lib/signal.py) binds them.
func signalSignal(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	args, err := pyarg.PyFunc("signal", args, kwargs, []string{"signalnum", "handler"}, 2, 2, 0)
	if err != nil {
		return nil, err
	}
	if _, isInt := pyutil.Unwrap(args[0]).(py.Int); !isInt {
		if _, err := pyarg.Int(args[0]); err != nil {
			return nil, err // the argument's TypeError comes before the thread check
		}
	}
	if err := onMainThread(self, "signal"); err != nil {
		return nil, err
	}
	n, err := signum(args[0])
	if err != nil {
		return nil, err
	}
	h := args[1]
	switch {
	case isHandlerValue(h, 1):
		h = sigIGN
	case isHandlerValue(h, 0):
		h = sigDFL
	case isDefaultIntHandler(h):
		h = DefaultIntHandler
	case !pyutil.IsCallable(h):
		return nil, py.ExceptionNewf(py.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	if n == int(syscall.SIGKILL) || n == int(syscall.SIGSTOP) || (n >= 32 && n <= 33) {
		return nil, pyutil.OSErrorFromErrno(syscall.EINVAL, nil)
	}
	mu.Lock()
	old := handlers[n]
	handlers[n] = h
	setDisposition(n, h)
	restarts[n].Store(false)
	mu.Unlock()
	return handlerOut(self, old), nil
}

func signalGetsignal(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.PyFunc("getsignal", args, kwargs, []string{"signalnum"}, 1, 1, 0)
	if err != nil {
		return nil, err
	}
	n, err := signum(a[0])
	if err != nil {
		return nil, err
	}
	mu.Lock()
	defer mu.Unlock()
	return handlerOut(self, handlers[n]), nil
}

// runPending runs the Python handlers of the pending signals, lowest
// number first; the first exception stops the run (the others stay
// pending). ran reports whether any handler ran.
func runPending() (ran bool, err error) {
	if !anyPending.Swap(false) {
		return false, nil
	}
	for n := 1; n < nsig; n++ {
		if !pending[n].Swap(false) {
			continue
		}
		mu.Lock()
		h := handlers[n]
		mu.Unlock()
		if h == nil || h == sigDFL || h == sigIGN {
			continue
		}
		ran = true
		if _, err := py.Call(h, py.Tuple{py.Int(n), vm.InterruptedFrame()}, nil); err != nil {
			for m := n + 1; m < nsig; m++ {
				if pending[m].Load() {
					// the rest run at the loop's next check, as
					// CPython trips its flag again
					markPending(m)
				}
			}
			return true, err
		}
	}
	return ran, nil
}

// Deliver is what the evaluation loop calls, on the interpreter's
// thread, when it has taken sigint's pending flag (where it now returns
// sigint.Err()): it runs the Python handlers of the signals that arrived
// and returns the exception one of them raised, or nil. When no signal
// of this module is pending, the flag came from SIGINT (or from
// sigint.Raise): SIGINT's handler runs, which for default_int_handler
// is the KeyboardInterrupt of today. A flag this module raised for
// handlers that pause() has run since gives nil.
func Deliver() error {
	mu.Lock()
	ours := raised > 0
	if ours {
		// the handlers about to run answer every flag raised for them
		// so far, also one raised after the caller took the flag: drop
		// it, or it would come back as a KeyboardInterrupt
		raised = 0
		sigint.Take()
	}
	mu.Unlock()
	ran, err := runPending()
	if ran || err != nil || ours {
		return err
	}
	mu.Lock()
	h := handlers[syscall.SIGINT]
	mu.Unlock()
	if h == nil || h == py.Object(DefaultIntHandler) || h == sigDFL || h == sigIGN {
		return sigint.Err()
	}
	_, err = py.Call(h, py.Tuple{py.Int(int(syscall.SIGINT)), vm.InterruptedFrame()}, nil)
	return err
}

func signalPause(self py.Object) (py.Object, error) {
	for {
		if ran, err := runPending(); ran || err != nil {
			return py.None, err
		}
		mu.Lock()
		wait := arrived
		mu.Unlock()
		if anyPending.Load() {
			continue
		}
		took := false
		gil.Unlocked(func() {
			select {
			case <-wait:
			case <-sigint.Done():
				took = sigint.Take()
			}
		})
		if took {
			if err := Deliver(); err != nil {
				return nil, err
			}
			return py.None, nil
		}
	}
}

func signalAlarm(self py.Object, arg py.Object) (py.Object, error) {
	n, err := pyarg.Int(arg)
	if err != nil {
		return nil, err
	}
	routeDefault(int(syscall.SIGALRM))
	r, _, _ := syscall.RawSyscall(syscall.SYS_ALARM, uintptr(uint32(n)), 0, 0)
	return py.Int(int(r)), nil
}

// routeDefault takes over signal n if Python never set it, so that its
// SIG_DFL kills the process as the kernel's default would (Go's runtime
// drops SIGALRM and SIGVTALRM).
func routeDefault(n int) {
	mu.Lock()
	defer mu.Unlock()
	if handlers[n] == sigDFL && !taken[n] {
		setDisposition(n, sigDFL)
	}
}

// signalPthreadKill is signal.pthread_kill. Python threads are not bound
// to OS threads here, so the signal goes to the process, where, as in
// CPython, the main thread runs its Python handler: before this call
// returns when the caller is the main thread. A thread_id naming no
// thread of the interpreter fails as pthread_kill's ESRCH does; signal 0
// only checks the thread.
func signalPthreadKill(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("pthread_kill", args, 2, 2); err != nil {
		return nil, err
	}
	tid, err := pyarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	n, err := pyarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	if n < 0 || n >= nsig {
		return nil, pyutil.OSErrorFromErrno(syscall.EINVAL, nil)
	}
	var ctx py.Context
	if m, ok := self.(*py.Module); ok {
		ctx = m.Context
	}
	if !vm.ThreadRunning(ctx, int64(tid)) {
		return nil, pyutil.OSErrorFromErrno(syscall.ESRCH, nil)
	}
	if n == 0 {
		return py.None, nil
	}
	mu.Lock()
	came := arrived
	h := handlers[n]
	mu.Unlock()
	if err := syscall.Kill(os.Getpid(), syscall.Signal(n)); err != nil {
		return nil, pyutil.OSErrorFromErrno(err.(syscall.Errno), nil)
	}
	if h != nil && h != sigDFL && h != sigIGN {
		// the runtime hands the signal to dispatch(): wait for it to be
		// marked, so that the handler runs now
		select {
		case <-came:
		case <-time.After(time.Second):
		}
	}
	if _, err := runPending(); err != nil {
		return nil, err
	}
	return py.None, nil
}

// killSelf is os.kill's KillHook: a signal this process sends itself
// and routes to a Python handler has run that handler when os.kill
// returns to the main thread (CPython runs it at the next bytecode), or
// is at least marked pending when another thread called. Otherwise
// dispatch could see it only after the script has put SIG_DFL back, and
// the process would die of it.
func killSelf(self py.Object, pid, sig int, kill func() error) error {
	if pid != os.Getpid() || sig <= 0 || sig >= nsig {
		return kill()
	}
	mu.Lock()
	came := arrived
	h := handlers[sig]
	routed := taken[sig]
	masked := blocked[sig]
	mu.Unlock()
	if sig == int(syscall.SIGPROF) && isPythonHandler(h) {
		// Go's runtime keeps SIGPROF to itself (it never reaches
		// dispatch): a SIGPROF the process sends itself is delivered
		// to its Python handler here instead
		markPending(sig)
		if Async.Load() && onMainThread(self, "kill") == nil {
			_, err := runPending()
			return err
		}
		return nil
	}
	sentOwn[sig].Store(true)
	if err := kill(); err != nil {
		sentOwn[sig].Store(false)
		return err
	}
	if routed && masked && sig != int(syscall.SIGPROF) {
		// held as soon as dispatch sees it: sigpending() and a
		// polling sigtimedwait() find it when kill returns
		select {
		case <-came:
		case <-time.After(time.Second):
		}
		return nil
	}
	// (Go's runtime keeps SIGPROF to itself: it never reaches dispatch)
	if routed && sig != int(syscall.SIGPROF) && h != nil && h != sigDFL && h != sigIGN && h != py.Object(DefaultIntHandler) {
		select {
		case <-came:
		case <-time.After(time.Second):
		}
		if Async.Load() && onMainThread(self, "kill") == nil {
			_, err := runPending()
			return err
		}
	}
	return nil
}

// isPythonHandler reports whether h, a handlers entry, is a Python
// callable (not SIG_DFL, SIG_IGN or default_int_handler).
func isPythonHandler(h py.Object) bool {
	return h != nil && h != sigDFL && h != sigIGN && h != py.Object(DefaultIntHandler)
}

func signalSiginterrupt(self py.Object, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("siginterrupt", args, 2, 2); err != nil {
		return nil, err
	}
	n, err := signum(args[0])
	if err != nil {
		return nil, err
	}
	flag, err := pyarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	restarts[n].Store(flag == 0)
	return py.None, nil
}

// restartsCalls is sigint's Restarts hook: it reports whether the
// interrupt pending comes only from signals that siginterrupt(n, False)
// told to restart a system call (a blocking read then waits on).
func restartsCalls() bool {
	mu.Lock()
	ours := raised > 0
	mu.Unlock()
	if !ours {
		return false // SIGINT or sigint.Raise: interrupts
	}
	some := false
	for n := 1; n < nsig; n++ {
		if pending[n].Load() {
			if !restarts[n].Load() {
				return false
			}
			some = true
		}
	}
	return some
}

// onMainThread is CPython's refusal of fn (signal, set_wakeup_fd) called
// from a thread other than the main thread of the interpreter whose
// module self is: handlers run on the main thread only.
func onMainThread(self py.Object, fn string) error {
	m, ok := self.(*py.Module)
	if !ok {
		return nil
	}
	if main := vm.MainThreadIdent(m.Context); main != 0 && main != vm.ThreadIdent() {
		return pyutil.ValueErrorf("%s only works in main thread", fn)
	}
	return nil
}

func signalSetWakeupFD(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse("set_wakeup_fd", args, kwargs, []string{"fd"}, 1, 1)
	if err != nil {
		return nil, err
	}
	fd, err := pyarg.Int(a[0])
	if err != nil {
		return nil, err
	}
	if err := onMainThread(self, "set_wakeup_fd"); err != nil {
		return nil, err
	}
	if fd != -1 {
		var st syscall.Stat_t
		if err := syscall.Fstat(fd, &st); err != nil {
			return nil, pyutil.FromGoError(err, nil)
		}
		fl, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFL, 0)
		if e != 0 {
			return nil, pyutil.FromGoError(e, nil)
		}
		if fl&syscall.O_NONBLOCK == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "the fd %d must be in non-blocking mode", fd)
		}
	}
	mu.Lock()
	old := wakeupFD
	wakeupFD = fd
	mu.Unlock()
	return py.Int(old), nil
}

func init() {
	var err error
	SignalsEnum, err = pyenum.NewIntEnum("signal.Signals", "An enumeration.", pyenum.SortByValue(signalNames))
	if err != nil {
		panic(err)
	}
	HandlersEnum, err = pyenum.NewIntEnum("signal.Handlers", "An enumeration.",
		[]pyenum.IntDef{{Name: "SIG_DFL", Value: 0}, {Name: "SIG_IGN", Value: 1}})
	if err != nil {
		panic(err)
	}
	SigmasksEnum, err = pyenum.NewIntEnum("signal.Sigmasks", "An enumeration.",
		[]pyenum.IntDef{{Name: "SIG_BLOCK", Value: 0}, {Name: "SIG_UNBLOCK", Value: 1}, {Name: "SIG_SETMASK", Value: 2}})
	if err != nil {
		panic(err)
	}
	sigDFL = HandlersEnum.MustMember(0)
	sigIGN = HandlersEnum.MustMember(1)
	for n := 1; n < nsig; n++ {
		handlers[n] = sigDFL
		if n != int(syscall.SIGKILL) && n != int(syscall.SIGSTOP) && (signal.Ignored(syscall.Signal(n)) || ignoredAtStart(n)) {
			handlers[n] = sigIGN
		}
	}
	// CPython ignores SIGPIPE and SIGXFSZ at startup and installs its
	// SIGINT handler.
	handlers[syscall.SIGPIPE] = sigIGN
	handlers[syscall.SIGXFSZ] = sigIGN
	if !signal.Ignored(syscall.SIGINT) {
		handlers[syscall.SIGINT] = DefaultIntHandler
	}
	// the runtime's own signals are not the script's to have
	handlers[32], handlers[33] = nil, nil
	// the interpreter binary's only: an embedding program may want these
	// signals for itself
	sigint.AtInstall(routeDroppedDefaults)

	globals := py.StringDict{
		"NSIG":           py.Int(nsig),
		"Signals":        SignalsEnum.Type,
		"Handlers":       HandlersEnum.Type,
		"Sigmasks":       SigmasksEnum.Type,
		"SIG_DFL":        sigDFL,
		"SIG_IGN":        sigIGN,
		"ItimerError":    ItimerError,
		"ITIMER_REAL":    py.Int(0),
		"ITIMER_VIRTUAL": py.Int(1),
		"ITIMER_PROF":    py.Int(2),
	}
	for _, d := range signalNames {
		globals[d.Name] = SignalsEnum.MustMember(d.Value)
	}
	for _, m := range SigmasksEnum.Members() {
		globals[m.(*pyenum.IntMember).Name()] = m
	}
	sigint.SetDeliver(Deliver)
	sigint.SetRestarts(restartsCalls)
	osext.KillHook = killSelf
	Async.Store(true)
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name: "signal",
			Doc:  "Install Python functions as handlers of operating-system signals, and send, wait for and time signals.",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("signal", signalSignal, 0, signalDoc),
			pyutil.MustNewMethod("getsignal", signalGetsignal, 0, getsignalDoc),
			DefaultIntHandler,
			pyutil.MustNewMethod("alarm", signalAlarm, 0, "alarm(seconds) -> int\n\nSchedule SIGALRM in seconds (0 cancels); gives the seconds left on the previous alarm."),
			pyutil.MustNewMethod("pause", signalPause, 0, "pause() -> None\n\nSleep until some signal is delivered."),
			pyutil.MustNewMethod("pthread_kill", signalPthreadKill, 0, "pthread_kill(thread_id, signalnum) -> None\n\nSend signalnum to the thread thread_id (to the process here: its handler\nruns in the main thread)."),
			pyutil.MustNewMethod("pthread_sigmask", signalPthreadSigmask, 0, "pthread_sigmask(how, mask) -> set\n\nBlock (SIG_BLOCK), unblock (SIG_UNBLOCK) or set (SIG_SETMASK) the signals\nthe interpreter holds instead of handling; gives the previous mask."),
			pyutil.MustNewMethod("sigpending", signalSigpending, 0, "sigpending() -> set\n\nThe blocked signals that arrived and are held."),
			pyutil.MustNewMethod("sigwaitinfo", signalSigwaitinfo, 0, "sigwaitinfo(sigset) -> struct_siginfo\n\nWait for one of the blocked signals of sigset, take it and describe it."),
			pyutil.MustNewMethod("sigtimedwait", signalSigtimedwait, 0, "sigtimedwait(sigset, timeout) -> struct_siginfo or None\n\nsigwaitinfo() for at most timeout seconds; None when none came."),
			pyutil.MustNewMethod("sigwait", signalSigwait, 0, "sigwait(sigset) -> signal\n\nWait for one of the blocked signals of sigset, take it and give its number."),
			pyutil.MustNewMethod("siginterrupt", signalSiginterrupt, 0, "siginterrupt(sig, flag) -> None\nchange system call restart behaviour"),
			pyutil.MustNewMethod("set_wakeup_fd", signalSetWakeupFD, 0, "set_wakeup_fd(fd) -> int\n\nMake each incoming signal write its number as a byte to fd (-1 turns this\noff); gives the previous fd."),
			pyutil.MustNewMethod("setitimer", signalSetitimer, 0, setitimerDoc),
			pyutil.MustNewMethod("getitimer", signalGetitimer, 0, "getitimer(which) -> (delay, interval)\n\nThe time left on interval timer which and its repeat interval."),
		},
		Globals: globals,
		CodeSrc: structseq.Source("signal", "struct_siginfo", siginfoDoc,
			"si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"),
	})
}

const siginfoDoc = "struct_siginfo: what sigwaitinfo() and sigtimedwait() report of a signal.\n\nA tuple (si_signo, si_code, si_errno, si_pid, si_uid, si_status, si_band)\nwhose items are also attributes of those names."

const signalDoc = `signal(signalnum, handler) -> previous handler

Install handler for signalnum: SIG_DFL, SIG_IGN or a callable taking the
signal number and the interrupted frame (None here). The handler that was
installed before is handed back (see getsignal()).`

const getsignalDoc = `getsignal(signalnum)

Return the current action for the given signal: SIG_IGN, SIG_DFL,
default_int_handler, a callable Python object, or None when the handler
was not installed from Python.`

const setitimerDoc = `setitimer(which, seconds[, interval])

Sets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF) to
fire after seconds, then every interval seconds (0 for once); 0 seconds
clears it. Returns the old (delay, interval).`
