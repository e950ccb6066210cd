package vm

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/metrics"
	"slices"
	"strings"
	"sync/atomic"
	"time"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Calling __del__ methods.
//
// CPython calls an instance's __del__ when its last reference goes, once
// per object (PEP 442: a resurrected object is not finalized again), for
// objects in reference cycles at a collection, and at exit for the
// objects module globals still hold, with the globals intact, in about
// the order the objects were made.
//
// Here an instance of a class with __del__ (its own or inherited) gets a
// Go finalizer when it is made (allocInstance), marked by delTracked in
// its Flags so that it never gets a second one. The finalizer runs on
// Go's finalizer goroutine when a collection finds the instance
// unreachable; it keeps the instance (and what it reaches) alive and puts
// it on its context's ready queue. The loop calls the queued __del__
// methods, under the interpreter lock, at the points where it checks for
// dropped generators (generator_finalize.go): `del name`, a store over a
// name, the return of a function, gc.collect() and the end of the
// interpreter. When the value dropped is a finalizable instance, it first
// runs a collection (rationed as for generators) and waits for the
// finalizer goroutine, so that `del x`, `x = None` and the return of the
// function whose local x was run x.__del__ at once as in CPython; so does
// dropping a list, tuple or dict that holds one among its first items.
// Objects dropped elsewhere (a temporary in an expression, an item
// removed by a method) are finalized at the next of those points.
//
// Go never finalizes an object that reaches itself; gc.collect() breaks
// such cycles for one collection (finalize_cycles.go) so that their
// __del__ runs. A class given a __del__ after its instances were made:
// those instances are registered when one of the points above drops them
// (one still alive at the end is not finalized).

// delTracked marks, in an instance's Flags, an instance registered for
// its __del__ (once, whatever happens after).
const delTracked uint = 1 << 40

// readyDel is an instance whose finalizer ran: __del__ is due.
type readyDel struct {
	inst *py.Type
	seq  uint64
}

// trackedDel is a registered instance still alive, for the end of the
// interpreter and for gc.collect's cycle pass.
type trackedDel struct {
	inst weak.Pointer[py.Type]
	seq  uint64
}

// delsReady counts the instances queued in every context: while zero,
// the loop's checks cost one load. liveDels counts the registered
// instances not finalized yet.
var delsReady, liveDels atomic.Int64

// delEntry caches whether a class has __del__, as of the class epoch in
// epoch. The class is held weakly and its __del__ not at all: the cache is
// global, and a strong reference would keep a closed interpreter's class,
// and through its methods' globals every object of that interpreter,
// alive for good. An entry found still right after a class change only
// moves to the new epoch, so that a loop that changes a class attribute
// for each instance it makes allocates nothing here.
type delEntry struct {
	cls    weak.Pointer[py.Type]
	hasDel bool
	epoch  atomic.Uint64
}

var delCache [64]atomic.Pointer[delEntry]

// hasDel reports whether cls, a Python class, has __del__.
func hasDel(cls *py.Type) bool {
	slot := &delCache[uintptr(unsafe.Pointer(cls))>>5%uintptr(len(delCache))]
	epoch := classEpoch.Load()
	e := slot.Load()
	if e != nil && e.cls.Value() == cls && e.epoch.Load() == epoch {
		return e.hasDel
	}
	has := userMethod(cls, "__del__") != nil && !finalizerInert(cls)
	if e != nil && e.cls.Value() == cls && e.hasDel == has {
		e.epoch.Store(epoch)
		return has
	}
	e = &delEntry{cls: weak.Make(cls), hasDel: has}
	e.epoch.Store(epoch)
	slot.Store(e)
	return has
}

// classDel returns cls's __del__ from a Python class, or nil.
func classDel(cls *py.Type) py.Object {
	if !hasDel(cls) {
		return nil
	}
	return userMethod(cls, "__del__")
}

// trackFinalizable registers inst, a new instance, when its class has
// __del__.
func trackFinalizable(inst *py.Type) {
	if !hasDel(inst.ObjectType) {
		return
	}
	if c := currentContext(); c != nil {
		if fin := finalizerOf(c); fin != nil {
			fin.noteFresh(c, inst, fin.register(inst)) // finalize_unshared.go
		}
	}
}

// register gives inst its finalizer; it returns the weak pointer to
// inst that the registered list holds.
func (fin *genFinalizer) register(inst *py.Type) weak.Pointer[py.Type] {
	inst.Flags |= delTracked
	lastRegistered.Store(uintptr(unsafe.Pointer(inst))) // finalize_temps.go
	fin.mu.Lock()
	fin.delSeq++
	seq := fin.delSeq
	fin.mu.Unlock()
	return fin.reregister(inst, seq)
}

// reregister gives inst, registered as number seq, a finalizer (again,
// for an instance the cycle search finalized but found alive); it
// returns the weak pointer to inst the registered list holds.
func (fin *genFinalizer) reregister(inst *py.Type, seq uint64) weak.Pointer[py.Type] {
	key := weak.Make(inst)
	fin.mu.Lock()
	fin.dels = append(fin.dels, trackedDel{inst: key, seq: seq})
	prune := len(fin.dels) >= fin.delsPruneAt
	fin.mu.Unlock()
	trackedGens.Add(1)
	liveDels.Add(1)
	runtime.SetFinalizer(inst, func(x *py.Type) { fin.finalized(x, seq) })
	if prune {
		fin.pruneDels()
	}
	return key
}

// finalized runs on the finalizer goroutine: x is unreachable.
func (fin *genFinalizer) finalized(x *py.Type, seq uint64) {
	trackedGens.Add(-1)
	liveDels.Add(-1)
	fin.readyMu.Lock()
	defer fin.readyMu.Unlock()
	if fin.gone {
		return
	}
	fin.ready = append(fin.ready, readyDel{inst: x, seq: seq})
	delsReady.Add(1)
}

// pruneDels forgets the registered instances already finalized.
func (fin *genFinalizer) pruneDels() {
	fin.mu.Lock()
	defer fin.mu.Unlock()
	kept := fin.dels[:0]
	for _, e := range fin.dels {
		if e.inst.Value() != nil {
			kept = append(kept, e)
		}
	}
	clear(fin.dels[len(kept):])
	fin.dels = kept
	fin.delsPruneAt = max(256, 2*len(kept))
}

// finalizable reports whether dropping o may call a __del__: o is an
// instance registered for it, or one of a class that gained __del__
// after o was made (registered now), or a list, tuple or dict holding
// one among its first items (marking those only weakly referenced as
// dropped), or a generator while some are alive.
func (t *thread) finalizable(o py.Object) bool {
	if liveDels.Load() != 0 || weakInsts.Load() != 0 {
		switch o := o.(type) {
		case *py.List:
			return holdsFinalizable(o.Items)
		case py.Tuple:
			return holdsFinalizable(o)
		case *Dict:
			for i, e := range o.entries {
				if i == containerScan {
					break
				}
				if droppedFinalizable(e.value) || droppedFinalizable(e.key) {
					return true
				}
			}
			return false
		case *py.Generator:
			return liveDels.Load() != 0
		}
	}
	inst, ok := o.(*py.Type)
	if !ok {
		return weaklyReferenced(o)
	}
	if !pyutil.IsInstanceObject(inst) {
		return false
	}
	if inst.Flags&(delTracked|weakCallback) != 0 {
		// the sweep skips the collection when held nearby
		return !dropInert(inst)
	}
	if inst.Flags&weakTracked != 0 {
		markWeakDropped(inst) // finalize_weak_epoch.go
		return false
	}
	if !hasDel(inst.ObjectType) {
		return false
	}
	if fin := finalizerOf(t.ctx); fin != nil {
		fin.register(inst)
		return true
	}
	return false
}

// containerScan bounds the items of a dropped container looked at.
const containerScan = 64

func holdsFinalizable(items []py.Object) bool {
	for i, v := range items {
		if i == containerScan {
			break
		}
		if droppedFinalizable(v) {
			return true
		}
	}
	return false
}

// delClassSeen is set once a class was given a __del__ by assignment:
// from then on the loop checks every dropped value (trackedGens stays
// above zero), since instances made before have no finalizer yet.
var delClassSeen atomic.Bool

// delAssigned notes an assignment of __del__ to a class.
func delAssigned() {
	if !delClassSeen.Swap(true) {
		trackedGens.Add(1)
	}
}

// waitFinalizers waits, for a bounded time, until Go's finalizer
// goroutine has run the finalizers the last collection queued.
func waitFinalizers() {
	samples := []metrics.Sample{
		{Name: "/gc/finalizers/queued:finalizers"},
		{Name: "/gc/finalizers/executed:finalizers"},
	}
	deadline := time.Now().Add(time.Second)
	for spin := range 1 << 30 {
		metrics.Read(samples)
		if samples[0].Value.Kind() != metrics.KindUint64 || samples[1].Value.Uint64() >= samples[0].Value.Uint64() {
			return
		}
		if time.Now().After(deadline) {
			return
		}
		// Sleeping leaves the processor to the finalizer goroutine.
		time.Sleep(min(time.Duration(spin+1)*20*time.Microsecond, time.Millisecond))
	}
}

// takeReady removes and returns the queued instances, oldest first.
func (fin *genFinalizer) takeReady() []readyDel {
	fin.readyMu.Lock()
	r := fin.ready
	fin.ready = nil
	fin.readyMu.Unlock()
	if len(r) == 0 {
		return nil
	}
	delsReady.Add(-int64(len(r)))
	slices.SortFunc(r, func(a, b readyDel) int { return cmp.Compare(a.seq, b.seq) })
	return r
}

// runReady calls the __del__ of the queued instances, and then the
// OnCollected hooks; it reports how many __del__ methods and hook
// actions (weakref callbacks) it ran.
func (t *thread) runReady(fin *genFinalizer, atExit bool) int {
	r := fin.takeReady()
	if t.dropOrderN != 0 {
		t.orderDrops(r) // finalize_cleared.go
	}
	for i := range r {
		inst := r[i].inst
		r[i].inst = nil // the collector may free it once __del__ is done
		t.callDel(inst, atExit)
	}
	return len(r) + runCollectedHooks()
}

// callDel calls inst's __del__, reporting an exception on stderr as
// CPython does for one raised in a destructor.
func (t *thread) callDel(inst *py.Type, atExit bool) {
	m := classDel(inst.ObjectType)
	if m == nil {
		return
	}
	if _, err := callMethod(inst, m); err != nil {
		t.reportUnraisableDel(inst, err, atExit)
	}
}

// reportUnraisableDel prints "Exception ignored in: <bound method ...>"
// and the traceback of err; at exit without the source lines, which
// CPython 3.6 can no longer read then.
func (t *thread) reportUnraisableDel(inst *py.Type, err error, atExit bool) {
	w := stderrOf(t.ctx)
	// CPython's words when the repr of the bound method (so of inst) fails.
	what := "<object repr() failed>"
	if b, berr := GetAttr(inst, "__del__"); berr == nil {
		if r, rerr := Repr(b); rerr == nil {
			what = r
		}
	}
	var text string
	var info py.ExceptionInfo
	if errors.As(err, &info) && info.Value != nil {
		text = pyutil.FormatExceptionValue(info.Value, info.Traceback, false)
	} else {
		text = pyutil.FormatException(err)
	}
	if atExit {
		text = withoutSourceLines(text)
	}
	fmt.Fprintf(w, "Exception ignored in: %s\n", what)
	io.WriteString(w, text)
}

// withoutSourceLines drops the source line under each "  File" line of a
// formatted traceback.
func withoutSourceLines(text string) string {
	lines := strings.SplitAfter(text, "\n")
	var b strings.Builder
	for i := 0; i < len(lines); i++ {
		b.WriteString(lines[i])
		if strings.HasPrefix(lines[i], "  File \"") && i+1 < len(lines) && strings.HasPrefix(lines[i+1], "    ") {
			i++
		}
	}
	return b.String()
}

// finalizeRemaining calls, at the end of the interpreter, the __del__ of
// every registered instance still alive, oldest first, with the module
// globals still bound, as CPython 3.6's last collection does; instances
// made by those calls get theirs too, for a few rounds.
func (t *thread) finalizeRemaining(fin *genFinalizer) {
	for round := 0; round < 4; round++ {
		fin.mu.Lock()
		var live []*py.Type
		for _, e := range fin.dels {
			if x := e.inst.Value(); x != nil {
				live = append(live, x)
			}
		}
		clear(fin.dels)
		fin.dels = fin.dels[:0]
		fin.mu.Unlock()
		n := t.runReady(fin, true)
		for i, x := range live {
			live[i] = nil
			runtime.SetFinalizer(x, nil)
			trackedGens.Add(-1)
			liveDels.Add(-1)
			t.callDel(x, true)
		}
		if n == 0 && len(live) == 0 {
			return
		}
	}
}

// forgetDels stops a closed context's queue: finalizers that still run
// drop their instance.
func (fin *genFinalizer) forgetDels() {
	fin.mu.Lock()
	fin.dels = nil
	fin.mu.Unlock()
	fin.readyMu.Lock()
	fin.gone = true
	n := len(fin.ready)
	fin.ready = nil
	fin.readyMu.Unlock()
	delsReady.Add(-int64(n))
}

// droppedFinalizable reports whether o, a local of a returning frame, is
// an instance registered for its __del__ or with a weak reference that
// has a callback; one only weakly referenced is marked as dropped.
func droppedFinalizable(o py.Object) bool {
	if inst, ok := o.(*py.Type); ok {
		// A class is never one; its Flags are not read (a Go type shared
		// by interpreters may be readied, its Flags written, by another
		// interpreter's class statement meanwhile). IsInstanceObject reads
		// Name first, which readying leaves alone.
		if !pyutil.IsInstanceObject(inst) {
			return false
		}
		if inst.Flags&(delTracked|weakCallback) != 0 {
			return !dropInert(inst)
		}
		if inst.Flags&weakTracked != 0 {
			markWeakDropped(inst) // finalize_weak_epoch.go
		}
		return false
	}
	return otherCount.Load() != 0 && weaklyReferenced(o)
}

// dropCachedValues drops the thread's caches that hold values (the
// global-name cache keeps the value of a name after the name is rebound
// or deleted; a class-attribute entry left from an earlier epoch keeps
// the method `del C.m` removed), so that a collection finds the objects
// dropped. Entries of the current epoch stay: what they hold is still
// in its class.
func (t *thread) dropCachedValues() {
	t.globalCache = nil
	epoch := classEpoch.Load()
	for i := range t.attrs {
		if e := &t.attrs[i]; e.epoch != epoch && e.cls != nil {
			*e = attrEntry{}
		}
	}
}

// sweepGarbage does, before the atexit callbacks run, what CPython's
// reference counts have done by then: the __del__ of every instance that
// is already unreachable is called and the generators gone are closed
// (unrationed collections, repeated while __del__ calls free more). Only
// what is still reachable is left to the end (finalizeRemaining); so an
// object dropped inside an expression is not finalized after an atexit
// callback changed the working directory or removed its files.
func (t *thread) sweepGarbage() {
	fin := finalizerOf(t.ctx)
	if fin == nil || !fin.enterSweep() {
		return
	}
	defer fin.leaveSweep()
	for round := 0; round < 8; round++ {
		t.dropCachedValues()
		fin.collect()
		t.closeGone(fin, false)
		if t.runReady(fin, false) == 0 {
			break
		}
	}
}
