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
		"repr":  py.MustNewMethod("repr", builtinRepr, 0, "repr(obj) -> str\n\nThe printable form of obj given by its __repr__; for most built-in\nvalues, evaluating it rebuilds an equal value."),
		"ascii": py.MustNewMethod("ascii", builtinASCII, 0, "ascii(obj) -> str\n\nLike repr(obj), with each non-ASCII character of the result written as\na \\\\x, \\\\u or \\\\U escape."),
	}
	for i, m := range impl.Methods {
		if r, ok := replace[m.Name]; ok {
			impl.Methods[i] = r
		}
	}
}
