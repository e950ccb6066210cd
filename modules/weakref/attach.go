package weakref

import (
	"reflect"
	"runtime"
	"sync"
	"unsafe"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Values attached to objects for their lifetime.
//
// A module written in Python that keeps data about an object outside the
// object's __dict__ (functools.partial keeps its function and arguments
// so) would key it by id() and drop the entry from a weak reference's
// callback: a weak reference, a callback and, since a dropped referent
// with a callback makes the loop collect, a collection per object. Here
// the value is attached in Go, and nothing runs in Python.
//
// An instance of a Python class keeps the value itself, in its Bases
// field as the pair (attachMark, value): instances leave Bases unused
// but for the one-item form internal/pyutil/builtinvalue.go gives it, so
// a pair is never taken for a built-in value. The value is then reached
// only through its object, and a value that refers back to its object
// (a partial of a bound method of an instance that keeps the partial)
// makes a cycle the runtime frees whole, as CPython's collector does.
//
// Any other object (a Go value that is a pointer) has its entry in a
// table keyed by its address; the entry goes when the runtime finds the
// object unreachable, and nobody can observe when. That entry holds its
// value strongly: a value that refers back to its object keeps the
// object alive.

// attachMark is the first item of an instance's Bases pair that holds
// its attached value.
var attachMark = py.NewType("attached value", "marks an instance's attached value (attach.go)")

// instanceSlot returns the instance object o is when its value can live
// in o itself: an instance of a Python class that carries no built-in
// value.
func instanceSlot(o py.Object) (*py.Type, bool) {
	t, ok := o.(*py.Type)
	if !ok || !pyutil.IsInstanceObject(t) {
		return nil, false
	}
	if len(t.Bases) == 0 || len(t.Bases) == 2 && t.Bases[0] == attachMark {
		return t, true
	}
	return nil, false
}

// attachment is one object's value; owner tells a live object's entry
// from a dead one's whose address a new object took before the runtime
// dropped the old entry.
type attachment struct {
	owner weak.Pointer[byte]
	value py.Object
}

var (
	attachMu sync.Mutex
	attached = map[uintptr]*attachment{}
)

// detachArg is what an entry's cleanup needs: the address and the entry
// it made, which must not be the object itself.
type detachArg struct {
	key   uintptr
	entry *attachment
}

// objectAddress returns o's address when o is a pointer to a value with
// a size, else nil.
func objectAddress(o py.Object) unsafe.Pointer {
	rv := reflect.ValueOf(o)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Type().Elem().Size() == 0 {
		return nil
	}
	return rv.UnsafePointer()
}

// weakref_attach is _weakref._attach(obj, value).
func weakref_attach(_ py.Object, args py.Tuple) (py.Object, error) {
	var obj, value py.Object
	if err := py.UnpackTuple(args, nil, "_attach", 2, 2, &obj, &value); err != nil {
		return nil, err
	}
	if inst, ok := instanceSlot(obj); ok {
		inst.Bases = py.Tuple{attachMark, value}
		return py.None, nil
	}
	p := objectAddress(obj)
	if p == nil {
		return nil, py.ExceptionNewf(py.TypeError, "cannot attach a value to '%s' object", obj.Type().Name)
	}
	key := uintptr(p)
	attachMu.Lock()
	defer attachMu.Unlock()
	a := attached[key]
	if a == nil || a.owner.Value() != (*byte)(p) {
		a = &attachment{owner: weak.Make((*byte)(p))}
		attached[key] = a
		runtime.AddCleanup((*byte)(p), detach, detachArg{key, a})
	}
	a.value = value
	return py.None, nil
}

// detach drops the entry of an object that died, unless a new object at
// the same address has its own entry by now.
func detach(d detachArg) {
	attachMu.Lock()
	if attached[d.key] == d.entry {
		delete(attached, d.key)
	}
	attachMu.Unlock()
}

// weakref_attached is _weakref._attached(obj): the value attached to obj,
// or KeyError.
func weakref_attached(_ py.Object, obj py.Object) (py.Object, error) {
	if inst, ok := instanceSlot(obj); ok {
		if len(inst.Bases) == 2 {
			return inst.Bases[1], nil
		}
		return nil, py.ExceptionNewf(py.KeyError, "no value attached")
	}
	p := objectAddress(obj)
	if p != nil {
		attachMu.Lock()
		a := attached[uintptr(p)]
		attachMu.Unlock()
		if a != nil && a.owner.Value() == (*byte)(p) {
			return a.value, nil
		}
	}
	return nil, py.ExceptionNewf(py.KeyError, "no value attached")
}
