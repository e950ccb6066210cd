package vm

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"sync/atomic"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The warning of a coroutine never awaited.
//
// CPython 3.6 warns, when a coroutine object that never started is
// finalized, "RuntimeWarning: coroutine 'qualname' was never awaited",
// attributed to the Python code running at that moment (the line of the
// expression statement, `del`, store or call that dropped it; at exit,
// "sys:1"). The generator of each coroutine is tracked from its creation
// as the cleanup generators are (generator_finalize.go: a weak pointer to
// it and its frame), until it starts; a collection that finds one gone
// before it started warns. The points that look for dropped generators
// (a name deleted or rebound, an expression statement's value, a
// function's return, a builtin call's argument) treat a dropped coroutine
// object as one that may be gone, so the warning comes where CPython's
// does; one dropped elsewhere (a Python function's argument) warns at
// the next collection, whose line it gets. At the end only those the
// main module's globals hold warn (settleUnawaited says why).

// watchedCoros counts, in every context, the coroutines tracked that
// have not started: while zero, the checks on drops and returns cost one
// load.
var watchedCoros atomic.Int64

// settleUnawaited decides about e, a tracked coroutine not known to have
// started, whose generator is g (nil when gone), at a sweep (all: the
// last one, in ctx): warn, whether its never-awaited warning is due, and
// keep, whether the entry (with unawaited cleared once the coroutine
// started) stays tracked.
func settleUnawaited(e trackedGen, g *py.Generator, all bool, ctx py.Context) (_ trackedGen, warn, keep bool) {
	switch {
	case e.f.Lasti != 0:
		// Started, or closed (close() marks the frame finished): no
		// warning; a cleanup generator stays tracked for its blocks.
		watchedCoros.Add(-1)
		e.unawaited = false
		return e, false, !e.watchOnly
	case all:
		// At the end CPython frees what the main module's globals
		// hold, and warns then ("sys:1"). Anything else still here is
		// either kept by a value the loop has not let go of (a stack
		// slot an exception left) or was dropped at a point no sweep
		// saw, most likely while an exception was raised
		// (`iter(coro())`'s TypeError), for which 3.6 gives no warning.
		watchedCoros.Add(-1)
		return e, g != nil && heldByMain(ctx, g.Weakreflist), false
	case g == nil:
		// Never started, so it has no block to close either.
		watchedCoros.Add(-1)
		return e, true, false
	}
	return e, false, true
}

// heldByMain reports whether o, a coroutine object, is the value of a
// global of the __main__ module of ctx.
func heldByMain(ctx py.Context, o py.Object) bool {
	if o == nil || ctx == nil {
		return false
	}
	m, err := ctx.GetModule("__main__")
	if err != nil || m == nil {
		return false
	}
	for _, v := range m.Globals {
		if v == o {
			return true
		}
	}
	return false
}

// isCoroutineObject reports whether o is a coroutine object (the type
// package compiler makes for an async def's call).
func isCoroutineObject(o py.Object) bool {
	if o == nil {
		return false
	}
	if _, ok := o.(*py.Type); ok {
		return false // a class or an instance
	}
	t := o.Type()
	return t != nil && t.Name == "coroutine"
}

// droppedCoroutine reports whether o, a value the loop let go of, is a
// coroutine object that nothing nearby still holds while coroutines are
// watched: it may be one never awaited, whose warning is due now.
func (t *thread) droppedCoroutine(o py.Object) bool {
	return watchedCoros.Load() != 0 && isCoroutineObject(o) && t.mayWarnUnawaited(o) && !t.heldNearby(o)
}

// mayWarnUnawaited reports whether coro, a coroutine object, is tracked
// and has not started. One that started or was closed (close() marks its
// frame finished) stops being watched here, so that its drop costs no
// collection: _collections_abc makes, closes and deletes one at import,
// and the collection that drop forced was a tenth of `import ssl`'s CPU.
func (t *thread) mayWarnUnawaited(coro py.Object) bool {
	fin := finalizerOf(t.ctx)
	if fin == nil {
		return false
	}
	fin.mu.Lock()
	defer fin.mu.Unlock()
	i := fin.unawaitedEntry(coro)
	if i < 0 {
		return false
	}
	e := &fin.tracked[i]
	if e.f.Lasti == 0 {
		return !e.adopted
	}
	// Settled as closeGone would settle it.
	watchedCoros.Add(-1)
	if e.watchOnly {
		fin.tracked = slices.Delete(fin.tracked, i, i+1)
		trackedGens.Add(-1)
	} else {
		e.unawaited = false
	}
	return false
}

// unawaitedEntry is the index in fin.tracked of coro's entry while it is
// watched as never awaited, or -1; fin.mu is held.
func (fin *genFinalizer) unawaitedEntry(coro py.Object) int {
	for i := len(fin.tracked) - 1; i >= 0; i-- {
		e := &fin.tracked[i]
		if g := e.g.Value(); e.unawaited && g != nil && g.Weakreflist == coro {
			return i
		}
	}
	return -1
}

// silenceUnawaited stops watching coro, a coroutine object dropped while
// an exception was raised: CPython gives no warning for a coroutine
// finalized then.
func (t *thread) silenceUnawaited(coro py.Object) {
	fin := finalizerOf(t.ctx)
	if fin == nil {
		return
	}
	fin.mu.Lock()
	defer fin.mu.Unlock()
	if i := fin.unawaitedEntry(coro); i >= 0 {
		fin.tracked[i].unawaited = false
		watchedCoros.Add(-1)
	}
}

// maxWarnQualname is how many characters of the qualified name the
// warning shows (3.6 formats it with %.50S).
const maxWarnQualname = 50

// warnNeverAwaited issues the warning for a coroutine of code co, gone
// without having started, through the warnings module at the running
// Python code's line. A warning turned into an exception cannot
// propagate (CPython gives it from a destructor): it is reported as
// unraisable.
func (t *thread) warnNeverAwaited(co *py.Code) {
	q := []rune(codeQualname(co))
	if len(q) > maxWarnQualname {
		q = q[:maxWarnQualname]
	}
	err := Warn(py.RuntimeWarning, fmt.Sprintf("coroutine '%s' was never awaited", string(q)), 1)
	if err == nil {
		return
	}
	w := stderrOf(t.ctx)
	fmt.Fprintf(w, "Exception ignored in: <coroutine object %s at %p>\n", codeQualname(co), co)
	// CPython's warnings are C code: the exception has no traceback.
	var info py.ExceptionInfo
	if errors.As(err, &info) && info.Value != nil {
		io.WriteString(w, pyutil.FormatExceptionValue(info.Value, nil, false))
	} else {
		pyutil.PrintTraceback(w, err)
	}
}

// codeQualname is the __qualname__ the function of generator code co
// gave its generators (genobj_names.go), or the code's name.
func codeQualname(co *py.Code) string {
	if q, ok := codeQualnames.Load(weak.Make(co)); ok {
		return q.([2]string)[1]
	}
	return co.Name
}

// AdoptCoroutine records that coro, a coroutine object of the running
// context not started yet, is held by an owner that will drive it (an
// asyncio Task, which keeps it in an attribute and is itself held by its
// loop): a frame or a call letting coro go then frees nothing, and needs
// no collection. It stays watched: a collection that finds it gone
// unstarted (its task dropped with it) still warns that it was never
// awaited. It reports whether coro was watched.
func AdoptCoroutine(coro py.Object) bool {
	if watchedCoros.Load() == 0 || !isCoroutineObject(coro) {
		return false
	}
	fin := finalizerOf(CurrentContext())
	if fin == nil {
		return false
	}
	fin.mu.Lock()
	defer fin.mu.Unlock()
	i := fin.unawaitedEntry(coro)
	if i < 0 {
		return false
	}
	fin.tracked[i].adopted = true
	return true
}

// coroutineAdopted reports whether coro, a coroutine object, is watched
// and was adopted by an owner (AdoptCoroutine).
func (t *thread) coroutineAdopted(coro py.Object) bool {
	fin := finalizerOf(t.ctx)
	if fin == nil {
		return false
	}
	fin.mu.Lock()
	defer fin.mu.Unlock()
	for i := len(fin.tracked) - 1; i >= 0; i-- {
		e := &fin.tracked[i]
		if g := e.g.Value(); g != nil && g.Weakreflist == coro {
			return e.unawaited && e.adopted
		}
	}
	return false
}
