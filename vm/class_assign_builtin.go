package vm

import "github.com/go-python/gpython/py"

// builtinClassAssignError is the error of obj.__class__ = v when obj is a
// value of a built-in type ([], 1, 'a', None, len): CPython checks the
// new value is a class first, then refuses any class, since neither
// type is a heap type.
func builtinClassAssignError(v py.Object) error {
	if _, ok := isClass(v); !ok {
		return py.ExceptionNewf(py.TypeError, "__class__ must be set to a class, not '%s' object", typeName(v))
	}
	return py.ExceptionNewf(py.TypeError, "__class__ assignment only supported for heap types or ModuleType subclasses")
}
