package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Iteration for the builtins that consume iterables. Everything goes
// through the loop's one place for iteration, vm.Iter and vm.Next, so that
// a builtin accepts exactly what a for loop accepts: bytes (gpython's own
// py.Iter refuses them), instances of Python classes with __iter__ or only
// __getitem__, generators (resumed on the loop's thread).

// iterate calls fn with each item of o in turn until fn asks to stop or
// returns an error. Items are handed over as they come: what an iterator
// yielded before it raised has been seen by fn.
func iterate(o py.Object, fn func(item py.Object) (stop bool, err error)) error {
	it, err := vm.Iter(o)
	if err != nil {
		return err
	}
	return drain(it, fn)
}

// drain is iterate over an iterator already obtained with vm.Iter.
func drain(it py.Object, fn func(item py.Object) (stop bool, err error)) error {
	for {
		v, ok, err := vm.Next(it)
		if err != nil || !ok {
			return err
		}
		stop, err := fn(v)
		if err != nil || stop {
			return err
		}
	}
}

// collect returns the items of o as a new slice (a list or tuple is copied
// as it is now, like CPython's PySequence_Fast).
func collect(o py.Object) ([]py.Object, error) {
	switch v := o.(type) {
	case py.Tuple:
		return append([]py.Object(nil), v...), nil
	case *py.List:
		return append([]py.Object(nil), v.Items...), nil
	}
	it, err := vm.Iter(o)
	if err != nil {
		return nil, err
	}
	out, err := vm.AppendItems(nil, it)
	if err != nil {
		return nil, err
	}
	return out, nil
}

// instanceClass returns the class of o when o is an instance of a Python
// class (gpython represents those as *py.Type too).
func instanceClass(o py.Object) (*py.Type, bool) {
	if t, ok := o.(*py.Type); ok && isInstanceObject(t) {
		return t.Type(), true
	}
	return nil, false
}

// callSpecial calls the special method name of o, looked up on its class
// as CPython does; found is false when the class has none.
func callSpecial(o py.Object, name string, args ...py.Object) (res py.Object, found bool, err error) {
	cls, ok := instanceClass(o)
	if !ok {
		return nil, false, nil
	}
	m := cls.Lookup(name)
	if m == nil {
		return nil, false, nil
	}
	// bound from the class, as CPython's slots are: o's __getattribute__
	// is not asked
	res, err = vm.CallSpecialMethod(o, m, args...)
	return res, true, err
}

// hasIndex reports whether o can be used as an integer (PyIndex_Check).
func hasIndex(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	case py.Float:
		return false
	}
	if cls, ok := instanceClass(o); ok {
		return cls.Lookup("__index__") != nil
	}
	_, ok := o.(py.I__index__)
	return ok
}

// asIndex is PyNumber_Index: o as an int (py.Int or *py.BigInt; a bool
// becomes 0 or 1), through __index__, with CPython's TypeErrors.
func asIndex(o py.Object) (py.Object, error) {
	switch v := o.(type) {
	case py.Int, *py.BigInt:
		return v, nil
	case py.Bool:
		if v {
			return py.Int(1), nil
		}
		return py.Int(0), nil
	}
	if !hasIndex(o) {
		return nil, pyutil.TypeErrorf("'%s' object cannot be interpreted as an integer", pyutil.TypeName(o))
	}
	r, found, err := callSpecial(o, "__index__")
	if !found {
		r, err = py.Index(o)
	}
	if err != nil {
		return nil, err
	}
	switch v := r.(type) {
	case py.Int, *py.BigInt:
		return v, nil
	case py.Bool:
		return asIndex(v)
	}
	return nil, pyutil.TypeErrorf("__index__ returned non-int (type %s)", pyutil.TypeName(r))
}

// ---- argument checks in CPython 3.6's wording ----

// unpackArgs is PyArg_UnpackTuple's count check: "min expected 1
// arguments, got 0".
func unpackArgs(fn string, args py.Tuple, min, max int) error {
	n := len(args)
	switch {
	case n < min && min == max:
		return pyutil.TypeErrorf("%s expected %d arguments, got %d", fn, min, n)
	case n < min:
		return pyutil.TypeErrorf("%s expected at least %d arguments, got %d", fn, min, n)
	case n > max && min == max:
		return pyutil.TypeErrorf("%s expected %d arguments, got %d", fn, max, n)
	case n > max:
		return pyutil.TypeErrorf("%s expected at most %d arguments, got %d", fn, max, n)
	}
	return nil
}

// noKeywordArgs is the check of a type that takes no keyword arguments
// ("zip() does not take keyword arguments").
func noKeywordArgs(fn string, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return pyutil.TypeErrorf("%s() does not take keyword arguments", fn)
	}
	return nil
}

// keywordArgs sorts arguments into the slots names as CPython 3.6's
// PyArg_ParseTupleAndKeywords does, with its messages; the first required
// ones must be given.
func keywordArgs(fn string, args py.Tuple, kwargs py.StringDict, names []string, required int) ([]py.Object, error) {
	return pyarg.Parse36(fn, args, kwargs, names, required, pyarg.Getargs36)
}
