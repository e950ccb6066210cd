package osext

import (
	"os"
	"path/filepath"

	"github.com/go-python/gpython/py"
)

// os.__file__.
//
// In CPython 3.6, os is a source file of the standard library, and
// scripts read its __file__: to find the library's directory, or as a
// file that surely exists and can be read (CPython's own threading tests
// open it in a loop). Here os is compiled into the interpreter, so its
// code lives in the executable; __file__ names that file, as an
// extension module's __file__ names the shared object holding its code.
// Without a known executable the module has no __file__, as a built-in
// module has none.
func init() {
	impl := py.GetModuleImpl("os")
	if impl == nil {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	if impl.Globals == nil {
		impl.Globals = py.StringDict{}
	}
	impl.Globals["__file__"] = py.String(exe)
}
