// Package weakref registers the Python module "_weakref", the native half
// of Lib/modules/weakref.py: the weak reference type (weakref.ref), over
// Go's weak pointers, with callbacks, getweakrefcount and getweakrefs.
//
// Go frees an object at a garbage collection, not at its last reference
// as CPython's reference counting does: a weak reference answers None,
// and its callback runs, once a collection has found the object
// unreachable. gc.collect() (modules/gc) collects and then runs the
// callbacks of the references whose objects died; so does the loop where
// a name drops a referent (vm/finalize_weak.go); other calls into this
// module run pending callbacks too.
package weakref

import (
	"fmt"
	"reflect"
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/gc"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// ReferenceType is the Python type "weakref" (weakref.ref).
var ReferenceType = py.NewTypeX("weakref", refDoc, nil, nil)

const refDoc = "ref(object[, callback]) -- create a weak reference to 'object'; when 'object'\nis about to be finalized, 'callback' will be called and passed a reference to 'object'."

// ref is a weak reference: the referent's address as a weak pointer and
// its Go type, to rebuild the py.Object while it lives.
type ref struct {
	target   weak.Pointer[byte]
	goType   reflect.Type
	callback py.Object // nil when there is none (or it ran)
	hash     int64
	hashed   bool
	// sub marks the value of an instance of a class derived from
	// weakref (never shared as an object's plain reference); owner is
	// that instance once its __init__ ran, what callbacks and
	// getweakrefs() see
	sub   bool
	owner py.Object
}

// object is r as Python sees it: the instance of a derived class that
// holds it, or r itself.
func (r *ref) object() py.Object {
	if r.owner != nil {
		return r.owner
	}
	return r
}

// Type returns ReferenceType.
func (*ref) Type() *py.Type { return ReferenceType }

// get returns the referent, or nil once it has been collected. A
// referent dropped from a name since the last collection is settled
// first (vm.SettleReferent): the drop left its collection to this moment.
func (r *ref) get() py.Object {
	vm.SettleReferent(r.target, r.goType == instanceType)
	p := r.target.Value()
	if p == nil {
		return nil
	}
	return reflect.NewAt(r.goType.Elem(), unsafe.Pointer(p)).Interface().(py.Object)
}

// instanceType is the Go type of a Python class's instances (and of
// classes: SettleReferent looks at their flags only for instances).
var instanceType = reflect.TypeOf((*py.Type)(nil))

// The registry: per referent, its weak references (weakly held, so that a
// dropped reference is not counted and its callback does not run, as in
// CPython), newest last; and every reference with a callback, which
// runPending scans for dead referents.
var (
	mu       sync.Mutex
	byTarget = map[weak.Pointer[byte]][]weak.Pointer[ref]{}
	armed    []weak.Pointer[ref]
	deaths   atomic.Bool // a referent died since the last runPending
	// watching is set while armed may hold a reference with a callback
	// whose referent lives: a wait's collection could then find it dead
	watching atomic.Bool
	// lastScan is vm.CollectionsRun() when the loop's hook last ran
	// callDue
	lastScan atomic.Uint64
)

// notWeakrefable lists the built-in types CPython refuses weak references
// to; values that are not Go pointers are refused as well.
var notWeakrefable = map[string]bool{
	"int": true, "bool": true, "float": true, "complex": true, "str": true,
	"bytes": true, "bytearray": true, "tuple": true, "list": true,
	"dict": true, "NoneType": true, "range": true, "slice": true,
	"NotImplementedType": true, "ellipsis": true, "method-wrapper": true,
	"iterator": true, "list_iterator": true, "tuple_iterator": true,
	"str_iterator": true, "range_iterator": true, "bytes_iterator": true,
	"set_iterator": true, "callable_iterator": true, "enumerate": true,
	"zip": true, "map": true, "filter": true, "reversed": true,
	"property": true, "classmethod": true, "staticmethod": true,
	"super": true, "cell": true, "object": true,
}

// pointerOf returns o's address and Go type when o can be weakly
// referenced, or CPython's TypeError.
func pointerOf(o py.Object) (unsafe.Pointer, reflect.Type, error) {
	rv := reflect.ValueOf(o)
	t := o.Type()
	builtin := t != nil && notWeakrefable[t.Name] && !isScriptClass(t)
	if t != nil && isScriptClass(t) && !classTakesWeakrefs(t) {
		builtin = true
	}
	if _, ok := o.(*py.Exception); ok && !isScriptClass(t) {
		builtin = true // 3.6's built-in exceptions take no weak references
	}
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Type().Elem().Size() == 0 || builtin {
		return nil, nil, pyutil.TypeErrorf("cannot create weak reference to '%s' object", pyutil.TypeName(o))
	}
	return rv.UnsafePointer(), rv.Type(), nil
}

// classTakesWeakrefs reports whether instances of the script class t
// may be weakly referenced, as CPython 3.6 decides from the layout: its
// built-in base takes them itself (set, a function), or a class along
// its MRO adds the __weakref__ slot, which a class without __slots__
// does unless its base stores its value in variable-sized instances
// (int, tuple, bytes), and a class whose __slots__ names __weakref__
// always does.
func classTakesWeakrefs(t *py.Type) bool {
	var base *py.Type
	for _, b := range t.Mro {
		if bt, ok := b.(*py.Type); ok && !isScriptClass(bt) {
			base = bt
			break
		}
	}
	varSized := false
	if base != nil {
		switch base.Name {
		case "int", "bool", "tuple", "bytes":
			varSized = true
		}
		if base != py.ObjectType && !notWeakrefable[base.Name] && !base.IsSubtype(py.BaseException) {
			return true
		}
	}
	for _, b := range t.Mro {
		bt, ok := b.(*py.Type)
		if !ok || !isScriptClass(bt) {
			continue
		}
		slots, ok := vm.ClassSlots(bt) // as the class was made
		if !ok {
			if !varSized {
				return true
			}
			continue
		}
		if slotsName(slots, "__weakref__") {
			return true
		}
	}
	return false
}

// slotsName reports whether a class's __slots__ value lists name.
func slotsName(slots py.Object, name string) bool {
	var items []py.Object
	switch v := slots.(type) {
	case py.String:
		return string(v) == name
	case py.Tuple:
		items = v
	case *py.List:
		items = v.Items
	default:
		return true // an unusual container: allow, as before
	}
	for _, it := range items {
		if s, ok := it.(py.String); ok && string(s) == name {
			return true
		}
	}
	return false
}

// isScriptClass reports whether t was made by a class statement (a
// script's subclass of list or dict may be weakly referenced).
func isScriptClass(t *py.Type) bool { return t.Flags&py.TPFLAGS_HEAPTYPE != 0 }

// newRef makes a weak reference to o, or returns o's existing plain one
// when there is no callback (CPython shares it); sub makes a new one
// always, for an instance of a derived class. Unless quiet (the
// references the module's containers keep) or without a callback, the
// loop is asked to collect when a name drops o, so that o dies there as
// in CPython; a quiet reference to an instance has the drop counted
// (vm.WeakDropEpoch), which the containers settle when asked.
func newRef(o, callback py.Object, sub, quiet bool) (*ref, error) {
	p, goType, err := pointerOf(o)
	if err != nil {
		return nil, err
	}
	if callback == py.None {
		callback = nil
	}
	key := weakKey(p)
	mu.Lock()
	defer mu.Unlock()
	all, present := byTarget[key]
	refs := all[:0]
	for _, wr := range all { // drop the references that were collected
		if wr.Value() != nil {
			refs = append(refs, wr)
		}
	}
	clear(all[len(refs):])
	if present {
		byTarget[key] = refs
	}
	if callback == nil && !sub {
		for _, wr := range refs {
			if r := wr.Value(); r != nil && r.callback == nil && !r.sub {
				return r, nil
			}
		}
	}
	r := &ref{target: key, goType: goType, callback: callback, sub: sub}
	wr := weak.Make(r)
	watch := vm.WatchReferent
	switch {
	case quiet && goType != instanceType:
		watch = func(py.Object) bool { return false }
	case quiet, callback == nil:
		watch = vm.WatchPlainReferent
	}
	// the address is kept as a number, which keeps nothing alive
	watched := watch(o)
	if quiet && callback != nil && goType == instanceType { // a store, not a lookup
		vm.NoteWeakStore()
	}
	switch {
	case !present:
		// the first reference to o: forget o's entry when o dies (and
		// undo the watch)
		runtime.AddCleanup((*byte)(p), targetDied, death{key, uintptr(p), watched})
	case watched:
		runtime.AddCleanup((*byte)(p), vm.ReferentGone, uintptr(p))
	}
	byTarget[key] = append(refs, wr)
	if callback != nil {
		armed = append(armed, wr)
		watching.Store(true)
	}
	return r, nil
}

// weakKey is the registry's key for the object at p.
func weakKey(p unsafe.Pointer) weak.Pointer[byte] { return weak.Make((*byte)(p)) }

// targetDied runs on the runtime's cleanup goroutine once a referent is
// unreachable: it drops the referent's entry and flags that callbacks
// may be due.
func targetDied(d death) {
	mu.Lock()
	delete(byTarget, d.key)
	mu.Unlock()
	if d.watched {
		vm.ReferentGone(d.addr)
	}
	deaths.Store(true)
}

// death is what targetDied needs of a referent: its registry key, and
// its address when vm.WatchReferent marked it.
type death struct {
	key     weak.Pointer[byte]
	addr    uintptr
	watched bool
}

// callDue calls, newest first, the callbacks of the live references
// whose referents have died; an exception in a callback is reported on
// stderr and ignored, as CPython does.
//
// A callback runs in the interpreter its code belongs to. One of another
// interpreter stays due for that interpreter's next run (calling into it
// from here, holding this interpreter's lock while another goroutine
// holds that one's and does the same, would deadlock); one of a closed
// interpreter is dropped. It reports how many callbacks it called.
func callDue() int {
	current := vm.CurrentContext()
	mu.Lock()
	var due []*ref
	kept := armed[:0]
	var cbs []py.Object
	deferred := false
	for _, wr := range armed {
		r := wr.Value()
		if r == nil || r.callback == nil {
			continue // the reference itself is gone: no callback, as in CPython
		}
		if r.target.Value() != nil {
			kept = append(kept, wr)
			continue
		}
		owner := vm.OwnerContext(r.callback)
		switch {
		case owner != nil && !vm.ContextLive(owner):
			r.callback = nil
		case owner != nil && current != nil && owner != current:
			kept = append(kept, wr)
			deferred = true
		default:
			due = append(due, r)
			cbs = append(cbs, r.callback)
			r.callback = nil
		}
	}
	clear(armed[len(kept):])
	armed = kept
	watching.Store(len(kept) > 0)
	deaths.Store(deferred)
	mu.Unlock()
	for i := len(due) - 1; i >= 0; i-- {
		r, cb := due[i], cbs[i]
		if _, err := vm.Call(cb, py.Tuple{r.object()}, nil); err != nil {
			reportIgnored(cb, err)
		}
	}
	return len(due)
}

// runPending is callDue for gc.OnCollect and the module's functions.
func runPending() error {
	callDue()
	return nil
}

// maybeRunPending runs the callbacks due when a referent died since the
// last run.
func maybeRunPending() {
	if deaths.Load() {
		_ = runPending()
	}
}

// reportIgnored prints "Exception ignored in: <callback>" and the
// exception's traceback on stderr, as CPython does for an error in a
// weakref callback.
func reportIgnored(cb py.Object, err error) {
	s, rerr := pyrepr.Repr(cb)
	if rerr != nil {
		s = "<" + pyutil.TypeName(cb) + " object>"
	}
	fmt.Fprintf(stderr(), "Exception ignored in: %s\n%s", s, pyutil.FormatException(err))
}

func init() {
	gc.OnCollect(runPending)
	// a name that drops a referent runs a collection: the callbacks of
	// the references that died then run at once
	// (after a collection, or once the runtime's own found a referent
	// dead: the loop calls the hooks at every drop point, and a scan of
	// every armed reference at each would cost as much as the drop)
	vm.OnCollected(func() int {
		if !watching.Load() {
			return 0
		}
		if n := vm.CollectionsRun(); n != lastScan.Load() {
			lastScan.Store(n)
		} else if !deaths.Load() {
			return 0
		}
		return callDue()
	})
	// a thread blocked in a lock wait or a sleep runs the callbacks of
	// what it dropped before, as CPython runs them at the drop
	vm.OnWait(watching.Load, deaths.Load, maybeRunPending)
}
