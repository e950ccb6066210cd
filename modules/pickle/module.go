// Package pypickle gives Lib/modules/pickle.py the one thing it cannot
// write in Python: built-in function objects. In CPython 3.6 pickle's
// dump, dumps, load and loads come from the C accelerator _pickle, so
// they are builtin_function_or_method objects of module _pickle (pyclbr,
// inspect and pickling by name rely on that); here they wrap pickle.py's
// Python functions, with the argument errors of the C ones.
package pypickle

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = "Makes pickle's module functions built-in functions of _pickle, as CPython's accelerator has them."

// pickleModule is the module the functions say they belong to: the
// repr "<built-in function dump>" and __module__ '_pickle' come from it.
var pickleModule = &py.Module{ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: "_pickle"}}, Globals: py.StringDict{}}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_pickle_builtins", Doc: moduleDoc},
		Methods: []*py.Method{
			pyutil.MustNewMethod("builtin", builtin, 0,
				"builtin(function) -> built-in function\n\nA built-in function of module _pickle, with function's name and docstring, that calls function."),
		},
	})
}

// builtin is builtin(function).
func builtin(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("builtin() takes exactly one argument (%d given)", len(args))
	}
	fn, ok := args[0].(*py.Function)
	if !ok {
		return nil, pyutil.TypeErrorf("builtin() argument must be a Python function, not %s", pyutil.TypeName(args[0]))
	}
	doc := ""
	if s, ok := fn.Doc.(py.String); ok {
		doc = string(s)
	}
	// gpython's constructor, not pyutil's: pyutil records each method for
	// the life of the process, and this one (its closure holds fn)
	// belongs to one interpreter.
	m := py.MustNewMethod(fn.Name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := checkArgs(fn, args, kwargs); err != nil {
			return nil, err
		}
		return vm.Call(fn, args, kwargs)
	}, 0, doc)
	m.Module = pickleModule
	return m, nil
}
