// Package pkgutil registers "_pkgutil", the native half of
// Lib/modules/pkgutil.py: the names of the modules built into the binary
// (the Python ones of Lib/modules and the Go ones), which pkgutil lists as
// importable beside those of sys.path.
package pkgutil

import (
	"io/fs"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// embedded returns every registered module name that modules lists or
// vm.StdlibModuleNames holds, and whether each is a package.
func embedded() map[string]bool {
	out := map[string]bool{}
	candidates := strings.Fields(vm.StdlibModuleNames)
	_ = fs.WalkDir(lib.Modules, "modules", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		rel := strings.TrimSuffix(strings.TrimPrefix(p, "modules/"), ".py")
		rel = strings.TrimSuffix(rel, "/__init__")
		candidates = append(candidates, strings.ReplaceAll(rel, "/", "."))
		return nil
	})
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
