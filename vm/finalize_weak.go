package vm

import (
	"reflect"
	"sync"
	"sync/atomic"

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
// weakref callbacks) run. Classes are not marked: the ABC registries
// hold every abstract class weakly, and dropping a class is rare.

// weakTracked marks, in an instance's Flags, an instance some weak
// reference points to (or pointed to).
const weakTracked uint = 1 << 41

// otherReferents holds the addresses of the weakly referenced objects
// that are not instances (keys only: the address of a dead object may be
// reused by a new one, which costs at most one needless collection);
// otherCount counts them, so that while it is zero a drop costs nothing.
var (
	otherReferents sync.Map // uintptr -> struct{}
	otherCount     atomic.Int64
)

// WatchReferent marks o, which a new weak reference points to, so that
// dropping it from a name runs a collection. It reports whether o was
// marked; the caller then calls ReferentGone with o's address once o
// died (kept as a uintptr, which does not keep o alive).
func WatchReferent(o py.Object) bool {
	if inst, ok := o.(*py.Type); ok {
		if !pyutil.IsInstanceObject(inst) || inst.Flags&weakTracked != 0 {
			return false
		}
		inst.Flags |= weakTracked
		trackedGens.Add(1)
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
	}
	trackedGens.Add(-1)
}

// weaklyReferenced reports whether o, a value dropped from a name, is
// marked by WatchReferent.
func weaklyReferenced(o py.Object) bool {
	switch o := o.(type) {
	case *py.Type:
		return o.Flags&weakTracked != 0 && pyutil.IsInstanceObject(o)
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
