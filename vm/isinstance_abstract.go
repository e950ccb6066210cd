package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// isinstance and issubclass accept, besides classes, any object that
// looks like one: an object whose __bases__ is a tuple. Membership is
// then walked through __bases__ from the instance's __class__, as
// CPython's abstract_issubclass does (Objects/abstract.c). The builtins
// (modules/host) handle classes, tuples and the __instancecheck__ /
// __subclasscheck__ hooks; these functions are what is left.

// abstractBases is getattr(o, "__bases__") when that is a tuple: ok is
// false when o has none (an AttributeError, which is dropped) or it is not
// a tuple; any other error is returned.
func abstractBases(o py.Object) (bases py.Tuple, ok bool, err error) {
	v, err := GetAttr(o, "__bases__")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	bases, ok = v.(py.Tuple)
	return bases, ok, nil
}

// requireClassLike fails with TypeError(message) unless o has a tuple
// __bases__ (CPython's check_class).
func requireClassLike(o py.Object, message string) error {
	_, ok, err := abstractBases(o)
	if err != nil {
		return err
	}
	if !ok {
		return py.ExceptionNewf(py.TypeError, "%s", message)
	}
	return nil
}

// abstractDerives reports whether cls is derived or one of its
// ancestors through __bases__; a chain of single bases is followed
// without nesting.
func abstractDerives(derived, cls py.Object) (bool, error) {
	for derived != cls {
		bases, ok, err := abstractBases(derived)
		if err != nil || !ok || len(bases) == 0 {
			return false, err
		}
		if len(bases) == 1 {
			derived = bases[0]
			continue
		}
		for _, b := range bases {
			r, err := WithNesting(" in __issubclass__", func() (bool, error) {
				return abstractDerives(b, cls)
			})
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	return true, nil
}

// IsInstanceClassLike is isinstance(obj, cls) for a cls that is neither
// a class nor a tuple and has no __instancecheck__: obj.__class__ (none
// means False) derived from cls through __bases__.
func IsInstanceClassLike(obj, cls py.Object) (bool, error) {
	if err := requireClassLike(cls, "isinstance() arg 2 must be a type or tuple of types"); err != nil {
		return false, err
	}
	c, err := GetAttr(obj, "__class__")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return false, nil
		}
		return false, err
	}
	return abstractDerives(c, cls)
}

// IsSubclassClassLike is issubclass(derived, cls) when one of them is not
// a class (and cls is no tuple and has no __subclasscheck__): both must
// look like classes, and derived reach cls through __bases__.
func IsSubclassClassLike(derived, cls py.Object) (bool, error) {
	if err := requireClassLike(derived, "issubclass() arg 1 must be a class"); err != nil {
		return false, err
	}
	if err := requireClassLike(cls, "issubclass() arg 2 must be a class or tuple of classes"); err != nil {
		return false, err
	}
	return abstractDerives(derived, cls)
}

// InstanceClassAttr is obj.__class__ when it names a class other than
// type(obj) (a property can): isinstance then also asks that class. An
// AttributeError means there is none; other errors are returned.
func InstanceClassAttr(obj py.Object) (*py.Type, error) {
	c, err := GetAttr(obj, "__class__")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return nil, nil
		}
		return nil, err
	}
	if ct, ok := pyutil.IsClass(c); ok && ct != obj.Type() {
		return ct, nil
	}
	return nil, nil
}

// WithNesting runs check one level of Go nesting deeper on the calling
// thread: past the recursion limit it fails with RecursionError (where is
// the message's tail, " in __instancecheck__"), as a deeply nested tuple
// of classes does in CPython.
func WithNesting(where string, check func() (bool, error)) (bool, error) {
	if t := heldThread(); t != nil {
		if err := t.enterNested(where); err != nil {
			return false, err
		}
		defer t.leaveNested()
	}
	return check()
}
