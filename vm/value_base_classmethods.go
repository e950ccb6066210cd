package vm

import (
	"github.com/go-python/gpython/py"
)

// A class method of a built-in type called through a class derived from
// it gives an instance of that class in CPython 3.6: date.today() on
// class D(date) is a D, made by calling D with the fields of the date
// (D(y, m, d)), and int.from_bytes on a subclass of int calls the
// subclass with the int. The Go implementations make values of their own
// type; deriveClassMethods wraps them once, when the type is registered,
// so that such a value made for a derived class is handed to that class.

// deriveClassMethods makes the class methods of t, a registered value
// base, give instances of the class they are called through. A Go method
// flagged py.METH_CLASS becomes a classmethod object on the way.
func deriveClassMethods(t *py.Type, spec *ValueBase) {
	for name, e := range t.Dict {
		switch v := e.(type) {
		case *py.ClassMethod:
			if m, ok := v.Callable.(*py.Method); ok && m.Module == nil {
				v.Callable = derivingMethod(t, spec, m)
			}
		case *py.Method:
			if v.Module == nil && v.Flags&py.METH_CLASS != 0 {
				t.Dict[name] = &py.ClassMethod{Callable: derivingMethod(t, spec, v)}
			}
		}
	}
}

// derivingMethod runs m with the class as self; a result of exactly type
// t, when the class is derived from t, is remade by calling the class.
func derivingMethod(t *py.Type, spec *ValueBase, m *py.Method) *py.Method {
	call := func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, err := m.CallWithKeywords(self, args, kwargs)
		if err != nil {
			return nil, err
		}
		cls, ok := self.(*py.Type)
		if !ok || cls == t || r.Type() != t || !cls.IsSubtype(t) {
			return r, nil
		}
		ctorArgs := py.Tuple{r}
		if spec.Remake != nil {
			ctorArgs = spec.Remake(r)
		}
		return Call(cls, ctorArgs, nil)
	}
	if quietGoFunc(m) {
		// A quiet method stays quiet for the global cache
		// (namespace_quiet.go): Call judges the class it calls.
		call = quietWrap(call)
	}
	return py.MustNewMethod(m.Name, call, 0, m.Doc)
}
