package vm

import (
	"reflect"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Weak references dying at the drop.
//
// CPython clears a weak reference, and calls its callback, when the last
// strong reference to the referent goes: `del x` and the reference
// answers None. Here a referent dies at a collection. So that the points
// where the loop looks for dropped objects (`del name`, a store over a
// name, the return of a function: finalize.go) see a referent as they
// see an instance with __del__, the weakref module marks each referent
// with WatchReferent: an instance gets weakTracked in its Flags, any
// other Go object (a lock, a function) goes in otherReferents. Dropping
// a marked object from a name then runs a collection (rationed as for
// __del__), after which the hooks registered with OnCollected (the
// weakref callbacks) run. An instance that only references without a
// callback point to (WatchPlainReferent) costs no collection when
// dropped: nothing happens at its death that the script sees until it
// asks one of those references, so the reference settles it then
// (SettleReferent). Classes are not marked: the ABC registries hold
// every abstract class weakly, and dropping a class is rare.

// weakTracked marks, in an instance's Flags, an instance some weak
// reference points to (or pointed to); weakCallback one that a reference
// with a callback (or a watcher such as an unclosed socket's warning)
// points to: dropping it runs a collection. Dropping one that only plain
// references point to costs none: it is marked weakDropped, and the
// collection runs when one of its references is asked for the referent
// (SettleReferent), the first moment the script can tell.
const (
	weakTracked  uint = 1 << 41
	weakCallback uint = 1 << 43
	weakDropped  uint = 1 << 44
)

// otherReferents holds the addresses of the weakly referenced objects
// that are not instances (keys only: the address of a dead object may be
// reused by a new one, which costs at most one needless collection);
// otherCount counts them, so that while it is zero a drop costs nothing.
var (
	otherReferents sync.Map // uintptr -> struct{}
	otherCount     atomic.Int64
)

// weakInsts counts the instances marked by WatchReferent and not yet
// dead: while it is not zero, a dropped list, tuple or dict has its first
// items looked at (finalize.go).
var weakInsts atomic.Int64

// WatchReferent marks o, which a new weak reference points to, so that
// dropping it from a name runs a collection. It reports whether o was
// marked; the caller then calls ReferentGone with o's address once o
// died (kept as a uintptr, which does not keep o alive).
func WatchReferent(o py.Object) bool {
	return watch(o, weakCallback)
}

// WatchPlainReferent is WatchReferent for a reference without a
// callback: dropping o, an instance, only marks it, and the reference
// settles it (SettleReferent) before it answers.
func WatchPlainReferent(o py.Object) bool {
	return watch(o, 0)
}

func watch(o py.Object, flags uint) bool {
	if inst, ok := o.(*py.Type); ok {
		if !pyutil.IsInstanceObject(inst) {
			return false
		}
		if inst.Flags&weakTracked != 0 {
			inst.Flags |= flags
			return false
		}
		inst.Flags |= weakTracked | flags
		trackedGens.Add(1)
		weakInsts.Add(1)
		return true
	}
	rv := reflect.ValueOf(o)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return false
	}
	if _, loaded := otherReferents.LoadOrStore(uintptr(rv.UnsafePointer()), struct{}{}); loaded {
		return false
	}
	otherCount.Add(1)
	trackedGens.Add(1)
	return true
}

// ReferentGone undoes WatchReferent for the object that was at p, after
// it died (from the runtime's cleanup goroutine).
func ReferentGone(p uintptr) {
	if _, ok := otherReferents.LoadAndDelete(p); ok {
		otherCount.Add(-1)
	} else {
		weakInsts.Add(-1)
	}
	trackedGens.Add(-1)
}

// SettleReferent runs, for a weak reference about to answer, the
// collection that dropping its referent skipped: when w's referent is an
// instance marked weakDropped, a (rationed) collection, after which an
// instance still alive loses the mark. inst says that the referent is a
// *py.Type. The caller holds the interpreter lock.
func SettleReferent(w weak.Pointer[byte], inst bool) {
	if !inst || !referentDropped(w) {
		return
	}
	SettleWeakRefs()
	if p := w.Value(); p != nil {
		(*py.Type)(unsafe.Pointer(p)).Flags &^= weakDropped
	} else if c := currentContext(); c != nil {
		if fin := finalizerOf(c); fin != nil {
			fin.settledProductive() // finalize_ration.go
		}
	}
}

// SettleWeakRefs runs a (rationed) collection before the weakref module
// answers a question whose answer a drop CPython would have acted on at
// once may change: how many weak references an object has (a dropped
// reference no longer counts), whether a dropped referent lives. The
// caller holds the interpreter lock.
func SettleWeakRefs() {
	c := currentContext()
	if c == nil {
		return
	}
	if t, ok := c.gil.State().(*thread); ok {
		t.sweep(true, false, nil)
	}
}

// referentDropped reports whether w's referent, a *py.Type, lives and
// is marked weakDropped (without keeping it alive past the call).
func referentDropped(w weak.Pointer[byte]) bool {
	p := w.Value()
	return p != nil && (*py.Type)(unsafe.Pointer(p)).Flags&weakDropped != 0
}

// weaklyReferenced reports whether o, a value dropped from a name, is
// marked by WatchReferent.
func weaklyReferenced(o py.Object) bool {
	switch o := o.(type) {
	case *py.Type:
		return o.Flags&weakCallback != 0 && pyutil.IsInstanceObject(o)
	case nil, py.Int, py.String, py.Float, py.Bool, py.NoneType, py.Tuple:
		return false
	}
	if otherCount.Load() == 0 {
		return false
	}
	rv := reflect.ValueOf(o)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return false
	}
	_, ok := otherReferents.Load(uintptr(rv.UnsafePointer()))
	return ok
}

// collectedHooks run after the loop's collections and __del__ calls.
var collectedHooks []func() int

// OnCollected registers f to run, under the interpreter lock, after each
// point where the loop collected (or ran the __del__ methods due): the
// weakref module runs the callbacks of the references that died. f
// reports how many it ran (gc.collect() runs another collection while
// they free more). Registration happens in package init functions.
func OnCollected(f func() int) {
	collectedHooks = append(collectedHooks, f)
}

func runCollectedHooks() int {
	n := 0
	for _, f := range collectedHooks {
		n += f()
	}
	return n
}
