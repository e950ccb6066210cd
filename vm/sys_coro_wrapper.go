package vm

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// sys.set_coroutine_wrapper and sys.get_coroutine_wrapper (3.6; gone in
// 3.8): each thread may name a callable that every coroutine object
// created on that thread by an `async def` function is passed through; the
// coroutine the caller gets is what the callable returns. A coroutine made
// while the wrapper runs is an error, as in CPython.
//
// The wrappers are kept beside the thread states, keyed by them, rather
// than in them; wrappersSet counts the threads that have one, so that the
// common case (none anywhere) costs one atomic load per coroutine.

type coroWrapperState struct {
	fn      py.Object // the callable
	running bool      // the callable is being called
}

var coroWrappers struct {
	sync.Mutex
	byThread map[*thread]*coroWrapperState
}

var wrappersSet atomic.Int32

const setCoroWrapperDoc = `set_coroutine_wrapper(wrapper)

Make wrapper(coro) the coroutine returned by each later call of an async
def function on this thread; None removes it.`

const getCoroWrapperDoc = `get_coroutine_wrapper()

The callable set_coroutine_wrapper() installed on this thread, or None.`

func installSysCoroWrapper(ctx *Context, g py.StringDict) {
	g["set_coroutine_wrapper"] = py.MustNewMethod("set_coroutine_wrapper", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("set_coroutine_wrapper() takes exactly one argument (%d given)", len(args))
		}
		w := args[0]
		if w != py.None && !pyutil.IsCallable(w) {
			return nil, pyutil.TypeErrorf("callable expected, got %s", truncName(pyutil.TypeName(w), 50))
		}
		setCoroWrapper(threadOf(ctx), w)
		return py.None, nil
	}, 0, setCoroWrapperDoc)
	g["get_coroutine_wrapper"] = py.MustNewMethod("get_coroutine_wrapper", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, pyutil.TypeErrorf("get_coroutine_wrapper() takes no arguments (%d given)", len(args))
		}
		coroWrappers.Lock()
		defer coroWrappers.Unlock()
		if s := coroWrappers.byThread[threadOf(ctx)]; s != nil && s.fn != nil {
			return s.fn, nil
		}
		return py.None, nil
	}, 0, getCoroWrapperDoc)
	// The async generator hooks, the other per-thread hooks of
	// coroutine-like objects (sys_asyncgen_hooks.go).
	installSysAsyncGenHooks(ctx, g)
}

func truncName(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// setCoroWrapper installs w (None: removes the wrapper) for t. A
// thread's entry stays until the thread ends; wrappersSet counts the
// entries with a callable.
func setCoroWrapper(t *thread, w py.Object) {
	coroWrappers.Lock()
	defer coroWrappers.Unlock()
	s := coroWrappers.byThread[t]
	if w == py.None {
		if s != nil && s.fn != nil {
			s.fn = nil
			wrappersSet.Add(-1)
		}
		return
	}
	if s == nil {
		if coroWrappers.byThread == nil {
			coroWrappers.byThread = map[*thread]*coroWrapperState{}
		}
		s = &coroWrapperState{}
		coroWrappers.byThread[t] = s
		t.atExit = append(t.atExit, func() {
			setCoroWrapper(t, py.None)
			coroWrappers.Lock()
			delete(coroWrappers.byThread, t)
			coroWrappers.Unlock()
		})
	}
	if s.fn == nil {
		wrappersSet.Add(1)
	}
	s.fn = w
}

// WrapCoroutine passes coro, just made by a call of the coroutine function
// fn (code co), through the calling thread's coroutine wrapper, if it has
// one, and returns what should be handed to the caller.
func WrapCoroutine(fn py.Object, co *py.Code, coro py.Object) (py.Object, error) {
	if wrappersSet.Load() == 0 {
		return coro, nil
	}
	ctx := OwnerContext(fn)
	if ctx == nil {
		ctx = CurrentContext()
	}
	if ctx == nil {
		return coro, nil
	}
	t := threadOf(ctx)
	coroWrappers.Lock()
	s := coroWrappers.byThread[t]
	if s == nil || s.fn == nil {
		coroWrappers.Unlock()
		return coro, nil
	}
	w := s.fn
	if s.running {
		coroWrappers.Unlock()
		wr, err := Repr(w)
		if err != nil {
			return nil, err
		}
		cr, err := Repr(co)
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.RuntimeError, "coroutine wrapper %s attempted to recursively wrap %s", truncName(wr, 200), truncName(cr, 200))
	}
	s.running = true
	coroWrappers.Unlock()
	res, err := Call(w, py.Tuple{coro}, nil)
	coroWrappers.Lock()
	s.running = false
	coroWrappers.Unlock()
	return res, err
}
