package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The __format__ methods of int, float, complex, str and object, which gpython's
// types lack: int.__format__(x, spec) called on the class, a subclass's
// super().__format__(spec), and format() of an instance whose class
// inherits one all reach the built-in formatting (formatValue).

// formatMethods are the installed methods, which formatValue does not
// call for an instance: it formats the instance as they would, keeping
// the instance (their receiver is its built-in value).
var formatMethods = map[py.Object]bool{}

// installFormatMethods puts them in the types' Dicts; object's goes with
// object's other methods (vm.SetObjectMethod), so that an instance's
// bound __format__ is a built-in method, not a Python method.
func installFormatMethods() {
	vm.SetObjectMethod("__format__", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			return nil, pyutil.TypeErrorf("__format__() takes no keyword arguments")
		}
		return formatMethod(py.ObjectType, args[0], args[1:])
	})
	for _, t := range []*py.Type{py.IntType, py.FloatType, py.ComplexType, py.StringType} {
		owner := t
		m := py.MustNewMethod("__format__", func(self py.Object, args py.Tuple) (py.Object, error) {
			return formatMethod(owner, self, args)
		}, 0, "Format the value as the format specification says (format(value, spec)).")
		t.Dict["__format__"] = m
		formatMethods[m] = true
		vm.TakesInstance(m)
	}
}

// formatMethod is owner.__format__(self, spec). gpython passes a method
// called on the class (int.__format__(5, "d")) a nil module as self and
// the instance first in args.
func formatMethod(owner *py.Type, self py.Object, args py.Tuple) (py.Object, error) {
	if m, ok := self.(*py.Module); ok && m == nil {
		if len(args) == 0 {
			return nil, pyutil.TypeErrorf("descriptor '__format__' of '%s' object needs an argument", owner.Name)
		}
		self, args = args[0], args[1:]
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("__format__() takes exactly 1 argument (%d given)", len(args))
	}
	spec, ok := args[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("__format__() argument 1 must be str, not %s", pyutil.TypeName(args[0]))
	}
	value := self
	if v, ok := pyutil.BuiltinValue(self); ok {
		value = v
	}
	if !formats(owner, value) {
		return nil, pyutil.TypeErrorf("descriptor '__format__' requires a '%s' object but received a '%s'", owner.Name, pyutil.TypeName(self))
	}
	if spec == "" {
		// str(self): the class's own __str__ when it has one.
		s, err := strOf(self)
		return s, err
	}
	if owner == py.ObjectType {
		return nil, pyutil.TypeErrorf("unsupported format string passed to %s.__format__", pyutil.TypeName(self))
	}
	s, err := formatValue(value, string(spec))
	return py.String(s), err
}

// formats reports whether owner.__format__ takes value.
func formats(owner *py.Type, value py.Object) bool {
	switch value.(type) {
	case py.Int, *py.BigInt, py.Bool:
		return owner == py.IntType || owner == py.ObjectType
	case py.Float:
		return owner == py.FloatType || owner == py.ObjectType
	case py.Complex:
		return owner == py.ComplexType || owner == py.ObjectType
	case py.String:
		return owner == py.StringType || owner == py.ObjectType
	}
	return owner == py.ObjectType
}
