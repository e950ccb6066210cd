package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// BaseException.__str__ and BaseException.__repr__ as slot wrappers in
// its Dict, as in CPython: Exception.__str__(e) and super().__str__() in
// an exception class's method reach BaseException's own text of e (its
// arguments; KeyError's and OSError's forms), never the class's override.

func installExceptionText() {
	for _, name := range []string{"__str__", "__repr__"} {
		method := name
		if _, ok := py.BaseException.Dict[name]; ok {
			continue
		}
		py.BaseException.Dict[name] = &typeSlot{name: name, owner: py.BaseException, fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
			e, ok := self.(*py.Exception)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'BaseException' object but received a '%s'", method, typeName(self))
			}
			s, err := pyrepr.ExceptionBaseText(e, method)
			return py.String(s), err
		}}
	}
}
