package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// resolveRelative turns the module name of a relative import (`from ..a
// import b` is name "a" at level 2) into an absolute one, anchored as
// CPython 3.6 anchors it (importPackage). level-1 trailing components of
// the anchor are dropped.
func resolveRelative(globals py.StringDict, name string, level int) (string, error) {
	pkg, err := importPackage(globals)
	if err != nil {
		return "", err
	}
	if pkg == "" {
		return "", py.ExceptionNewf(py.ImportError, "attempted relative import with no known parent package")
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

// importPackage is the package a relative import in the module whose
// globals are given is anchored at: its __package__ when that is set
// (with an ImportWarning when __spec__.parent says otherwise), else its
// __spec__'s parent, else (with an ImportWarning) its __name__, without
// the last component unless the module is a package (has __path__).
func importPackage(globals py.StringDict) (string, error) {
	pkg, spec := globals["__package__"], globals["__spec__"]
	if pkg == py.None {
		pkg = nil
	}
	hasSpec := spec != nil && spec != py.None
	switch {
	case pkg != nil:
		s, ok := pkg.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "package must be a string")
		}
		if hasSpec {
			parent, err := GetAttr(spec, "parent")
			if err != nil {
				return "", err
			}
			same, err := equal(s, parent)
			if err != nil {
				return "", err
			}
			if !same {
				if err := Warn(py.ImportWarning, "__package__ != __spec__.parent", 1); err != nil {
					return "", err
				}
			}
		}
		return string(s), nil
	case hasSpec:
		parent, err := GetAttr(spec, "parent")
		if err != nil {
			return "", err
		}
		s, ok := parent.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "__spec__.parent must be a string")
		}
		return string(s), nil
	}
	if err := Warn(py.ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__", 1); err != nil {
		return "", err
	}
	n, ok := globals["__name__"]
	if !ok {
		return "", py.ExceptionNewf(py.KeyError, "'__name__' not in globals")
	}
	s, ok := n.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__name__ must be a string")
	}
	name := string(s)
	if _, isPackage := globals["__path__"]; !isPackage {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			name = name[:i] // (3.6 keeps a name without a dot whole)
		}
	}
	return name, nil
}

// importRelative is the import of name at level (> 0) from the module
// whose globals are given: the absolute name it stands for imported, and
// without a fromlist the module relativeImportResult names.
func (t *thread) importRelative(f *frame, globals py.StringDict, name string, locals, fromlist py.Object, level int) (py.Object, error) {
	absolute, err := resolveRelative(globals, name, level)
	if err != nil {
		return nil, err
	}
	m, err := t.importByName(f, absolute, locals, fromlist, py.Int(0))
	if err != nil || !isEmptyFromlist(fromlist) {
		return m, err
	}
	if r, ok := relativeImportResult(f.ctx, absolute, name); ok {
		return r, nil
	}
	return m, nil
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
