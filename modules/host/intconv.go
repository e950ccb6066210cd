package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
)

// indexArgBuiltins are the builtins CPython implements over __index__ but
// gpython over its own integer types only, so an object that is an int
// through __index__ (an enum member such as ssl.OP_ALL) is refused.
var indexArgBuiltins = []string{"hex", "oct", "bin"}

// wrapIndexArg converts the single argument through __index__ before
// calling gpython's builtin; its own ints pass unchanged.
func wrapIndexArg(orig *py.Method) *py.Method {
	return py.MustNewMethod(orig.Name, func(self, arg py.Object) (py.Object, error) {
		switch a := arg.(type) {
		case py.Int, *py.BigInt:
		case py.Bool:
			arg = py.Int(0)
			if a {
				arg = py.Int(1)
			}
		case py.Float, py.String:
			// refused with gpython's (CPython's) message
		default:
			b, err := pyarg.Index(arg)
			if err != nil {
				return nil, err
			}
			if b.IsInt64() {
				arg = py.Int(b.Int64())
			} else {
				arg = (*py.BigInt)(b)
			}
		}
		return orig.Call(self, py.Tuple{arg})
	}, 0, orig.Doc)
}

// installIndexBuiltins replaces hex, oct and bin in the builtins module.
func installIndexBuiltins() {
	impl := py.GetModuleImpl("builtins")
	for i, m := range impl.Methods {
		for _, name := range indexArgBuiltins {
			if m.Name == name {
				impl.Methods[i] = wrapIndexArg(m)
			}
		}
	}
}
