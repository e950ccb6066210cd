// Package pycollections makes collections.deque's common calls in Go.
//
// deque is a Python class in Lib/modules/collections (its subclassing,
// pickling, weak references, repr and comparisons come with that); its
// items are the instance's _cells list from index _head on, _limit is its
// maxlen and _changes counts changes of length for its iterators. The
// module _collections_accel puts a Go method in place of each hot method
// of the class and of its two iterator classes (append, appendleft, pop,
// popleft, __len__, __bool__, __next__): the Go method works on those same
// attributes, exactly as the Python one does, so the two kinds of method
// mix freely. When anything is not the common case (keyword arguments, an
// attribute missing or of another type, an iterator over a derived class
// that may define its own __len__), the Go method calls the Python one it
// replaced, kept on the class as _py_<name>, which decides.
package pycollections

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = "Go versions of collections.deque's hot methods, installed over the Python ones."

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_collections_accel", Doc: moduleDoc},
		Methods: []*py.Method{
			pyutil.MustNewMethod("_deque_accelerate", dequeAccelerate, 0,
				"_deque_accelerate(deque, iterator, reverse_iterator) -> None\n\nReplace the hot methods of collections.deque and of its iterator classes with Go ones."),
		},
	})
}

// fast is the Go half of one accelerated method: ok false means "not the
// common case", and the Python method is called instead.
type fast func(self py.Object, d py.StringDict, args py.Tuple) (res py.Object, ok bool, err error)

// dequeAccelerate is _deque_accelerate(deque, iterator, reverse_iterator).
func dequeAccelerate(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, pyutil.TypeErrorf("_deque_accelerate() takes 3 classes")
	}
	var classes [3]*py.Type
	for i, a := range args {
		cls, ok := pyutil.IsClass(a)
		if !ok {
			return nil, pyutil.TypeErrorf("_deque_accelerate() takes 3 classes")
		}
		classes[i] = cls
	}
	deque := classes[0]
	install(deque, "collections.deque", "append", methO, dequeAppend)
	install(deque, "collections.deque", "appendleft", methO, dequeAppendleft)
	install(deque, "collections.deque", "pop", methNoArgs, dequePop)
	install(deque, "collections.deque", "popleft", methNoArgs, dequePopleft)
	install(deque, "collections.deque", "__len__", slotNoArgs, dequeLen)
	install(deque, "collections.deque", "__bool__", slotNoArgs, dequeBool)
	// The reverse iterator inherits the forward one's Python __next__:
	// take it before the forward class's is replaced.
	install(classes[2], "_collections._deque_reverse_iterator", "__next__", slotNoArgs, iteratorNext(deque, true))
	install(classes[1], "_collections._deque_iterator", "__next__", slotNoArgs, iteratorNext(deque, false))
	return py.None, nil
}

// The argument conventions of CPython's methods, for their errors.
const (
	methO      = iota // one positional argument
	methNoArgs        // none
	slotNoArgs        // a slot wrapper (__len__, __next__): none
)

// checkArgs gives CPython's TypeError for a call of the method name,
// taking the convention conv, with args and kwargs.
func checkArgs(name string, conv int, args py.Tuple, kwargs py.StringDict) error {
	switch conv {
	case methO:
		if len(kwargs) != 0 {
			return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
		}
	case methNoArgs:
		if len(kwargs) != 0 {
			return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
		}
		if len(args) != 0 {
			return pyutil.TypeErrorf("%s() takes no arguments (%d given)", name, len(args))
		}
	default:
		if len(kwargs) != 0 {
			return pyutil.TypeErrorf("wrapper %s doesn't take keyword arguments", name)
		}
		if len(args) != 0 {
			return pyutil.TypeErrorf("expected 0 arguments, got %d", len(args))
		}
	}
	return nil
}

// install puts in cls (named typeName in errors, as CPython's C type is)
// a Go method name running f, which falls back on the Python method it
// hides when the instance's storage is not what f expects.
func install(cls *py.Type, typeName, name string, conv int, f fast) {
	pyFn := cls.Lookup(name) // the class's own, or inherited
	if pyFn == nil {
		return
	}
	// gpython's constructor, not pyutil's: pyutil records each method for
	// the life of the process, and this one (its closure holds cls)
	// belongs to one interpreter.
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if self == nil || self.Type() == py.ModuleType {
			// called on the class: deque.append(d, x)
			if len(args) == 0 {
				return nil, pyutil.TypeErrorf("descriptor '%s' of '%s' object needs an argument", name, typeName)
			}
			self, args = args[0], args[1:]
			if !self.Type().IsSubtype(cls) {
				return nil, pyutil.TypeErrorf("descriptor '%s' requires a '%s' object but received a '%s'", name, typeName, pyutil.TypeName(self))
			}
		}
		if err := checkArgs(name, conv, args, kwargs); err != nil {
			return nil, err
		}
		if inst, ok := self.(*py.Type); ok && pyutil.IsInstanceObject(inst) && inst.Dict != nil {
			res, ok, err := f(self, inst.Dict, args)
			if ok {
				return res, err
			}
		}
		return fallback(pyFn, self, args, kwargs)
	}, 0, docOf(pyFn))
	m.Flags |= vm.ArgsBorrowed
	vm.TakesInstance(m)
	cls.Dict["_py_"+name] = pyFn
	cls.Dict[name] = m
}

// fallback calls the Python method fn with self (when not nil) and args.
func fallback(fn, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	full := make(py.Tuple, 0, len(args)+1)
	if self != nil {
		full = append(full, self)
	}
	full = append(full, args...)
	return vm.Call(fn, full, kwargs)
}

// docOf is a Python function's docstring, or "".
func docOf(fn py.Object) string {
	if f, ok := fn.(*py.Function); ok {
		if s, ok := f.Doc.(py.String); ok {
			return string(s)
		}
	}
	return ""
}
