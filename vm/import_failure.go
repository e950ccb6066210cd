package vm

import (
	"github.com/go-python/gpython/py"
)

// sys.modules decides what is imported, as in CPython: a module whose
// body raised is taken out of it, so that the next import runs the body
// again, and so is one a script deletes from it (del sys.modules[name]).
// gpython's module store keeps every module it made and has no way to
// drop one; the context's GetModule, which gpython's import asks first,
// answers such names as not loaded, so the next import makes the module
// anew (the store's entry is then replaced).

// GetModule is the module called name if it is imported: in the store,
// its import not failed since, and, once an import entered it in
// sys.modules, still there (sys.modules' module if a script put another).
func (ctx *Context) GetModule(name string) (*py.Module, error) {
	if _, failed := ctx.failedImports.Load(name); failed {
		return nil, notLoaded(name)
	}
	m, err := ctx.Context.GetModule(name)
	if ctx.modules == nil {
		return m, err
	}
	if err != nil {
		// a module made by a loader of Python code, or put in
		// sys.modules by a script, is not in the store
		if v, ok := ctx.modules.GetStr(name); ok {
			if mod, ok := v.(*py.Module); ok {
				return mod, nil
			}
		}
		return m, err
	}
	if _, recorded := ctx.recordedModules.Load(name); recorded {
		v, ok := ctx.modules.GetStr(name)
		if !ok {
			return nil, notLoaded(name)
		}
		if mod, ok := v.(*py.Module); ok {
			return mod, nil
		}
	}
	return m, nil
}

func notLoaded(name string) error {
	return py.ExceptionNewf(py.ImportError, "Module '%s' not found", name)
}

// moduleLoaded reports whether ctx holds a module called name that
// imported successfully (or is importing now).
func moduleLoaded(ctx py.Context, name string) bool {
	_, err := ctx.GetModule(name)
	return err == nil
}

// inSysModules reports whether sys.modules holds name.
func inSysModules(ctx py.Context, name string) bool {
	if c, ok := ctx.(*Context); ok && c.modules != nil {
		_, in := c.modules.GetStr(name)
		return in
	}
	return moduleLoaded(ctx, name)
}

// noteImportResult records how the import of name, not loaded before it
// started, ended: on failure the name is dropped from sys.modules and
// answered as not loaded until it is imported again.
func noteImportResult(ctx py.Context, name string, err error) {
	c, ok := ctx.(*Context)
	if !ok {
		return
	}
	if err == nil {
		c.failedImports.Delete(name)
		return
	}
	c.failedImports.Store(name, struct{}{})
	if c.modules != nil {
		_, _ = c.modules.DelItem(py.String(name))
	}
}
