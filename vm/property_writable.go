package vm

import "github.com/go-python/gpython/py"

// property's __doc__ is writable (p.__doc__ = 'text', also through a
// class: C.attr.__doc__ = ...), and __isabstractmethod__ is true when its
// getter, setter or deleter is abstract (abc.abstractmethod), as in
// CPython 3.6. This file's init runs after property_subclass.go's, whose
// __doc__ getter it completes.

func init() {
	d := propertyType.Dict
	d["__doc__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			p, ok := propertyOf(self)
			if !ok {
				return nil, propertyFieldError(self)
			}
			return orNone(p.doc), nil
		},
		Fset: func(self, v py.Object) error {
			p, ok := propertyOf(self)
			if !ok {
				return propertyFieldError(self)
			}
			p.doc = v
			return nil
		},
	}
	d["__isabstractmethod__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		p, ok := propertyOf(self)
		if !ok {
			return nil, propertyFieldError(self)
		}
		for _, fn := range []py.Object{p.fget, p.fset, p.fdel} {
			if fn == nil {
				continue
			}
			v, err := GetAttr(fn, "__isabstractmethod__")
			if err != nil {
				if py.IsException(py.AttributeError, err) {
					continue
				}
				return nil, err
			}
			abstract, err := Truth(v)
			if err != nil {
				return nil, err
			}
			if abstract {
				return py.True, nil
			}
		}
		return py.False, nil
	}}
}

func propertyFieldError(self py.Object) error {
	return py.ExceptionNewf(py.TypeError, "descriptor for 'property' objects doesn't apply to a '%s' object", typeName(self))
}
