package vm

import (
	"github.com/go-python/gpython/py"
)

// types.ModuleType(name, doc=None): a new, empty module object, as
// scripts make to build a namespace or to stand in for a module in
// sys.modules. gpython's module type cannot be called.
func moduleNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	m := emptyModule().(*py.Module)
	if err := moduleInit(m, args, kwargs); err != nil {
		return nil, err
	}
	return m, nil
}

func init() {
	py.ModuleType.New = moduleNew
}
