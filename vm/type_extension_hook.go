package vm

import (
	"github.com/go-python/gpython/py"
)

// The library modules this project writes in Python stand for types
// CPython 3.6 writes in C (functools.partial, collections.defaultdict,
// io.BytesIO): such a type shows its C name (tp_name) in messages and
// refuses attribute assignment on the class. Module _typenames lets that
// Python code say so once its class is complete (after any attributes it
// sets on the class itself).

// setExtensionNameFn is _typenames.set_extension_name(cls, name).
func setExtensionNameFn(_ py.Object, args py.Tuple) (py.Object, error) {
	var clsO, nameO py.Object
	if err := py.UnpackTuple(args, nil, "set_extension_name", 2, 2, &clsO, &nameO); err != nil {
		return nil, err
	}
	cls, ok := clsO.(*py.Type)
	if !ok || !madeByTypeNew(cls) {
		return nil, py.ExceptionNewf(py.TypeError, "set_extension_name() needs a class made by a class statement, not '%s'", typeName(clsO))
	}
	name, ok := nameO.(py.String)
	if !ok || name == "" {
		return nil, py.ExceptionNewf(py.TypeError, "set_extension_name() needs a non-empty str name")
	}
	SetExtensionName(cls, string(name))
	return py.None, nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_typenames", Doc: "C-level names for the classes the library writes in Python."},
		Methods: []*py.Method{
			py.MustNewMethod("set_extension_name", setExtensionNameFn, 0,
				"set_extension_name(cls, name)\n\nGive cls, a class written in Python that stands for a C type, that type's\nname in messages, and refuse attribute assignment on cls as on a C type."),
		},
	})
}
