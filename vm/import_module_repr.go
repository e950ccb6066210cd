package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// moduleReprFromSpec is a module's repr as CPython 3.6 writes it when
// the module's loader or spec has a say: the loader's module_repr(module)
// when it has one (and it does not raise), else from the spec: "from
// 'origin'" for a spec with a location, "(origin)" for another origin,
// "(loader)" without one; with no spec, "(loader)" for a module with a
// loader and no __file__. ok is false for a module with neither (its
// __file__ decides).
func moduleReprFromSpec(m *py.Module) (string, bool) {
	_, located := m.Globals["__file__"]
	loader, hasLoader := m.Globals["__loader__"]
	hasLoader = hasLoader && loader != py.None
	if cls, ok := loader.(*py.Type); ok && located && cls.Name == "BuiltinImporter" {
		hasLoader = false // the library compiled in keeps its file's name
	}
	if hasLoader {
		if fn, err := GetAttr(loader, "module_repr"); err == nil {
			if r, err := Call(fn, py.Tuple{m}, nil); err == nil {
				if s, ok := r.(py.String); ok {
					return string(s), true
				}
			}
		}
	}
	spec, ok := m.Globals["__spec__"]
	if !ok || spec == py.None {
		if located || !hasLoader {
			return "", false
		}
		name, ok := m.Globals["__name__"].(py.String)
		if !ok {
			name = "?"
		}
		quoted, err := pyrepr.Repr(name)
		if err != nil {
			return "", false
		}
		l, err := pyrepr.Repr(loader)
		if err != nil {
			return "", false
		}
		return "<module " + quoted + " (" + l + ")>", true
	}
	attr := func(name string) py.Object {
		v, err := GetAttr(spec, name)
		if err != nil {
			return nil
		}
		return v
	}
	name := "?"
	if n, ok := attr("name").(py.String); ok {
		name = string(n)
	}
	quoted, err := pyrepr.Repr(py.String(name))
	if err != nil {
		return "", false
	}
	origin := attr("origin")
	if origin == nil || origin == py.None {
		loader := attr("loader")
		if loader == nil || loader == py.None {
			return "<module " + quoted + ">", true
		}
		l, err := pyrepr.Repr(loader)
		if err != nil {
			return "", false
		}
		return "<module " + quoted + " (" + l + ")>", true
	}
	if located, _ := attr("has_location").(py.Bool); located {
		o, err := pyrepr.Repr(origin)
		if err != nil {
			return "", false
		}
		return "<module " + quoted + " from " + o + ">", true
	}
	o, err := pyrepr.Str(origin)
	if err != nil {
		return "", false
	}
	return "<module " + quoted + " (" + o + ")>", true
}

func init() {
	pyrepr.ModuleRepr = moduleReprFromSpec
}
