// Package pkgutil registers "_pkgutil", the native half of
// Lib/modules/pkgutil.py: the names of the modules built into the binary
// (the Python ones of Lib/modules and the Go ones), which pkgutil lists as
// importable beside those of sys.path.
package pkgutil

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// embedded returns every registered module name that vm.StdlibModuleNames
// holds or whose source is compiled in (the Python modules of Lib/modules
// and the Python halves of Go modules, such as json.decoder, each
// recorded in the line cache under its file name), and whether each is a
// package.
func embedded() map[string]bool {
	out := map[string]bool{}
	candidates := strings.Fields(vm.StdlibModuleNames)
	for _, file := range pyutil.SourceLines.EmbeddedFiles() {
		rel, ok := strings.CutPrefix(file, vm.EmbeddedLibDir+"/")
		if !ok || !strings.HasSuffix(rel, ".py") {
			continue
		}
		rel = strings.TrimSuffix(strings.TrimSuffix(rel, ".py"), "/__init__")
		candidates = append(candidates, strings.ReplaceAll(rel, "/", "."))
	}
	for _, name := range candidates {
		impl := py.GetModuleImpl(name)
		if impl == nil {
			continue
		}
		_, pkg := impl.Globals["__path__"]
		out[name] = pkg
	}
	return out
}

func pkgutilEmbedded(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, pyutil.TypeErrorf("embedded() takes no arguments (%d given)", len(args))
	}
	found := embedded()
	names := make([]string, 0, len(found))
	for n := range found {
		names = append(names, n)
	}
	sort.Strings(names)
	items := make([]py.Object, len(names))
	for i, n := range names {
		items[i] = py.Tuple{py.String(n), py.NewBool(found[n])}
	}
	return py.NewListFromItems(items), nil
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{
			Name:     "_pkgutil",
			Doc:      "The modules built into the interpreter, for pkgutil.",
			FileDesc: "<_pkgutil>",
		},
		Methods: []*py.Method{
			pyutil.MustNewMethod("embedded", pkgutilEmbedded, 0,
				"embedded() -> list of (name, ispkg)\n\nEvery module built into the binary, sorted by name; ispkg tells packages."),
		},
	})
}
