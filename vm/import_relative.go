package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// resolveRelative turns the module name of a relative import (`from ..a
// import b` is name "a" at level 2) into an absolute one, anchored as
// CPython 3.6 anchors it: the importing module's __package__ when it is a
// string; when __package__ is None or missing, its __name__ for a package
// (one with __path__), else __name__ without its last component (or the
// whole __name__ when it has no dot, as 3.6 does). level-1 trailing
// components of the anchor are dropped.
func resolveRelative(globals py.StringDict, name string, level int) (string, error) {
	var pkg string
	switch p := globals["__package__"].(type) {
	case py.String:
		pkg = string(p)
		if pkg == "" {
			return "", py.ExceptionNewf(py.ImportError, "attempted relative import with no known parent package")
		}
	case nil, py.NoneType:
		n, ok := globals["__name__"]
		if !ok {
			return "", py.ExceptionNewf(py.KeyError, "'__name__' not in globals")
		}
		s, ok := n.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "__name__ must be a string")
		}
		pkg = string(s)
		if _, isPackage := globals["__path__"]; !isPackage {
			if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
				pkg = pkg[:i]
			}
		}
	default:
		return "", py.ExceptionNewf(py.TypeError, "package must be a string")
	}
	base := pkg
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", py.ExceptionNewf(py.ValueError, "attempted relative import beyond top-level package")
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// relativeImportResult is what a relative import without a fromlist
// gives (only __import__ can ask for one): the module named by the
// anchor and the first component of name, not the top package.
func relativeImportResult(ctx py.Context, absolute, name string) (py.Object, bool) {
	first, _, _ := strings.Cut(name, ".")
	want := strings.TrimSuffix(absolute, strings.TrimPrefix(name, first))
	c, ok := ctx.(*Context)
	if !ok || c.modules == nil {
		return nil, false
	}
	return c.modules.GetStr(want)
}

// globalsDict is the globals a script passes to __import__ as a
// StringDict: a module's namespace itself, or the str-keyed entries of a
// dict it built (only __package__, __name__ and __path__ are read).
func globalsDict(o py.Object) (py.StringDict, bool) {
	switch g := o.(type) {
	case py.StringDict:
		return g, true
	case *Dict:
		out := py.StringDict{}
		g.Items(func(k, v py.Object) bool {
			if s, ok := k.(py.String); ok {
				out[string(s)] = v
			}
			return true
		})
		return out, true
	}
	return nil, false
}
