package vm

import (
	"weak"

	"github.com/go-python/gpython/py"
)

// Async generators dropped unfinished while a finalizer hook holds them
// (sys_asyncgen_hooks.go). CPython 3.6 calls the finalizer that was in
// force at an async generator's first iteration with the generator,
// instead of closing it, when the generator is freed before it finished;
// asyncio's hook schedules `agen.aclose()` on its loop, so that the
// generator's finally blocks may await.
//
// Such a generator is tracked as the cleanup generators are
// (generator_finalize.go: a weak pointer to the generator that runs its
// body, and that generator's frame), whether or not its code has a
// block, with the hook beside it. The points that look for dropped
// generators take a dropped async generator object for one that may be
// gone (suspendedInBlock); a collection that finds it gone calls the
// hook (closeGone) with a new async generator object over the same frame,
// since the original object is gone with its generator. At the end of
// the interpreter a live hooked generator is left as it is: 3.6's
// finalizer, called while the modules are torn down, has no visible
// effect (asyncio's loop is closed or no longer runs).

// asyncGenerator is what the loop knows of the async generator objects
// package compiler makes.
type asyncGenerator interface {
	// AsyncGenState returns the generator running the async
	// generator's body, and whether a finalizer hook waits for the
	// object's drop.
	AsyncGenState() (g *py.Generator, hooked bool)
}

// agenFinal is a tracked async generator's finalizer hook, and how to
// make an async generator object over a generator (the one over the
// frame of the original, gone, object) to pass it.
type agenFinal struct {
	finalizer py.Object
	remake    func(g *py.Generator) py.Object
}

// WatchAsyncGen records finalizer, sys's finalizer hook at the first
// iteration of the async generator whose body g runs (in ctx): when the
// async generator is dropped unfinished, finalizer is called with
// remake(a generator over g's frame) in place of closing it.
func WatchAsyncGen(ctx py.Context, g *py.Generator, finalizer py.Object, remake func(*py.Generator) py.Object) {
	fin := finalizerOf(ctx)
	if fin == nil || g.Frame == nil {
		return
	}
	h := &agenFinal{finalizer: finalizer, remake: remake}
	wp := weak.Make(g)
	fin.mu.Lock()
	defer fin.mu.Unlock()
	// A cleanup generator is tracked from its creation, most often just
	// before its first iteration: looked for from the newest.
	for i := len(fin.tracked) - 1; i >= 0; i-- {
		if fin.tracked[i].g == wp {
			fin.tracked[i].agen = h
			return
		}
	}
	fin.tracked = append(fin.tracked, trackedGen{g: wp, f: g.Frame, agen: h})
	trackedGens.Add(1)
}

// asyncGenDropRunsCode reports whether dropping a, an async generator
// object, runs code: its generator is suspended in a block, or a
// finalizer hook waits for it.
func asyncGenDropRunsCode(a asyncGenerator) bool {
	g, hooked := a.AsyncGenState()
	if g == nil || g.Frame == nil {
		return false
	}
	return hooked && !finished(g.Frame) || frameInBlock(g.Frame)
}

// goneAsyncGen is a hooked async generator found gone, whose finalizer
// closeGone calls.
type goneAsyncGen struct {
	h *agenFinal
	f *py.Frame
}

// callAsyncGenFinalizers calls the hook of each generator in gone with
// a new async generator object over its frame; an exception from a hook
// is reported as unraisable, as CPython reports it from a destructor.
func (t *thread) callAsyncGenFinalizers(gone []goneAsyncGen) {
	for _, x := range gone {
		obj := x.h.remake(py.NewGenerator(x.f))
		if _, err := Call(x.h.finalizer, py.Tuple{obj}, nil); err != nil {
			t.writeUnraisable(obj, err)
		}
	}
}
