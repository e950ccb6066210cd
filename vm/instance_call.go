package vm

import "github.com/go-python/gpython/py"

// allocInstance makes an empty instance of the Python class cls. gpython
// represents an instance as a *py.Type, so a Go caller's py.Call on it
// (a signal handler, a callback a Go module stores) reaches
// (*py.Type).M__call__, which makes an instance of its New: the
// instance's New is therefore callInstance, which calls the instance as
// the loop does (its class's __call__, or "object is not callable").
func allocInstance(cls *py.Type) *py.Type {
	inst := cls.Alloc()
	inst.New = callInstance
	trackFinalizable(inst) // finalize.go: a class with __del__
	return inst
}

// callInstance is an instance's New (see allocInstance): py.Call(inst,
// args, kwargs) returns what inst(*args, **kwargs) does. (*py.Type).
// M__call__ runs no __init__ on the result, since the result's class is
// never a subtype of the instance.
func callInstance(inst *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return Call(inst, args, kwargs)
}
