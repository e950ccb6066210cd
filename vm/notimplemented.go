package vm

import (
	"github.com/go-python/gpython/py"
)

// NotImplemented as CPython has it: the one instance of
// NotImplementedType. gpython's is an instance of NotImplementedError, so
// that isinstance(NotImplemented, Exception) held and type() named the
// exception. Every comparison with py.NotImplemented reads the variable,
// so replacing it before any Python code runs changes them all.

var notImplementedType = py.NewType("NotImplementedType", "")

type notImplementedValue struct{}

func (*notImplementedValue) Type() *py.Type { return notImplementedType }

func (*notImplementedValue) M__repr__() (py.Object, error) {
	return py.String("NotImplemented"), nil
}

func (*notImplementedValue) M__reduce__() (py.Object, error) {
	return py.String("NotImplemented"), nil
}

var notImplemented = &notImplementedValue{}

func init() {
	py.NotImplemented = notImplemented
	if impl := py.GetModuleImpl("builtins"); impl != nil {
		impl.Globals["NotImplemented"] = notImplemented
	}
}
