package vm

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// Methods of Go-implemented types taken from the class (date.isoformat,
// type(c).flush) are plain *py.Method values: called, gpython passes the
// instance as an argument and no self. The loop resolves them here, in one
// place: the first argument becomes self when it is an instance of the
// type that owns the method.

// methodOwners maps a method read from a Go type's namespace through a
// class to the type whose dict holds it.
var methodOwners sync.Map // *py.Method -> *py.Type

// noteMethodOwner records the owner of r, the value of attribute name
// read from class t, when r is a method of a Go type.
func noteMethodOwner(t *py.Type, name string, r py.Object) {
	m, ok := r.(*py.Method)
	if !ok || m.Module != nil || m.Flags&(py.METH_CLASS|py.METH_STATIC) != 0 {
		return
	}
	if _, ok := methodOwners.Load(m); ok {
		return
	}
	for bt := range typeChain(t) {
		if bt.Dict[name] == py.Object(m) {
			if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
				methodOwners.Store(m, bt)
			}
			return
		}
	}
}

// typeChain yields t and its bases: the MRO, or the Base chain of a Go
// type that was never readied.
func typeChain(t *py.Type) func(yield func(*py.Type) bool) {
	return func(yield func(*py.Type) bool) {
		if len(t.Mro) != 0 {
			for _, b := range t.Mro {
				if bt, ok := b.(*py.Type); ok && !yield(bt) {
					return
				}
			}
			return
		}
		for b := t; b != nil; b = b.Base {
			if !yield(b) {
				return
			}
		}
	}
}

// goMethodReceiver returns the self and the arguments of a call of m with
// args: ok is false when m is called as it is (a function of a module, a
// class or static method, a method not taken from a class, or one whose
// first argument is not an instance of the method's type: the method's
// own code answers that call, as a Go type standing for a Python class
// (hmac.HMAC) must, since its methods are plain functions in CPython).
func goMethodReceiver(m *py.Method, args []py.Object) (self py.Object, rest []py.Object, ok bool) {
	if recv, rest, ok := unboundReceiver(m, args); ok {
		return recv, rest, true
	}
	if len(args) == 0 || m.Module != nil || m.Flags&(py.METH_CLASS|py.METH_STATIC) != 0 {
		return nil, nil, false
	}
	v, known := methodOwners.Load(m)
	if !known || !args[0].Type().IsSubtype(v.(*py.Type)) {
		return nil, nil, false
	}
	return args[0], args[1:], true
}
