package vm

import (
	"fmt"
	"io"
	"os"

	"github.com/go-python/gpython/py"
	"github.com/petermattis/goid"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Python threads. Each runs on its own goroutine with a thread state of its
// own (frames, value stack, the exception being handled), and runs bytecode
// only while it holds its context's interpreter lock (internal/gil). The
// holder's thread state is the lock's state value, so code already under
// the lock finds it without a lookup; a goroutine that comes in without
// the lock (an embedder's, or a callback from Go code that released it)
// takes the lock in enterThread and gives it back in leave.
//
// Thread states are bound to goroutines in Context.threads: the main
// thread's to the first goroutine that runs code in the context, a
// started thread's to its goroutine for its lifetime, and any other
// goroutine's to a transient state dropped when its outermost call ends.

// enterThread returns the calling goroutine's thread state in ctx, taking
// the context's interpreter lock when the goroutine does not hold it; the
// caller then calls t.leave() when its call is over (acquired reports
// that). Contexts of other packages get a fresh state and no lock.
func enterThread(ctx py.Context) (t *thread, acquired bool) {
	c, ok := ctx.(*Context)
	if !ok {
		return newThread(ctx), false
	}
	if c.gil.Holding() {
		return c.gil.State().(*thread), false
	}
	t = c.boundThread(goid.Get())
	c.gil.Acquire(t)
	return t, true
}

// leave gives up the interpreter lock enterThread took, and drops a
// transient thread state whose outermost call has ended.
func (t *thread) leave() {
	c := t.ctx.(*Context)
	if t.transient && t.depth == 0 {
		dropLocals(t.ident)
	}
	c.gil.Release()
	if t.transient && t.depth == 0 {
		c.tmu.Lock()
		if c.threads[t.ident] == t {
			delete(c.threads, t.ident)
			c.idleLocked(t)
		}
		c.tmu.Unlock()
	}
}

// boundThread returns the state bound to goroutine g, binding the main
// thread's or a transient one if it has none.
func (c *Context) boundThread(g int64) *thread {
	c.tmu.Lock()
	defer c.tmu.Unlock()
	if t := c.threads[g]; t != nil {
		return t
	}
	t := c.main
	if c.mainG == 0 {
		c.mainG = g
	} else {
		t = c.takeThreadLocked()
		t.limit = c.limit
		t.transient = true
	}
	t.ident = g
	c.threads[g] = t
	return t
}

// threadOf returns the thread state of the goroutine holding ctx's lock,
// for code that runs under it; the main thread's when nobody holds it
// (introspection from Go between calls). Contexts of other packages get a
// fresh state.
func threadOf(ctx py.Context) *thread {
	c, ok := ctx.(*Context)
	if !ok {
		return newThread(ctx)
	}
	if c.gil.Holding() {
		return c.gil.State().(*thread)
	}
	return c.main
}

// yieldLock lets a goroutine waiting for the interpreter lock run when
// one has waited longer than the switch interval (the loop calls it where
// it checks for Ctrl-C).
func (t *thread) yieldLock() {
	if t.lock != nil && t.lock.DropRequested() && t.lock.Holding() {
		t.lock.Yield()
	}
}

// ThreadIdent returns the identifier of the calling thread
// (_thread.get_ident): its goroutine's id.
func ThreadIdent() int64 { return goid.Get() }

// MainThreadIdent returns the identifier of ctx's main thread, 0 when no
// code has run in it yet.
func MainThreadIdent(ctx py.Context) int64 {
	c, ok := ctx.(*Context)
	if !ok {
		return 0
	}
	c.tmu.Lock()
	defer c.tmu.Unlock()
	return c.mainG
}

// ThreadRunning reports whether ident (a ThreadIdent value) names a
// thread of ctx that has a thread state now: the main thread, a started
// thread until it ends, or a goroutine running code in ctx.
func ThreadRunning(ctx py.Context, ident int64) bool {
	c, ok := ctx.(*Context)
	if !ok {
		return false
	}
	c.tmu.Lock()
	defer c.tmu.Unlock()
	_, ok = c.threads[ident]
	return ok
}

// StartedThreads returns how many threads StartThread started in ctx are
// still running (_thread._count()).
func StartedThreads(ctx py.Context) int {
	if c, ok := ctx.(*Context); ok {
		return int(c.started.Load())
	}
	return 0
}

// StartThread runs fn(*args, **kwargs) in a new Python thread of ctx and
// returns the thread's identifier (_thread.start_new_thread). The caller
// holds ctx's lock. done, if not nil, runs on the new thread under the
// lock once fn has returned or raised. An exception other than SystemExit
// is printed to sys.stderr as CPython 3.6 prints it.
func StartThread(ctx py.Context, fn py.Object, args py.Tuple, kwargs py.StringDict, done func()) (int64, error) {
	c, ok := ctx.(*Context)
	if !ok {
		return 0, py.ExceptionNewf(py.RuntimeError, "can't start new thread")
	}
	c.tmu.Lock()
	limit := c.limit
	c.tmu.Unlock()
	t := c.takeThread()
	t.limit = limit
	unlockMainOSThread()
	idents := make(chan int64)
	c.started.Add(1)
	gil.ThreadStarted()
	go func() {
		g := goid.Get()
		t.ident = g
		c.tmu.Lock()
		c.threads[g] = t
		c.tmu.Unlock()
		idents <- g // before taking the lock, which the starter holds
		c.gil.Acquire(t)
		c.runThread(t, fn, args, kwargs)
		if done != nil {
			done()
		}
		for _, f := range t.atExit {
			f()
		}
		dropLocals(g)
		c.tmu.Lock()
		delete(c.threads, g)
		c.tmu.Unlock()
		c.started.Add(-1)
		gil.ThreadEnded()
		c.gil.Release()
		c.giveBackThread(t)
	}()
	return <-idents, nil
}

// runThread is the body of a started thread: the call and the report of
// an exception that escapes it.
func (c *Context) runThread(t *thread, fn py.Object, args py.Tuple, kwargs py.StringDict) {
	defer func() {
		if r := recover(); r != nil {
			// A Go panic below the call ends this thread, not the process.
			fmt.Fprintf(os.Stderr, "Unhandled exception in thread: internal error in the interpreter: %v\n", r)
		}
	}()
	_, err := t.callObject(nil, fn, args, nil, kwargs)
	if err == nil {
		return
	}
	exc := pyutil.ExceptionValue(err)
	if e, ok := exc.(*py.Exception); ok && e.Type().IsSubtype(py.SystemExit) {
		return
	}
	w := stderrOf(c)
	r, rerr := Repr(fn)
	if rerr != nil {
		r = "<object>"
	}
	fmt.Fprintf(w, "Unhandled exception in thread started by %s\n", r)
	pyutil.PrintTraceback(w, err)
}

// stderrOf returns a writer onto the context's sys.stderr (its write
// method), or onto the process's stderr when there is none.
func stderrOf(ctx py.Context) io.Writer {
	if sys, err := ctx.GetModule("sys"); err == nil {
		if f, ok := sys.Globals["stderr"]; ok && f != py.None {
			if write, err := py.GetAttrString(f, "write"); err == nil {
				return pyWriter{write}
			}
		}
	}
	return os.Stderr
}

// pyWriter writes through a Python file's write method.
type pyWriter struct{ write py.Object }

func (w pyWriter) Write(p []byte) (int, error) {
	if _, err := py.Call(w.write, py.Tuple{py.String(p)}, nil); err != nil {
		return 0, err
	}
	return len(p), nil
}

// WaitForThreads is what CPython does before an interpreter ends: when
// the threading module was imported, call its _shutdown(), which joins
// every non-daemon thread (an exception from it is printed to stderr);
// then run the atexit module's callbacks.
func WaitForThreads(ctx py.Context) {
	c, ok := ctx.(*Context)
	if !ok || c.modules == nil || !firstExitSweep(c) {
		return
	}
	t, acquired := enterThread(c)
	if acquired {
		defer t.leave()
	}
	if m, ok := c.modules.GetStr("threading"); ok {
		if shutdown, err := py.GetAttrString(m, "_shutdown"); err == nil {
			if _, err := t.callObject(nil, shutdown, nil, nil, nil); err != nil {
				w := stderrOf(c)
				fmt.Fprintln(w, "Exception ignored in: <module 'threading'>")
				pyutil.PrintTraceback(w, err)
			}
		}
	}
	// What reference counts would already have finalized goes first.
	if trackedGens.Load() != 0 {
		t.sweepGarbage()
	}
	// Then, as CPython, the atexit callbacks, when the module was
	// imported; atexit._run_exitfuncs prints their errors itself.
	if m, ok := c.modules.GetStr("atexit"); ok {
		if run, err := py.GetAttrString(m, "_run_exitfuncs"); err == nil {
			if _, err := t.callObject(nil, run, nil, nil, nil); err != nil && !isSystemExit(err) {
				pyutil.PrintTraceback(stderrOf(c), err)
			}
		}
	}
	// sys.is_finalizing() is true from here on, as CPython's flag set
	// after the atexit callbacks, for the __del__ methods run below.
	c.finalizing.Store(true)
	// Last, as CPython's clearing of the modules does, the generators
	// still suspended in a try, with or except block are closed.
	if trackedGens.Load() != 0 {
		t.sweepGenerators(true, true)
	}
}

// sendGenFromGo advances a generator for Go code (next(), iteration from
// builtins) with its next value, on the calling goroutine's thread.
func sendGenFromGo(g *py.Generator) (py.Object, bool, error) {
	t, acquired := enterThread(g.Frame.Context)
	if acquired {
		defer t.leave()
	}
	return t.sendGen(g, py.None, nil)
}

// AtThreadExit arranges for fn to run, under the interpreter lock, when
// the calling thread of ctx ends (_thread._set_sentinel). Only threads
// started by StartThread end; for others fn never runs.
func AtThreadExit(ctx py.Context, fn func()) {
	t := threadOf(ctx)
	t.atExit = append(t.atExit, fn)
}

// isSystemExit reports whether err is a SystemExit (or a subclass).
func isSystemExit(err error) bool {
	e, ok := err.(*py.Exception)
	return ok && e.Type().IsSubtype(py.SystemExit)
}
