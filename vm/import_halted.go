package vm

import "github.com/go-python/gpython/py"

// haltedImport is CPython's refusal to import a module whose entry in
// sys.modules is None (what test.support's import_fresh_module(blocked=)
// and scripts use to hide an optional module, such as an accelerator).
func haltedImport(ctx py.Context, name string) error {
	c, ok := ctx.(*Context)
	if !ok || c.modules == nil {
		return nil
	}
	if v, found := c.modules.GetStr(name); found && v == py.None {
		exc := py.ExceptionNewf(ModuleNotFoundError, "import of %s halted; None in sys.modules", name)
		exc.Dict["name"] = py.String(name)
		return exc
	}
	return nil
}
