package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
)

// types.ModuleType(name, doc=None): a new, empty module object, as
// scripts make to build a namespace or to stand in for a module in
// sys.modules. gpython's module type cannot be called.
func moduleNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("module", args, kwargs, []string{"name", "doc"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	name, ok := a[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "module.__init__() argument 1 must be str, not %s", typeName(a[0]))
	}
	doc := a[1]
	if doc == nil {
		doc = py.None
	}
	m := &py.Module{
		ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: string(name)}},
		Globals: py.StringDict{
			"__name__": name, "__doc__": doc, "__package__": py.None,
			"__loader__": py.None, "__spec__": py.None,
		},
	}
	if c := currentContext(); c != nil {
		m.Context = c // its submodules are imported there
	}
	return m, nil
}

func init() {
	py.ModuleType.New = moduleNew
}
