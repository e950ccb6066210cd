package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Truth is Python's truth test, the one the loop applies in if, while,
// not, and/or, conditional expressions, assert and comprehension filters.
func Truth(o py.Object) (bool, error) {
	switch v := o.(type) {
	case py.Bool:
		return bool(v), nil
	case py.Int:
		return v != 0, nil
	case py.NoneType:
		return false, nil
	case py.String:
		return len(v) > 0, nil
	case py.Bytes:
		return len(v) > 0, nil
	case py.Float:
		return v != 0, nil
	case py.Complex:
		return v != 0, nil
	case py.Tuple:
		return len(v) > 0, nil
	case *py.List:
		return len(v.Items) > 0, nil
	case py.StringDict:
		return len(v) > 0 || sideLen(v) > 0, nil
	case *Dict:
		return v.used > 0, nil
	case *Set:
		return v.used > 0, nil
	case *py.Type:
		if cls := v.Type(); pyutil.IsInstanceObject(v) {
			return instanceTruth(v, cls)
		}
		return true, nil
	}
	r, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return r == py.True, nil
}

// instanceTruth tests an instance of a Python class: __bool__, then
// __len__, else true.
func instanceTruth(self py.Object, cls *py.Type) (bool, error) {
	if v, ok := valueFor(self, "__bool__"); ok && userMethod(cls, "__len__") == nil {
		return Truth(v)
	}
	if m := cls.Lookup("__bool__"); m != nil {
		r, err := callMethod(self, m)
		if err != nil {
			return false, err
		}
		b, ok := r.(py.Bool)
		if !ok {
			return false, py.ExceptionNewf(py.TypeError, "__bool__ should return bool, returned %s", r.Type().Name)
		}
		return bool(b), nil
	}
	if m := cls.Lookup("__len__"); m != nil {
		r, err := callMethod(self, m)
		if err != nil {
			return false, err
		}
		n, err := py.Index(r)
		if err != nil {
			return false, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", r.Type().Name)
		}
		if n < 0 {
			return false, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
		}
		return n != 0, nil
	}
	return true, nil
}

// callMethod calls the class attribute m (found by lookup) on self.
func callMethod(self py.Object, m py.Object, args ...py.Object) (py.Object, error) {
	switch fn := m.(type) {
	case *py.Function:
		t, acquired := enterThread(fn.Context)
		if acquired {
			defer t.leave()
		}
		return t.callFunction(fn, self, args, nil, nil)
	case *py.Method:
		return fn.Call(receiverFor(self), args)
	}
	bound, err := bindSpecial(self, m)
	if err != nil {
		return nil, err
	}
	return Call(bound, args, nil)
}

// bindSpecial is a special method found on self's class, bound as
// CPython's slot lookup binds it: a descriptor (Go-defined, or a Python
// class with __get__) gives what its __get__ returns; anything else, a
// callable instance in particular, is called as it is, without self.
func bindSpecial(self, m py.Object) (py.Object, error) {
	if g, ok := m.(py.I__get__); ok {
		return g.M__get__(self, self.Type())
	}
	if dc, ok := pythonClassOf(m); ok {
		if g := userMethod(dc, "__get__"); g != nil {
			cls := self.Type()
			if pc, ok := pythonClassOf(self); ok {
				cls = pc
			}
			return callMethod(m, g, self, cls)
		}
		return m, nil
	}
	if _, ok := m.(*py.Type); ok {
		// A class as a special method is called as it is too.
		return m, nil
	}
	return py.NewBoundMethod(self, m), nil
}
