package compiler

import (
	"github.com/go-python/gpython/py"

	// Sets py.Compile in its init, which must run before ours.
	_ "github.com/go-python/gpython/compile"

	// str.format, which the rewritten f-strings call.
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
)

// next is the compiler that Compile hands rewritten source to: the value of
// py.Compile before this package was initialised.
var next func(src, srcDesc string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error)

func init() {
	if py.Compile == nil {
		panic("compiler: gpython's compile package has not set py.Compile")
	}
	next = py.Compile
	py.Compile = Compile
	wrapBuiltinCompile()
}

// Compile has py.Compile's contract and is installed there: it compiles src
// (a module, statement or expression, as mode says) with f-strings, by
// Rewrite and then the compiler py.Compile held before. It is safe for
// concurrent use.
func Compile(src, filename string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
	out, err := Rewrite(src, filename, mode)
	if err != nil {
		return nil, err
	}
	return next(out, filename, mode, flags, dontInherit)
}

// wrapBuiltinCompile makes the builtin compile() rewrite f-strings too:
// gpython's calls its compile package directly, not py.Compile. The wrapper
// rewrites a str source and leaves everything else, argument checks
// included, to the original.
func wrapBuiltinCompile() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("compiler: gpython's builtins module is not registered")
	}
	for i, m := range impl.Methods {
		if m.Name == "compile" {
			impl.Methods[i] = py.MustNewMethod("compile", builtinCompile(m), 0, m.Doc)
			return
		}
	}
}

// builtinCompile returns compile(source, filename, mode, ...) that rewrites
// source before calling orig.
func builtinCompile(orig *py.Method) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		arg := func(i int, name string) (py.Object, bool) {
			if i < len(args) {
				return args[i], true
			}
			v, ok := kwargs[name]
			return v, ok
		}
		src, ok := arg(0, "source")
		s, isStr := src.(py.String)
		if !ok || !isStr {
			return orig.CallWithKeywords(self, args, kwargs)
		}
		filename, _ := arg(1, "filename")
		name, _ := filename.(py.String)
		mode, _ := arg(2, "mode")
		m, _ := mode.(py.String)
		if m != "exec" && m != "eval" && m != "single" {
			return orig.CallWithKeywords(self, args, kwargs) // it rejects the mode
		}
		out, err := Rewrite(string(s), string(name), py.CompileMode(m))
		if err != nil {
			return nil, err
		}
		if len(args) > 0 {
			args = append(py.Tuple{py.String(out)}, args[1:]...)
		} else {
			kw := make(py.StringDict, len(kwargs))
			for k, v := range kwargs {
				kw[k] = v
			}
			kw["source"] = py.String(out)
			kwargs = kw
		}
		return orig.CallWithKeywords(self, args, kwargs)
	}
}
