package vm

import (
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// sys.set_asyncgen_hooks and sys.get_asyncgen_hooks (PEP 525): each
// thread may name two callables for the async generators iterated on
// it. firstiter(agen) is called the first time one of agen's methods
// __anext__, asend, athrow or aclose is called (package compiler's
// async generator runtime asks AsyncGenHooks then); the finalizer in
// force at that moment is kept by the generator, and called with it,
// in place of closing it, when the generator is dropped unfinished
// (generator_asyncgen.go). asyncio's loops install both while they run,
// to close the generators a script abandons on the loop.
//
// As the coroutine wrapper (sys_coro_wrapper.go), the hooks are kept
// beside the thread states, keyed by them; agenHooksSet counts the
// threads with any hook, so that an async generator's first step costs
// one atomic load when none is set anywhere.

type agenHookState struct {
	firstiter, finalizer py.Object // nil: not set
}

var agenHooks struct {
	sync.Mutex
	byThread map[*thread]*agenHookState
}

var agenHooksSet atomic.Int32

const setAsyncgenHooksDoc = `set_asyncgen_hooks(firstiter=None, finalizer=None)

Set this thread's hooks for asynchronous generators: firstiter(agen) runs
at a generator's first iteration; finalizer(agen) runs, instead of closing
it, when a generator that first iterated while it was set is dropped
unfinished. An argument left out keeps its hook; None removes it.`

const getAsyncgenHooksDoc = `get_asyncgen_hooks()

The (firstiter, finalizer) hooks of this thread, as a named tuple whose
items are None where no hook is set.`

// asyncgenHooksSource defines the named tuple get_asyncgen_hooks
// returns, a struct sequence of CPython's without a module.
const asyncgenHooksSource = `
class asyncgen_hooks(tuple):
    """The hooks of asynchronous generators on a thread (read-only)."""
    __slots__ = ()
    __module__ = "builtins"
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0
    firstiter = property(lambda self: self[0], doc="Called at an asynchronous generator's first iteration")
    finalizer = property(lambda self: self[1], doc="Called when an unfinished asynchronous generator is dropped")
    def __new__(cls, sequence, dict=None):
        try:
            sequence = tuple(sequence)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        return tuple.__new__(cls, sequence)
    def __repr__(self):
        return "asyncgen_hooks(firstiter=%r, finalizer=%r)" % (self[0], self[1])
    def __reduce__(self):
        return (type(self), (tuple(self), {}))
`

var (
	agenHooksCodeOnce sync.Once
	agenHooksCode     *py.Code
	agenHooksCodeErr  error
)

func installSysAsyncGenHooks(ctx *Context, g py.StringDict) {
	var hooksClass py.Object // this context's asyncgen_hooks, made at first use
	g["set_asyncgen_hooks"] = py.MustNewMethod("set_asyncgen_hooks", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		// 3.6's format has no function name: its count message says
		// "function", which Parse36 does not word.
		if n := len(args) + len(kwargs); n > 2 {
			return nil, pyutil.TypeErrorf("function takes at most 2 arguments (%d given)", n)
		}
		a, err := pyarg.Parse36("set_asyncgen_hooks", args, kwargs, []string{"firstiter", "finalizer"}, 0, pyarg.Getargs36)
		if err != nil {
			return nil, err
		}
		firstiter, finalizer := a[0], a[1]
		// The finalizer is checked and set first: a bad firstiter
		// leaves a good finalizer installed, as in CPython.
		for _, h := range []struct {
			name string
			v    py.Object
		}{{"finalizer", finalizer}, {"firstiter", firstiter}} {
			if h.v == nil {
				continue
			}
			if h.v != py.None && !pyutil.IsCallable(h.v) {
				return nil, pyutil.TypeErrorf("callable %s expected, got %s", h.name, truncName(pyutil.TypeName(h.v), 50))
			}
			setAsyncGenHook(threadOf(ctx), h.name == "finalizer", h.v)
		}
		return py.None, nil
	}, 0, setAsyncgenHooksDoc)
	g["get_asyncgen_hooks"] = py.MustNewMethod("get_asyncgen_hooks", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, pyutil.TypeErrorf("get_asyncgen_hooks() takes no arguments (%d given)", len(args))
		}
		if hooksClass == nil {
			cls, err := makeAsyncgenHooksClass(ctx)
			if err != nil {
				return nil, err
			}
			hooksClass = cls
		}
		firstiter, finalizer := AsyncGenHooks(ctx)
		items := py.Tuple{py.None, py.None}
		if firstiter != nil {
			items[0] = firstiter
		}
		if finalizer != nil {
			items[1] = finalizer
		}
		return Call(hooksClass, py.Tuple{items}, nil)
	}, 0, getAsyncgenHooksDoc)
}

// makeAsyncgenHooksClass runs asyncgenHooksSource in ctx and returns its
// class.
func makeAsyncgenHooksClass(ctx *Context) (py.Object, error) {
	agenHooksCodeOnce.Do(func() {
		agenHooksCode, agenHooksCodeErr = py.Compile(asyncgenHooksSource, "<sys>", py.ExecMode, 0, true)
	})
	if agenHooksCodeErr != nil {
		return nil, agenHooksCodeErr
	}
	ns := py.StringDict{"__name__": py.String("sys")}
	if _, err := evalCode(ctx, agenHooksCode, ns, ns, nil, nil, nil, nil, nil); err != nil {
		return nil, err
	}
	return ns["asyncgen_hooks"], nil
}

// setAsyncGenHook sets t's finalizer (finalizer true) or firstiter hook
// to h; None removes it. A thread's entry stays until the thread ends.
func setAsyncGenHook(t *thread, finalizer bool, h py.Object) {
	if h == py.None {
		h = nil
	}
	agenHooks.Lock()
	defer agenHooks.Unlock()
	s := agenHooks.byThread[t]
	if s == nil {
		if h == nil {
			return
		}
		if agenHooks.byThread == nil {
			agenHooks.byThread = map[*thread]*agenHookState{}
		}
		s = &agenHookState{}
		agenHooks.byThread[t] = s
		t.atExit = append(t.atExit, func() {
			agenHooks.Lock()
			if s := agenHooks.byThread[t]; s != nil && (s.firstiter != nil || s.finalizer != nil) {
				agenHooksSet.Add(-1)
			}
			delete(agenHooks.byThread, t)
			agenHooks.Unlock()
		})
	}
	had := s.firstiter != nil || s.finalizer != nil
	if finalizer {
		s.finalizer = h
	} else {
		s.firstiter = h
	}
	switch has := s.firstiter != nil || s.finalizer != nil; {
	case has && !had:
		agenHooksSet.Add(1)
	case had && !has:
		agenHooksSet.Add(-1)
	}
}

// AsyncGenHooks returns the firstiter and finalizer hooks of the thread
// running in ctx (nil for one not set): package compiler's async
// generators ask at their first iteration.
func AsyncGenHooks(ctx py.Context) (firstiter, finalizer py.Object) {
	if agenHooksSet.Load() == 0 || ctx == nil {
		return nil, nil
	}
	t := threadOf(ctx)
	agenHooks.Lock()
	defer agenHooks.Unlock()
	if s := agenHooks.byThread[t]; s != nil {
		return s.firstiter, s.finalizer
	}
	return nil, nil
}
