package vm

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"weak"

	"github.com/go-python/gpython/py"
)

// Closing generators dropped while suspended. The same points call the
// __del__ methods of dropped instances (finalize.go).
//
// CPython closes a generator when its last reference goes: `del g`,
// `g = None`, the return of the function whose local it was, the end of
// the statement that used a zip() or map() over it. Its finally blocks,
// with-exits and GeneratorExit handlers run then. Go's collector has no
// such moment, so the loop asks it at the points where a script most
// often drops a generator:
//
//   - `del name` of a generator, and a store over a name (local, global or
//     module-level) that held one;
//   - the return (or exception) of a function whose locals held one;
//   - the return of a call that took a new one as argument, as
//     `next(gen())` (finalize_temps.go);
//   - the end of the interpreter (Context.Close, after the atexit
//     callbacks), where CPython clears the modules.
//
// Only generators that can observe the close are tracked: those whose code
// has a try, with or except block ("cleanup generators"), each with a weak
// pointer. At one of the points above, when the value dropped is such a
// generator suspended inside one of those blocks, the loop runs a full
// collection (runtime.GC) and closes, in the order they were created,
// the tracked generators it found unreachable, as CPython's reference drop
// would have; an exception from close() is reported on stderr as
// unraisable ("Exception ignored in: ..."). At the end of the interpreter
// every tracked generator still suspended in a block is closed, reachable
// or not.
//
// What differs from CPython: a generator whose last reference goes with
// an object (a zip, a list, an instance) rather than a name is closed at
// the next of the points above, not at once; one that refers to itself
// (through its own locals) is closed only at the end. Collections cost
// time, so they are rationed (finalize_ration.go): past the ration, a
// drop is closed at a later collection or at the end; a place whose
// drops keep closing generators keeps its collections, within a share
// of the CPU time.

// trackedGen is a cleanup generator: a weak pointer to it and its frame,
// kept to run its blocks once the generator is gone; or a coroutine's
// generator, watched until it starts for the warning of one never
// awaited (generator_never_awaited.go).
type trackedGen struct {
	g weak.Pointer[py.Generator]
	f *py.Frame
	// unawaited: a coroutine's, not started yet; watchOnly: tracked
	// for that alone (its code has no cleanup block); adopted: its
	// coroutine object is held by an owner that drives it (an asyncio
	// Task: AdoptCoroutine), so a frame letting it go needs no collection
	unawaited, watchOnly, adopted bool
	// agen: an async generator's finalizer hook, called in place of
	// closing it (generator_asyncgen.go); nil for most
	agen *agenFinal
}

// genFinalizer is a context's set of tracked generators, and of the
// instances registered for their __del__ (finalize.go).
type genFinalizer struct {
	mu      sync.Mutex
	tracked []trackedGen
	pruneAt int
	closing bool // a sweep is running: no nested one
	// sites counts, per place in the code, the drops that collected
	// by the places' allowance (finalize_ration.go); used by the sweep
	sites map[dropSite]siteRecord
	// lastSite is the place whose drop the last allowed collection was
	// for (lastSiteSet: there was one); like sites, used under the sweep
	// or the interpreter lock
	lastSite    dropSite
	lastSiteSet bool

	dels        []trackedDel // registered instances, oldest first
	delSeq      uint64       // the last registration's number
	delsPruneAt int
	readyMu     sync.Mutex    // guards ready and gone (the finalizer goroutine)
	ready       []readyDel    // finalized instances whose __del__ is due
	gone        bool          // the context is closed
	lastGC      time.Time     // when the last collection a drop asked for ended
	lastGCTook  time.Duration // how long it took
	lastGCCPU   time.Duration // the CPU time it took
	// searchTime is the time the deep searches for dropped objects
	// took (finalize_reach.go)
	searchTime time.Duration
	// lastCollect is where the last gc.collect() that finalized nothing left
	// its thread (finalize_collect_quiet.go); used under the sweep
	lastCollect collectMark
	// fresh records the instances made straight into a local
	// (finalize_unshared.go)
	fresh freshTable
}

// trackedGens counts the generators tracked, and the instances registered
// for their __del__ and not yet finalized, in all contexts: while it is
// zero, the checks at stores, deletes and returns cost one load.
var trackedGens atomic.Int64

// finalizers holds each context's genFinalizer.
var finalizers sync.Map // *Context -> *genFinalizer

func finalizerOf(ctx py.Context) *genFinalizer {
	c, ok := ctx.(*Context)
	if !ok {
		return nil
	}
	if v, ok := finalizers.Load(c); ok {
		return v.(*genFinalizer)
	}
	v, _ := finalizers.LoadOrStore(c, &genFinalizer{pruneAt: 64, delsPruneAt: 256})
	return v.(*genFinalizer)
}

// forgetGenerators drops the tracked generators of a closed context.
func forgetGenerators(c *Context) {
	if v, ok := finalizers.LoadAndDelete(c); ok {
		fin := v.(*genFinalizer)
		fin.mu.Lock()
		trackedGens.Add(-int64(len(fin.tracked)))
		for _, e := range fin.tracked {
			if e.unawaited {
				watchedCoros.Add(-1)
			}
		}
		fin.tracked = nil
		fin.mu.Unlock()
		fin.forgetDels()
	}
}

// hasCleanupCode reports whether c has a try, with or except block.
func hasCleanupCode(c *code) bool {
	for _, in := range c.ins {
		switch in.op {
		case opSETUP_EXCEPT, opSETUP_FINALLY, opSETUP_WITH:
			return true
		}
	}
	return false
}

// trackGenerator starts tracking g, a new generator of code c, when it is
// a cleanup generator or a coroutine's.
func (t *thread) trackGenerator(g *py.Generator, c *code) {
	coro := c.flags&coCoroutine != 0
	if !c.cleanup && !coro {
		return
	}
	fin := finalizerOf(t.ctx)
	if fin == nil {
		return
	}
	fin.mu.Lock()
	fin.tracked = append(fin.tracked, trackedGen{g: weak.Make(g), f: g.Frame, unawaited: coro, watchOnly: !c.cleanup})
	trackedGens.Add(1)
	if coro {
		watchedCoros.Add(1)
	}
	prune := len(fin.tracked) >= fin.pruneAt
	fin.mu.Unlock()
	if prune {
		t.sweepGenerators(false, false)
	}
}

// suspendedInBlock reports whether o is a generator suspended inside a
// try, with or except block: closing it would run code.
func suspendedInBlock(o py.Object) bool {
	switch g := o.(type) {
	case *py.Generator:
		return frameInBlock(g.Frame)
	case asyncGenerator:
		return asyncGenDropRunsCode(g)
	}
	return false
}

func frameInBlock(pf *py.Frame) bool {
	if pf.Lasti == 0 || !pf.Yielded {
		return false
	}
	for _, b := range pf.Blockstack {
		if !isLoopBlock(b) && b.Type != tryBlockOwningArg {
			return true
		}
	}
	return false
}

// droppedGenerator runs after o was unbound from a name: when o is a
// generator suspended in a block or an instance with __del__, the
// generators that became unreachable are closed and the __del__ of the
// instances called now; otherwise the __del__ already due are called.
func (t *thread) droppedGenerator(o py.Object) {
	var buf [4]py.Object
	switch {
	case t.dropFresh(o): // finalize_unshared.go: nothing else held it
	case suspendedInBlock(o):
		buf[0] = o
		t.sweep(true, false, buf[:1])
	case t.finalizable(o):
		switch o.(type) {
		case *py.List, py.Tuple:
			// their items go last first (finalize_cleared.go)
			t.sweepInOrder(dropTargets(o, buf[:0]), true)
		default:
			t.sweep(true, false, dropTargets(o, buf[:0]))
		}
	case t.droppedCoroutine(o): // generator_never_awaited.go
		buf[0] = o
		t.sweep(true, false, buf[:1])
	case delsReady.Load() != 0:
		t.sweep(false, false, nil)
	}
}

// dropTargets appends to buf what a drop of o, which finalizable
// accepted, may finalize: o itself, or the finalizable items of a list,
// tuple or dict among its first ones; nil when they are more than buf
// holds (a sweep then does not look for them).
func dropTargets(o py.Object, buf []py.Object) []py.Object {
	add := func(v py.Object) bool {
		if !droppedFinalizable(v) && !suspendedInBlock(v) {
			return true
		}
		if len(buf) == cap(buf) {
			buf = nil
			return false
		}
		buf = append(buf, v)
		return true
	}
	var items []py.Object
	switch c := o.(type) {
	case *py.List:
		items = c.Items
	case py.Tuple:
		items = c
	case *Dict:
		n := 0
		c.Items(func(k, v py.Object) bool {
			n++
			return n <= containerScan && add(k) && add(v)
		})
		return buf
	default:
		return append(buf, o)
	}
	for i, v := range items {
		if i == containerScan || !add(v) {
			break
		}
	}
	return buf
}

// sweepGenerators closes the tracked generators that are gone (after a
// collection when collect is set and the ration allows one) and forgets
// the finished ones; at the end (all) it closes the ones still
// suspended in a block as well.
func (t *thread) sweepGenerators(collect, all bool) { t.sweep(collect, all, nil) }

// sweep is sweepGenerators for a drop that may finalize the objects in
// dropped (empty when not known): its collection is skipped when they
// are all still reachable (finalize_reach.go). sweep clears dropped
// before any collection, so that the caller's slice keeps none of them
// alive.
func (t *thread) sweep(collect, all bool, dropped []py.Object) {
	// A released frame's f_locals dict is held through the first
	// collection only (finalize_frame_locals.go).
	held := t.heldLocals
	t.heldLocals = nil
	fin := finalizerOf(t.ctx)
	if fin == nil || !fin.enterSweep() {
		clear(dropped)
		return
	}
	defer fin.leaveSweep()
	if collect && !all {
		dropsAsking.Add(1)
	}
	collectNow := all || collect && fin.mayCollect(t, dropped)
	clear(dropped)
	switch {
	case collectNow:
		found := 0
		for round := 0; ; round++ {
			t.dropCachedValues()
			fin.collect()
			ran := t.closeGone(fin, all) + t.runReady(fin, false)
			found += ran
			if held != nil {
				// What the dict alone held is found by the next one.
				runtime.KeepAlive(held)
				held = nil
				continue
			}
			// An instance that only finalized ones reached is found by
			// the next collection.
			if ran == 0 || round == 8 || !all && !fin.mayCollectAgain() {
				break
			}
		}
		if !all {
			fin.noteProductive(found != 0)
		}
	case collect:
		t.runReady(fin, false)
		return // past the ration: the next prune or collection sees it
	default:
		t.closeGone(fin, false)
		t.runReady(fin, false)
	}
	if all {
		t.finalizeRemaining(fin)
	}
}

// enterSweep starts a sweep, unless one is running (a __del__ or a
// finally block that drops an object): it reports whether it did.
func (fin *genFinalizer) enterSweep() bool {
	fin.mu.Lock()
	defer fin.mu.Unlock()
	if fin.closing {
		return false
	}
	fin.closing = true
	return true
}

func (fin *genFinalizer) leaveSweep() {
	fin.mu.Lock()
	fin.closing = false
	fin.mu.Unlock()
}

// collect runs a collection and waits for the finalizers it queued.
func (fin *genFinalizer) collect() {
	start, cpu := time.Now(), processCPU()
	runtime.GC()
	waitFinalizers()
	fin.lastGCCPU = processCPU() - cpu
	fin.lastGC = time.Now()
	fin.lastGCTook = fin.lastGC.Sub(start)
	noteCollection(fin.lastGCCPU) // finalize_ration.go
	dropCollections.Add(1)
}

// closeGone closes the tracked generators that are gone and forgets the
// finished ones; with all, the ones still suspended in a block as well.
// It warns of the coroutines gone that never started (at the end, of
// those the main module holds: settleUnawaited). It reports how many
// generators it closed and warnings it gave.
func (t *thread) closeGone(fin *genFinalizer, all bool) int {
	fin.mu.Lock()
	var toClose []*py.Generator
	var unawaited []*py.Code
	var hooked []goneAsyncGen
	kept := fin.tracked[:0]
	for _, e := range fin.tracked {
		g := e.g.Value()
		if e.unawaited {
			var warn, keep bool
			// With no Python code running the script is over: the
			// sweeps are the end's.
			if e, warn, keep = settleUnawaited(e, g, all || t.top == nil, t.ctx); warn {
				unawaited = append(unawaited, e.f.Code)
			}
			if !keep {
				continue
			}
		}
		switch {
		case e.agen != nil && !finished(e.f):
			// Its hook, not a close, finalizes it; at the end it is
			// left alone (generator_asyncgen.go says why).
			if g == nil {
				hooked = append(hooked, goneAsyncGen{e.agen, e.f})
			} else if !all {
				kept = append(kept, e)
			}
		case finished(e.f) || e.f.Lasti == 0 && g == nil:
		case g == nil && frameInBlock(e.f):
			// Gone: a generator over the same frame runs its blocks.
			toClose = append(toClose, py.NewGenerator(e.f))
		case g == nil:
		case all && frameInBlock(e.f):
			toClose = append(toClose, g)
			kept = append(kept, e)
		default:
			kept = append(kept, e)
		}
	}
	clear(fin.tracked[len(kept):])
	trackedGens.Add(int64(len(kept) - len(fin.tracked)))
	fin.tracked = kept
	fin.pruneAt = max(64, 2*len(kept))
	fin.mu.Unlock()
	for _, co := range unawaited {
		t.warnNeverAwaited(co)
	}
	for _, g := range toClose {
		t.closeOwned(g)
	}
	t.callAsyncGenFinalizers(hooked)
	return len(toClose) + len(unawaited) + len(hooked)
}

// returnDropsGenerator reports whether the locals of f, a function frame
// being released, hold a generator suspended in a block that the call
// made (not one of its parameters, which the caller passed and still
// holds), or an instance to finalize other than the value it returns
// (t.returning). It records them in t.retDrops, for afterReturn's sweep
// to look for elsewhere (finalize_reach.go).
func (t *thread) returnDropsGenerator(f *frame) bool {
	first := firstMadeLocal(f.c.py)
	coros := watchedCoros.Load() != 0
	dels := liveDels.Load() != 0
	drops := false
	for i := first; i < f.c.nlocals && i < len(f.fast); i++ {
		v := f.fast[i]
		if dels && t.freshAtReturn(f, i, v) { // finalize_unshared.go
			continue
		}
		if suspendedInBlock(v) || droppedFinalizable(v) && !sameObject(v, t.returning) ||
			coros && isCoroutineObject(v) && !sameObject(v, t.returning) && !t.coroutineAdopted(v) ||
			dels && holdsFinalizableItems(v) && !sameContainer(v, t.returning) {
			drops = true
			if t.retDropsN < len(t.retDrops) {
				t.retDrops[t.retDropsN] = v
			}
			t.retDropsN++
		}
	}
	return drops
}

// firstMadeLocal is the index of the first local of code co that is
// not a parameter: those before it the caller passed, and still holds.
func firstMadeLocal(co *py.Code) int {
	first := int(co.Argcount + co.Kwonlyargcount)
	if co.Flags&py.CO_VARARGS != 0 {
		first++
	}
	if co.Flags&py.CO_VARKEYWORDS != 0 {
		first++
	}
	return first
}

// genEndDrops is returnDropsGenerator for f, a generator's frame that
// ended: the locals it made that hold a generator suspended in a block
// or a hooked async generator (an `async for`'s state, a local left by a
// return from the loop) are recorded as dropped, for the sweep that
// resume runs after the frame is cleared. Instances with __del__ are
// left to the later points, as before generator frames were looked at.
func (t *thread) genEndDrops(f *frame) {
	first := firstMadeLocal(f.c.py)
	for i := first; i < f.c.nlocals && i < len(f.fast); i++ {
		if v := f.fast[i]; v != nil && suspendedInBlock(v) {
			t.droppedGens = true
			if t.retDropsN < len(t.retDrops) {
				t.retDrops[t.retDropsN] = v
			}
			t.retDropsN++
		}
	}
}

// holdsFinalizableItems reports whether v is a list, tuple or dict
// holding, among its first items, an instance registered for its __del__
// (or watched by a weak reference with a callback): a local list of
// objects dropped at return frees them all, as CPython's test_tempfile
// expects of `extant = [...]` before its tearDown removes the directory.
func holdsFinalizableItems(v py.Object) bool {
	switch c := v.(type) {
	case *py.List:
		return holdsFinalizable(c.Items)
	case py.Tuple:
		return holdsFinalizable(c)
	case *Dict:
		n := 0
		found := false
		c.Items(func(k, x py.Object) bool {
			n++
			found = droppedFinalizable(x) || droppedFinalizable(k)
			return !found && n < containerScan
		})
		return found
	}
	return false
}

// sameContainer reports whether a and b are the same list, tuple or dict
// (the local a returning frame holds is the value it returns).
func sameContainer(a, b py.Object) bool {
	switch x := a.(type) {
	case *py.List:
		y, ok := b.(*py.List)
		return ok && x == y
	case *Dict:
		y, ok := b.(*Dict)
		return ok && x == y
	case py.Tuple:
		y, ok := b.(py.Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	}
	return false
}

// afterReturn closes the generators a returning frame dropped (release
// noted them) and calls the __del__ due, once the loop is back in a
// consistent state.
func (t *thread) afterReturn() {
	if t.droppedGens {
		t.droppedGens = false
		// More drops than recorded: none is looked for.
		n := t.retDropsN
		t.retDropsN = 0
		if n > len(t.retDrops) {
			clear(t.retDrops[:])
			n = 0
		}
		t.sweep(true, false, t.retDrops[:n])
	} else if delsReady.Load() != 0 {
		t.sweepGenerators(false, false)
	}
}
