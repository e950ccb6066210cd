package ssl

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Every Python-visible function of this package is guarded against Go
// panics here, where it is registered, and nowhere else: a panic inside
// becomes SystemError("internal error: ...") (pyutil.Recover) instead of
// crashing the interpreter. Implementations carry no recover of their own.
//
//   - method wraps a method or module function as it is made;
//   - guardTypes wraps the constructors (Type.New) and the properties
//     (Fget, Fset) of this package's types once they are set up.

// method is pyutil.MustNewMethod with fn guarded. fn has one of gpython's
// method shapes; any other panics at set-up (a test sets the module up).
func method(name string, fn any, flags int, doc string) *py.Method {
	return pyutil.MustNewMethod(name, guard(fn), flags, doc)
}

// guard returns fn, of one of gpython's method shapes, with a recover.
func guard(fn any) any {
	switch f := fn.(type) {
	case func(py.Object, py.Tuple, py.StringDict) (py.Object, error):
		return func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			return f(self, args, kwargs)
		}
	case func(py.Object, py.Tuple) (py.Object, error):
		return func(self py.Object, args py.Tuple) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			return f(self, args)
		}
	case func(py.Object) (py.Object, error):
		return func(self py.Object) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			return f(self)
		}
	case func(py.Object, py.Object) (py.Object, error):
		return func(self, arg py.Object) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			return f(self, arg)
		}
	}
	panic(fmt.Sprintf("ssl: method of unsupported shape %T", fn))
}

// guardTypes guards the constructor and every property of each type.
func guardTypes(types ...*py.Type) {
	for _, t := range types {
		if f := t.New; f != nil {
			t.New = func(mt *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
				defer pyutil.Recover(&err)
				return f(mt, args, kwargs)
			}
		}
		for _, v := range t.Dict {
			p, ok := v.(*py.Property)
			if !ok {
				continue
			}
			if get := p.Fget; get != nil {
				p.Fget = func(self py.Object) (res py.Object, err error) {
					defer pyutil.Recover(&err)
					return get(self)
				}
			}
			if set := p.Fset; set != nil {
				p.Fset = func(self, v py.Object) (err error) {
					defer pyutil.Recover(&err)
					return set(self, v)
				}
			}
		}
	}
}
