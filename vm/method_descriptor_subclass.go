package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Classes derived from classmethod and staticmethod (class MyCM(classmethod)),
// as in CPython 3.6: an instance carries a *py.ClassMethod or
// *py.StaticMethod value (pyutil.BuiltinValue) whose function
// classmethod.__init__ sets; the class gets a __get__ slot (unless it
// defines its own), so that the loop's attribute lookup, which asks
// Python classes for that method, binds the instances as the built-in
// decorators bind. __func__ and __isabstractmethod__ read the value.

// methodDescriptorFunc returns the function of a classmethod or
// staticmethod, or of an instance of a subclass of either, and whether o
// is one of those.
func methodDescriptorFunc(o py.Object) (fn py.Object, isCM, ok bool) {
	switch v := pyutil.Unwrap(o).(type) {
	case *py.ClassMethod:
		return v.Callable, true, true
	case *py.StaticMethod:
		return v.Callable, false, true
	}
	return nil, false, false
}

// initMethodDescriptor is classmethod.__init__(function) or
// staticmethod.__init__(function) on v, the value of an instance; ok
// reports whether v is one of those.
func initMethodDescriptor(v py.Object, args py.Tuple, kwargs py.StringDict) (ok bool, err error) {
	kind := "staticmethod"
	switch v.(type) {
	case *py.ClassMethod:
		kind = "classmethod"
	case *py.StaticMethod:
	default:
		return false, nil
	}
	// CPython 3.6 checks the count first, then the keywords.
	if err := pyarg.UnpackCount(kind, args, 1, 1); err != nil {
		return true, err
	}
	if len(kwargs) != 0 {
		return true, py.ExceptionNewf(py.TypeError, "%s does not take keyword arguments", kind)
	}
	switch d := v.(type) {
	case *py.ClassMethod:
		d.Callable = args[0]
	case *py.StaticMethod:
		d.Callable = args[0]
	}
	return true, nil
}

// methodDescriptorGet is __get__(self, obj, type=None) of classmethod and
// staticmethod, for their instances and their subclasses'.
func methodDescriptorGet(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "__get__() takes no keyword arguments")
	}
	if len(args) < 2 || len(args) > 3 {
		return nil, oneOrTwoArgs(len(args) - 1)
	}
	fn, isCM, ok := methodDescriptorFunc(args[0])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__get__' requires a 'classmethod' or 'staticmethod' object but received a '%s'", typeName(args[0]))
	}
	kind := "staticmethod"
	if isCM {
		kind = "classmethod"
	}
	if fn == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "uninitialized %s object", kind)
	}
	if !isCM {
		return fn, nil
	}
	var owner py.Object
	if len(args) == 3 && args[2] != py.None {
		owner = args[2]
	} else if args[1] != py.None {
		owner = args[1].Type()
	} else {
		return nil, py.ExceptionNewf(py.TypeError, "__get__(None, None) is invalid")
	}
	return py.NewBoundMethod(owner, fn), nil
}

var methodDescriptorGetSlot = &slotFunc{name: "__get__", fn: methodDescriptorGet}

// installMethodDescriptorSlots gives a class derived from classmethod or
// staticmethod the __get__ it does not define itself.
func installMethodDescriptorSlots(cls *py.Type) {
	if userMethod(cls, "__get__") == nil {
		cls.Dict["__get__"] = methodDescriptorGetSlot
	}
}

func init() {
	for _, t := range []*py.Type{py.ClassMethodType, py.StaticMethodType} {
		name := t.Name
		t.Dict["__get__"] = methodDescriptorGetSlot
		t.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			base := py.ClassMethodType
			if name == "staticmethod" {
				base = py.StaticMethodType
			}
			self, args, err := methodSelf(base, "__init__", self, args)
			if err != nil {
				return nil, err
			}
			v := pyutil.Unwrap(self)
			if v.Type() != base {
				return nil, wrongReceiver(base, "__init__", self)
			}
			if _, err := initMethodDescriptor(v, args, kwargs); err != nil {
				return nil, err
			}
			return py.None, nil
		}, 0, "Set the function this descriptor wraps.")
		t.Dict["__func__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			fn, _, ok := methodDescriptorFunc(self)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__func__' for '%s' objects doesn't apply to a '%s' object", name, typeName(self))
			}
			return orNone(fn), nil
		}}
		t.Dict["__isabstractmethod__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			fn, _, ok := methodDescriptorFunc(self)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__isabstractmethod__' for '%s' objects doesn't apply to a '%s' object", name, typeName(self))
			}
			if fn == nil {
				return py.False, nil
			}
			v, err := GetAttr(fn, "__isabstractmethod__")
			if err != nil {
				if py.IsException(py.AttributeError, err) {
					return py.False, nil
				}
				return nil, err
			}
			b, err := Truth(v)
			return py.NewBool(b), err
		}}
	}
}
