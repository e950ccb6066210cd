package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// intResult checks what a class's __int__ or __trunc__ (method) gave
// int(): an int is the answer; a strict subclass of int (True included)
// is taken as its value, __int__'s with CPython 3.6's DeprecationWarning;
// __trunc__ may give any object with __int__ (an Integral), which is then
// converted.
func intResult(method string, r py.Object) (py.Object, error) {
	switch v := r.(type) {
	case py.Int, *py.BigInt:
		return v, nil
	}
	if value, ok := intSubclassValue(r); ok {
		if method == "__int__" {
			if err := Warn(py.DeprecationWarning, "__int__ returned non-int (type "+typeName(r)+").  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", 1); err != nil {
				return nil, err
			}
		}
		return value, nil
	}
	if method == "__trunc__" {
		if cls, ok := pythonClassOf(r); ok {
			if m := userMethod(cls, "__int__"); m != nil {
				v, err := callMethod(r, m)
				if err != nil {
					return nil, err
				}
				return intResult("__int__", v)
			}
		} else if i, ok := r.(py.I__int__); ok {
			v, err := i.M__int__()
			if err != nil {
				return nil, err
			}
			return intResult("__int__", v)
		}
		return nil, py.ExceptionNewf(py.TypeError, "__trunc__ returned non-Integral (type %s)", typeName(r))
	}
	return nil, py.ExceptionNewf(py.TypeError, "__int__ returned non-int (type %s)", typeName(r))
}

// intSubclassValue is the int value of a bool or an instance of a
// Python subclass of int.
func intSubclassValue(o py.Object) (py.Object, bool) {
	if b, ok := o.(py.Bool); ok {
		return boolInt(b), true
	}
	if v, ok := pyutil.BuiltinValue(o); ok {
		switch v.(type) {
		case py.Int, *py.BigInt:
			return v, true
		}
	}
	return nil, false
}
