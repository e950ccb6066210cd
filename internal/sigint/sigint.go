// Package sigint turns Ctrl-C (SIGINT) into Python's KeyboardInterrupt, as
// CPython 3.6 does, for the pieces outside the evaluation loop.
//
// There is one process-wide "interrupt pending" flag. A SIGINT (after
// Install) or a call to Raise sets it; whoever raises KeyboardInterrupt for
// it clears it with Take. Two kinds of code consume it:
//
//   - The evaluation loop polls Pending (one atomic load) at backward jumps
//     and calls; when it is true it calls Take and, if that reports true,
//     raises Err().
//   - Blocking calls (time.sleep, socket and TLS I/O, select) wait on their
//     own event and on the interrupt together, and call Check when the
//     interrupt wins, so that the call raises KeyboardInterrupt instead of
//     blocking on (PEP 475: a signal whose handler raises interrupts the
//     call). Go code waits with Done, a channel; poll(2)-based code adds FD
//     to its descriptor set; a system call that blocks in the kernel (a
//     socket's recv(2)) is made to fail with EINTR: while an interrupt is
//     pending, every thread of the process gets SIGURG at short intervals
//     (see modules/socket/interrupt.go for the sockets' side), and the
//     caller of such a call checks Pending when it sees EINTR.
//
// A pending interrupt is never lost between a check and a wait: Done
// returns an already-closed channel and FD is readable for as long as the
// flag is set, so a wait that starts after the signal ends at once. Both
// re-arm by themselves once the flag is taken: the next Done is a fresh
// channel and FD is drained.
//
// Nothing happens until Install or Enable is called: an embedder that calls
// neither keeps Go's default SIGINT behaviour (the process exits), and its
// sockets are exactly as before. The flag is global,
// not per interpreter: with several interpreters in one process, the first
// one to check takes the interrupt (CPython delivers signals to its main
// thread only).
//
// With Python threads, the interrupt belongs to the main thread, as
// CPython runs signal handlers there only: Install records the goroutine
// that called it, and from then on Take, Done and FD act for that
// goroutine only (other goroutines never take the interrupt and never
// wake for it; their EINTRs are retried). Without Install, any goroutine
// may take it.
//
// All functions are safe for concurrent use.
package sigint

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/petermattis/goid"
)

var (
	// enabled is set once by Enable; the socket layer reads it to arm
	// the sockets it makes, Raise to kick the threads.
	enabled atomic.Bool
	// pending is the interrupt flag. It is set only under mu (Raise),
	// cleared only under mu (Take), and read without the lock by Pending.
	pending atomic.Bool

	mu sync.Mutex
	// waitCh is closed by the next Raise and then replaced; guarded by mu.
	waitCh = make(chan struct{})
	// armed records that wake holds an unread count, which is the case
	// exactly while pending is set; guarded by mu.
	armed bool

	// wake is the descriptor FD returns, -1 until Enable. Written once,
	// by Enable under mu, before enabled is set; FD reads it after
	// loading enabled.
	wake = -1

	enableOnce  sync.Once
	installOnce sync.Once

	// kicking is set while a goroutine runs kickWhilePending.
	kicking atomic.Bool

	// mainG is the goroutine that called Install, 0 before.
	mainG atomic.Int64
)

// mine reports whether the calling goroutine may take the interrupt.
func mine() bool {
	m := mainG.Load()
	return m == 0 || m == goid.Get()
}

// The pauses between two rounds of SIGURG while an interrupt stays
// pending: the first round goes at once, the next after firstKickPause,
// doubling up to maxKickPause. Rounds after the first only matter when a
// thread was about to enter its system call when the previous round went
// out, or when nothing takes the interrupt for a while.
const (
	firstKickPause = time.Millisecond
	maxKickPause   = 50 * time.Millisecond
)

// closed is returned by Done while an interrupt is pending.
var closed = func() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}()

// installHooks are what AtInstall registered.
var installHooks []func()

// AtInstall registers f to run when Install runs: what the interpreter
// binary takes over of the process's signal handling, which a Go program
// embedding the interpreter keeps for itself. Call it from an init
// function.
func AtInstall(f func()) { installHooks = append(installHooks, f) }

// Install starts delivering SIGINT as KeyboardInterrupt: each SIGINT sets
// the pending flag and wakes every blocked waiter (see Raise). It is meant
// for the interpreter binary, called once at the start of main; further
// calls do nothing. It implies Enable.
//
// As in CPython, a process that was started with SIGINT ignored (for
// example a background job of a non-interactive shell) keeps ignoring it:
// Install then only enables Raise.
func Install() {
	installOnce.Do(func() {
		mainG.Store(goid.Get())
		Enable()
		for _, f := range installHooks {
			f()
		}
		if signal.Ignored(os.Interrupt) {
			return
		}
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, os.Interrupt)
		go func() {
			for range ch {
				Raise()
			}
		}()
	})
}

// Enable makes blocking calls interruptible by Raise without taking over
// SIGINT: FD exists, the socket layer gives its sockets the timeouts that
// let a signal interrupt their system calls, and Raise kicks the threads
// with SIGURG while the interrupt is pending. Embedders that interrupt
// scripts themselves (a cancel button, a watchdog) call Enable once, before
// making sockets, and Raise when needed; Install calls it. Further calls
// do nothing.
func Enable() {
	enableOnce.Do(func() {
		fd := newWakeFD()
		mu.Lock()
		wake = fd
		if fd >= 0 && pending.Load() {
			signalWakeFD(fd) // a Raise before Enable
			armed = true
		}
		mu.Unlock()
		enabled.Store(true)
	})
}

// Enabled reports whether Enable (or Install) has been called. It is one
// atomic load.
func Enabled() bool { return enabled.Load() }

// Raise sets the pending flag, as a SIGINT does after Install: every
// channel returned by Done so far is closed, FD becomes readable and,
// after Enable, the threads get SIGURG until the interrupt is taken. The
// interrupt is raised once, by the next Check or loop check. Calling Raise
// again while one is pending changes nothing (CPython's signal flag does
// not count either). Without Enable only Done wakes waiters.
func Raise() {
	mu.Lock()
	pending.Store(true)
	close(waitCh)
	waitCh = make(chan struct{})
	if wake >= 0 && !armed {
		signalWakeFD(wake)
		armed = true
	}
	mu.Unlock()
	if enabled.Load() && kicking.CompareAndSwap(false, true) {
		go kickWhilePending()
	}
}

// kickWhilePending sends SIGURG to every thread (kickThreads) until the
// interrupt is taken, so that a thread blocked in an interruptible system
// call returns EINTR and sees Pending.
func kickWhilePending() {
	for {
		pause := firstKickPause
		for Pending() {
			kickThreads()
			time.Sleep(pause)
			pause = min(2*pause, maxKickPause)
		}
		kicking.Store(false)
		// A Raise after the last Pending but before the Store found
		// kicking set and started no goroutine: carry on for it.
		if !Pending() || !kicking.CompareAndSwap(false, true) {
			return
		}
	}
}

// Pending reports whether an interrupt is waiting to be raised. It is one
// atomic load, cheap enough for every backward jump of the evaluation
// loop; act on it with Take.
func Pending() bool { return pending.Load() }

// Take clears the pending flag and reports whether it was set; only one of
// several concurrent callers gets true for a given interrupt. The caller
// that gets true must raise KeyboardInterrupt (Err). Take also drains FD
// and re-arms Done for the next interrupt.
func Take() bool {
	if !pending.Load() || !mine() {
		return false
	}
	mu.Lock()
	defer mu.Unlock()
	was := pending.Swap(false)
	if armed {
		drainWakeFD(wake)
		armed = false
	}
	return was
}

// deliver, when set, is what a taken interrupt raises instead of a bare
// KeyboardInterrupt: the signal module installs its handler runner
// (modules/signal.Deliver), which runs the Python handlers of the
// signals that arrived and returns their exception, or nil.
var deliver atomic.Pointer[func() error]

// restarts, when set, reports whether the pending interrupt comes only
// from signals that restart an interrupted system call
// (signal.siginterrupt(n, False)); Read then goes on waiting.
var restarts atomic.Pointer[func() bool]

// SetRestarts installs f as the test Read makes before it lets a
// pending interrupt end its wait.
func SetRestarts(f func() bool) { restarts.Store(&f) }

// restarting reports what the installed SetRestarts hook does, false
// without one.
func restarting() bool {
	f := restarts.Load()
	return f != nil && (*f)()
}

// SetDeliver installs f as the interrupt's delivery (see Deliver).
func SetDeliver(f func() error) { deliver.Store(&f) }

// Deliver is what to raise for an interrupt the caller took: the
// installed delivery's result (nil when Python handlers ran and raised
// nothing), else Err(). The delivery runs Python code, so it runs with
// the interpreter lock held (gil.Held): a blocking call that checks from
// inside gil.Unlocked has given the lock up.
func Deliver() error {
	f := deliver.Load()
	if f == nil {
		return Err()
	}
	var err error
	gil.Held(func() { err = (*f)() })
	return err
}

// Check is the blocking calls' equivalent of CPython's
// PyErr_CheckSignals: it takes a pending interrupt and returns the
// KeyboardInterrupt to raise, or nil when there was none (another caller
// took it first; wait again).
func Check() error {
	if Take() {
		return Deliver()
	}
	return nil
}

// Done returns a channel that is closed when an interrupt is pending: at
// once if one already is, otherwise at the next Raise or SIGINT. Blocking
// Go code selects on it together with its own completion and, when it is
// the channel that fired, calls Check. Because a pending interrupt yields a
// closed channel, a signal that arrives between a check and the wait is
// not lost; after Take, the next call returns a fresh channel.
//
// Call Done again for every wait: a channel closed by an interrupt someone
// else took stays closed.
func Done() <-chan struct{} {
	if !mine() {
		return nil // never ready: the main thread takes the interrupt
	}
	mu.Lock()
	defer mu.Unlock()
	if pending.Load() {
		return closed
	}
	return waitCh
}

// FD returns a descriptor that poll(2) reports readable (POLLIN) while an
// interrupt is pending, or -1 before Enable (poll ignores negative
// descriptors, so it can be added to a set unconditionally). When it is
// readable, call Check: nil means the interrupt was taken by someone else
// in the meantime, and the descriptor is (or is about to be) drained.
// Never read, write or close it.
func FD() int {
	if !enabled.Load() || !mine() {
		return -1
	}
	return wake
}

// Err returns a new KeyboardInterrupt exception with no arguments, as
// CPython raises for SIGINT: its traceback ends with the line
// "KeyboardInterrupt" alone.
func Err() *py.Exception {
	return &py.Exception{Base: py.KeyboardInterrupt, Args: py.Tuple{}, Dict: py.StringDict{}}
}

// IsKeyboardInterrupt reports whether err is a KeyboardInterrupt (or
// subclass) exception.
func IsKeyboardInterrupt(err error) bool {
	var exc py.Object
	switch e := err.(type) {
	case *py.Exception:
		exc = e
	case py.ExceptionInfo:
		exc = e.Value
	case *py.ExceptionInfo:
		exc = e.Value
	default:
		return false
	}
	return exc != nil && exc.Type().IsSubtype(py.KeyboardInterrupt)
}
