package osext

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// extendOS adds to the os module what one file of this package defines:
// methods (each replacing gpython's function of the same name, if any),
// integer constants and Python source run after the module's own (once,
// in the order the files' init functions run).
func extendOS(methods []*py.Method, constants map[string]int, source string) {
	impl := py.GetModuleImpl("os")
	if impl == nil {
		return
	}
	for _, m := range methods {
		replaced := false
		for i, old := range impl.Methods {
			if old.Name == m.Name {
				impl.Methods[i], replaced = m, true
			}
		}
		if !replaced {
			impl.Methods = append(impl.Methods, m)
		}
	}
	if len(constants) > 0 && impl.Globals == nil {
		impl.Globals = py.StringDict{}
	}
	for k, v := range constants {
		impl.Globals[k] = py.Int(v)
	}
	if source != "" && !strings.Contains(impl.CodeSrc, source) {
		impl.CodeSrc += source
	}
}
