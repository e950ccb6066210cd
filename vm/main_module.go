package vm

import (
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"
)

// mainModuleAttrs gives the __main__ module m the import-system names
// CPython 3.6 gives it before running it:
//
//   - a script file: __loader__ a SourceFileLoader('__main__', file),
//     __spec__ and __cached__ None, __file__ as given;
//   - a module run with -m (its __spec__ already bound, to None): __spec__
//     a ModuleSpec with the module's dotted name, its loader and origin
//     (the file), __loader__ that loader, __cached__ where its byte code
//     would be kept;
//   - -c (file "<string>"): __loader__ the BuiltinImporter class,
//     __spec__ None, and no __file__;
//   - standard input (file "<stdin>"): the same, but __file__ stays and
//     __cached__ is None.
//
// Every kind gets an empty __annotations__. Names already bound stay,
// except __spec__ as above. Without the import system (a failed
// bootstrap) the loader and spec are None.
func mainModuleAttrs(ctx py.Context, m *py.Module) {
	g := m.Globals
	file, _ := g["__file__"].(py.String)
	_, fromDashM := g["__spec__"]
	setDefault := func(name string, v py.Object) {
		if _, ok := g[name]; !ok {
			g[name] = v
		}
	}
	setDefault("__annotations__", NewDict(0)) // the ordered dict annotations go into
	var system *importSystem
	if c, ok := ctx.(*Context); ok {
		system = importSystemOf(c) // sys.meta_path and sys.path_hooks filled
	}
	attr := func(name string) py.Object {
		if system == nil || !system.ready {
			return nil
		}
		return map[string]py.Object{"BuiltinImporter": system.builtin,
			"SourceFileLoader": system.sourceLoader, "ModuleSpec": system.moduleSpec}[name]
	}
	orNone := func(v py.Object) py.Object {
		if v == nil {
			return py.None
		}
		return v
	}
	if file == "" || strings.HasPrefix(string(file), "<") {
		if file == "<stdin>" {
			setDefault("__cached__", py.None) // __file__ stays
		} else {
			delete(g, "__file__")
		}
		setDefault("__loader__", orNone(attr("BuiltinImporter")))
		setDefault("__spec__", py.None)
		return
	}
	if !fromDashM {
		var loader py.Object
		if cls := attr("SourceFileLoader"); cls != nil {
			loader, _ = Call(cls, py.Tuple{py.String("__main__"), file}, nil)
		}
		setDefault("__loader__", orNone(loader))
		setDefault("__spec__", py.None)
		setDefault("__cached__", py.None)
		return
	}
	name := strings.TrimSuffix(filepath.Base(string(file)), ".py")
	if pkg, _ := g["__package__"].(py.String); pkg != "" {
		name = string(pkg) + "." + name
	}
	var loader, spec, cached py.Object
	if cls := attr("SourceFileLoader"); cls != nil {
		loader, _ = Call(cls, py.Tuple{py.String(name), file}, nil)
	}
	if cls := attr("ModuleSpec"); cls != nil && loader != nil {
		spec, _ = Call(cls, py.Tuple{py.String(name), loader}, py.StringDict{"origin": file})
	}
	if spec != nil {
		if SetAttr(spec, "has_location", py.True) == nil {
			cached, _ = GetAttr(spec, "cached")
		}
	}
	g["__spec__"] = orNone(spec)
	setDefault("__loader__", orNone(loader))
	setDefault("__cached__", orNone(cached))
}
