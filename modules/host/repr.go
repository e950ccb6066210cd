package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// This init runs after host.go's (Go runs a package's init functions in
// file name order), so print and str are already wrapped by
// installBuiltins; both render through strOf, i.e. pyrepr.Str.
func init() {
	installRepr()
}

func builtinRepr(self, obj py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	s, err := pyrepr.Repr(obj)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

func builtinASCII(self, obj py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	s, err := pyrepr.Repr(obj)
	if err != nil {
		return nil, err
	}
	return py.String(pyrepr.ASCII(s)), nil
}

// installRepr replaces the builtins repr and ascii with CPython's text for
// built-in values (gpython's print a 1-tuple as "(x)", floats in Go's
// %g, and ascii() escapes the quotes of the repr again).
func installRepr() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("host: gpython's builtins module is not registered")
	}
	replace := map[string]*py.Method{
		"repr":  py.MustNewMethod("repr", builtinRepr, 0, "Return the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj."),
		"ascii": py.MustNewMethod("ascii", builtinASCII, 0, "Return an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes."),
	}
	for i, m := range impl.Methods {
		if r, ok := replace[m.Name]; ok {
			impl.Methods[i] = r
		}
	}
}
