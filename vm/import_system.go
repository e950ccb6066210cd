package vm

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gcpolicy"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The import system, as CPython 3.6's importlib runs it: an absolute
// import of a name not in sys.modules imports its parent package first,
// then asks each finder on sys.meta_path for the module's spec (passing
// the parent's __path__, None for a top-level name), makes the module
// from the spec, enters it in sys.modules, runs it through its loader and
// binds it as its parent's attribute. The finders and spec helpers are
// Python (Lib/modules/importlib/_bootstrap*.py); two of them are done
// here instead: BuiltinImporter (the modules compiled into the binary)
// and the source-file loader, so that a module's traceback holds no
// frames of the import machinery, as CPython strips its own.

// importSystem is one interpreter's view of the Python half.
type importSystem struct {
	ready        bool
	builtin      py.Object // BuiltinImporter
	moduleSpec   py.Object // ModuleSpec
	sourceLoader py.Object // SourceFileLoader
	fromSpec     py.Object // module_from_spec(spec)
	initAttrs    py.Object // _init_module_attrs(spec, module)
	specOfLoader py.Object // spec_from_loader(name, loader)
	external     py.Object // importlib._bootstrap_external
	findSpec     py.Object // _find_spec(name, path): warns of an empty sys.meta_path
}

var importSystems sync.Map // *Context -> *importSystem

// importSystemOf is ctx's import system, set up on first use: the default
// finders and path hooks installed on sys (importlib._bootstrap._install).
// While that runs, and if it fails, ready is false and imports take the
// embedded modules only.
func importSystemOf(ctx *Context) *importSystem {
	if s, ok := importSystems.Load(ctx); ok {
		return s.(*importSystem)
	}
	s := &importSystem{}
	importSystems.Store(ctx, s)
	boot, err := py.ImportModuleLevelObject(ctx, "importlib._bootstrap", nil, nil, nil, 0)
	if err != nil {
		return s
	}
	// loaded without their package, whose __init__ imports more
	ext, err := py.ImportModuleLevelObject(ctx, "importlib._bootstrap_external", nil, nil, nil, 0)
	if err != nil {
		return s
	}
	s.external = ext
	install, err := GetAttr(boot, "_install")
	if err != nil {
		return s
	}
	if _, err := Call(install, nil, nil); err != nil {
		return s
	}
	for _, p := range []struct {
		from py.Object
		name string
		dst  *py.Object
	}{
		{boot, "BuiltinImporter", &s.builtin},
		{boot, "ModuleSpec", &s.moduleSpec},
		{boot, "module_from_spec", &s.fromSpec},
		{boot, "_init_module_attrs", &s.initAttrs},
		{boot, "spec_from_loader", &s.specOfLoader},
		{boot, "_find_spec", &s.findSpec},
		{ext, "SourceFileLoader", &s.sourceLoader},
	} {
		v, err := GetAttr(p.from, p.name)
		if err != nil {
			return s
		}
		*p.dst = v
	}
	s.ready = true
	return s
}

// importAbsolute is the import of the absolute module name: sys.modules'
// entry when there is one, else the module found and loaded (its parent
// packages first).
func (t *thread) importAbsolute(ctx py.Context, name string) (py.Object, error) {
	c, ok := ctx.(*Context)
	if !ok || c.modules == nil {
		return py.ImportModuleLevelObject(ctx, name, nil, nil, nil, 0)
	}
	if err := haltedImport(ctx, name); err != nil {
		return nil, err
	}
	if v, ok := c.modules.GetStr(name); ok {
		t.awaitModuleLoad(ctx, name) // another thread running it finishes first
		return v, nil
	}
	if moduleLoaded(ctx, name) {
		return ctx.GetModule(name)
	}
	var parent py.Object
	var path py.Object = py.None
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		var err error
		if parent, err = t.importAbsolute(ctx, name[:i]); err != nil {
			return nil, err
		}
		if v, ok := c.modules.GetStr(name); ok {
			return v, nil // the parent's body imported it
		}
		path, err = GetAttr(parent, "__path__")
		if err != nil {
			if !py.IsException(py.AttributeError, err) {
				return nil, err
			}
			return nil, moduleNotFoundError("No module named '"+name+"'; '"+name[:i]+"' is not a package", name)
		}
	}
	if end := t.beginModuleImport(ctx, name); end != nil {
		defer end()
	} else if v, ok := c.modules.GetStr(name); ok {
		return v, nil // another thread loaded it meanwhile, or a circular import
	} else if m, err := ctx.GetModule(name); err == nil {
		return m, nil
	}
	gcpolicy.ModuleImport() // the program's first import trims what start-up touched
	m, err := t.findAndLoad(c, name, path)
	noteImportResult(ctx, name, err)
	if err != nil {
		return nil, err
	}
	if parent != nil {
		if err := SetAttr(parent, name[strings.LastIndexByte(name, '.')+1:], m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// moduleNotFoundError is ModuleNotFoundError(msg) with its name
// attribute name and path None.
func moduleNotFoundError(msg, name string) error {
	return &py.Exception{
		Base: ModuleNotFoundError,
		Args: py.Tuple{py.String(msg)},
		Dict: py.StringDict{"name": py.String(name), "path": py.None},
	}
}

// embeddedImpl is the module compiled into the binary that an import of
// name loads, or nil: none by that name, or a top-level library module a
// file on sys.path shadows (import_shadow.go).
func embeddedImpl(ctx py.Context, name string) *py.ModuleImpl {
	impl := py.GetModuleImpl(name)
	if impl == nil || (!strings.Contains(name, ".") && shadowingFile(ctx, name) != "") {
		return nil
	}
	return impl
}

// findAndLoad finds the spec of name, not yet imported, with the finders
// on sys.meta_path (path is the parent package's __path__ or None) and
// loads the module from it.
func (t *thread) findAndLoad(c *Context, name string, path py.Object) (py.Object, error) {
	s := importSystemOf(c)
	if !s.ready {
		return py.ImportModuleLevelObject(c, name, nil, nil, nil, 0)
	}
	sys, err := c.GetModule("sys")
	if err != nil {
		return nil, err
	}
	var finders []py.Object
	switch mp := sys.Globals["meta_path"].(type) {
	case *py.List:
		finders = append(finders, mp.Items...)
	case nil, py.NoneType:
		return nil, py.ExceptionNewf(py.ImportError, "sys.meta_path is None, Python is likely shutting down")
	default:
		if finders, err = toTuple(mp); err != nil {
			return nil, err
		}
	}
	if len(finders) == 0 {
		// ImportWarning("sys.meta_path is empty"), then not found
		if _, err := t.callObject(nil, s.findSpec, []py.Object{py.String(name), path}, nil, nil); err != nil {
			return nil, err
		}
	}
	for _, finder := range finders {
		if finder == s.builtin {
			if impl := embeddedImpl(c, name); impl != nil {
				return t.loadEmbedded(c, name, impl)
			}
			continue
		}
		spec, err := t.askFinder(s, finder, name, path)
		if err != nil {
			return nil, err
		}
		if spec != py.None {
			return t.loadSpec(c, s, name, spec)
		}
	}
	if spec := t.besideImporter(s, name); spec != nil {
		return t.loadSpec(c, s, name, spec)
	}
	return nil, moduleNotFoundError("No module named '"+name+"'", name)
}

// besideImporter is the spec of a top-level module name kept in the
// directory of the module importing it, outside sys.path, or nil: the
// embedding API (py.RunFile) runs scripts whose imports gpython
// resolves there, which CPython's path-based import does not.
func (t *thread) besideImporter(s *importSystem, name string) py.Object {
	if strings.Contains(name, ".") || t.top == nil {
		return nil
	}
	file, ok := t.top.globals["__file__"].(py.String)
	if !ok {
		return nil
	}
	dir := filepath.Dir(string(file))
	for _, candidate := range []string{filepath.Join(dir, name, "__init__.py"), filepath.Join(dir, name+".py")} {
		if st, err := os.Stat(candidate); err != nil || !st.Mode().IsRegular() {
			continue
		}
		ext, err := py.ImportModuleLevelObject(t.ctx, "importlib._bootstrap_external", nil, nil, nil, 0)
		if err != nil {
			return nil
		}
		locate, err := GetAttr(ext, "spec_from_file_location")
		if err != nil {
			return nil
		}
		spec, err := t.callObject(nil, locate, []py.Object{py.String(name), py.String(candidate)}, nil, nil)
		if err != nil || spec == py.None {
			return nil
		}
		return spec
	}
	return nil
}

// loadEmbedded runs the module compiled into the binary as name, and
// gives it the spec of a built-in module.
func (t *thread) loadEmbedded(c *Context, name string, impl *py.ModuleImpl) (py.Object, error) {
	m, err := c.ModuleInit(impl)
	if err != nil {
		return nil, err
	}
	if _, ok := m.Globals["__spec__"]; !ok {
		// as BuiltinImporter.find_spec would give it
		spec, err := t.askFinder(importSystemOf(c), importSystemOf(c).builtin, name, py.None)
		if err != nil {
			return nil, err
		}
		if file, ok := m.Globals["__file__"].(py.String); ok && spec != py.None {
			// Python source compiled in: located at its file's name
			if err := SetAttr(spec, "origin", file); err != nil {
				return nil, err
			}
			if err := SetAttr(spec, "has_location", py.True); err != nil {
				return nil, err
			}
		}
		m.Globals["__spec__"] = spec
		if _, isPackage := m.Globals["__path__"]; isPackage && spec != py.None {
			// the package's own list (the registration's is shared by
			// every interpreter), its spec's: the directory of its file
			where, err := GetAttr(spec, "submodule_search_locations")
			if err != nil {
				return nil, err
			}
			if l, ok := where.(*py.List); ok {
				m.Globals["__path__"] = l
			}
		}
		if _, ok := m.Globals["__loader__"]; !ok {
			m.Globals["__loader__"] = importSystemOf(c).builtin
		}
	}
	if v, ok := c.modules.GetStr(name); ok {
		return v, nil
	}
	return m, nil
}

// askFinder is finder.find_spec(name, path, None), or for a finder of
// the older protocol the spec of the loader find_module(name, path)
// gives (None when it gives none).
func (t *thread) askFinder(s *importSystem, finder py.Object, name string, path py.Object) (py.Object, error) {
	find, err := GetAttr(finder, "find_spec")
	if err == nil {
		return t.callObject(nil, find, []py.Object{py.String(name), path, py.None}, nil, nil)
	}
	if !py.IsException(py.AttributeError, err) {
		return nil, err
	}
	find, err = GetAttr(finder, "find_module")
	if err != nil {
		return nil, err
	}
	loader, err := t.callObject(nil, find, []py.Object{py.String(name), path}, nil, nil)
	if err != nil || loader == py.None {
		return loader, err
	}
	return t.callObject(nil, s.specOfLoader, []py.Object{py.String(name), loader}, nil, nil)
}

// loadSpec makes the module name from spec, enters it in sys.modules
// and runs it with the spec's loader; a failure takes it out again. The
// module is what sys.modules holds at the end (a module may put another
// object there in its place).
func (t *thread) loadSpec(c *Context, s *importSystem, name string, spec py.Object) (py.Object, error) {
	loader, err := GetAttr(spec, "loader")
	if err != nil {
		return nil, err
	}
	if loader == py.None {
		where, err := GetAttr(spec, "submodule_search_locations")
		if err != nil {
			return nil, err
		}
		if where == py.None {
			exc := py.ExceptionNewf(py.ImportError, "missing loader")
			exc.Dict["name"], exc.Dict["path"] = py.String(name), py.None
			return nil, exc
		}
	} else if loader.Type() == s.sourceLoader {
		if m, ok, err := t.loadSourceFile(c, s, name, spec, loader); ok {
			return m, err
		}
	}
	if loader != py.None {
		if _, err := GetAttr(loader, "exec_module"); err != nil {
			if !py.IsException(py.AttributeError, err) {
				return nil, err
			}
			return t.loadLegacy(c, name, spec, loader)
		}
	}
	module, err := t.callObject(nil, s.fromSpec, []py.Object{spec}, nil, nil)
	if err != nil {
		return nil, err
	}
	if m, ok := module.(*py.Module); ok && m.Context == nil {
		m.Context = c
	}
	c.modules.SetStr(name, module)
	if loader != py.None {
		exec, err := GetAttr(loader, "exec_module")
		if err == nil {
			_, err = t.callObject(nil, exec, []py.Object{module}, nil, nil)
		}
		if err != nil {
			_, _ = c.modules.DelItem(py.String(name))
			return nil, err
		}
	}
	return finalModule(c, name)
}

// loadLegacy runs a loader of the older protocol: load_module(name)
// puts the module in sys.modules itself; the import system then fills
// in the attributes it left unset.
func (t *thread) loadLegacy(c *Context, name string, spec, loader py.Object) (py.Object, error) {
	load, err := GetAttr(loader, "load_module")
	if err != nil {
		return nil, err
	}
	if _, err := t.callObject(nil, load, []py.Object{py.String(name)}, nil, nil); err != nil {
		return nil, err
	}
	m, err := finalModule(c, name)
	if err != nil {
		return nil, err
	}
	for _, attr := range []struct {
		name  string
		value py.Object
	}{{"__loader__", loader}, {"__spec__", spec}} {
		if v, err := GetAttr(m, attr.name); err != nil || v == py.None {
			_ = SetAttr(m, attr.name, attr.value)
		}
	}
	if v, err := GetAttr(m, "__package__"); err != nil || v == py.None {
		pkg := name
		if _, err := GetAttr(m, "__path__"); err != nil {
			pkg = name[:max(strings.LastIndexByte(name, '.'), 0)]
		}
		_ = SetAttr(m, "__package__", py.String(pkg))
	}
	return m, nil
}

// finalModule is sys.modules[name] after a load, KeyError when the
// module took itself out.
func finalModule(c *Context, name string) (py.Object, error) {
	if v, ok := c.modules.GetStr(name); ok {
		return v, nil
	}
	return nil, &py.Exception{Base: py.KeyError, Args: py.Tuple{py.String(name)}, Dict: py.StringDict{}}
}

// loadSourceFile is SourceFileLoader's work done here: the file's
// source compiled (or its compiled file in __pycache__ read) and run as
// the module, which gets its attributes from
// spec first. ok is false when the file cannot be read: the loader then
// raises the error itself.
func (t *thread) loadSourceFile(c *Context, s *importSystem, name string, spec, loader py.Object) (m py.Object, ok bool, err error) {
	where, err := GetAttr(loader, "path")
	if err != nil {
		return nil, false, nil
	}
	file, isStr := where.(py.String)
	if !isStr {
		return nil, false, nil
	}
	sysName, _, encodable := pyutil.FSEncode(string(file))
	if !encodable {
		return nil, false, nil
	}
	st, statErr := os.Stat(sysName)
	src, readErr := os.ReadFile(sysName)
	if readErr != nil || statErr != nil {
		return nil, false, nil
	}
	module, err := c.Store().NewModule(c, &py.ModuleImpl{Info: py.ModuleInfo{Name: name, FileDesc: string(file)}})
	if err != nil {
		return nil, true, err
	}
	g := module.Globals
	g["__doc__"] = py.None
	if _, err := t.callObject(nil, s.initAttrs, []py.Object{spec, module}, nil, nil); err != nil {
		return nil, true, err
	}
	if b := c.Store().Builtins; b != nil {
		g["__builtins__"] = b.Globals
	}
	c.modules.SetStr(name, module)
	c.recordedModules.Store(name, struct{}{})
	code := cachedModuleCode(sysName, string(file), st) // import_bytecode.go
	if code == nil {
		text, err := sourceBytesText(src, string(file))
		if err != nil {
			_, _ = c.modules.DelItem(py.String(name))
			return nil, true, err
		}
		if code, err = py.Compile(text, string(file), py.ExecMode, 0, true); err != nil {
			_, _ = c.modules.DelItem(py.String(name))
			return nil, true, err
		}
		c.keepModuleCode(sysName, st, code)
	}
	if _, err := evalCode(c, code, g, g, nil, nil, nil, nil, nil); err != nil {
		_, _ = c.modules.DelItem(py.String(name))
		return nil, true, err
	}
	m, err = finalModule(c, name)
	return m, true, err
}

// importSubmodule is `from package import name` for a package without
// an attribute name: the submodule package.name imported. ok is false
// when there is no such module (the caller raises "cannot import name").
func (t *thread) importSubmodule(m *py.Module, name string) (sub py.Object, ok bool, err error) {
	if _, isPackage := m.Globals["__path__"]; !isPackage || m.Context == nil {
		return nil, false, nil
	}
	pkg, isStr := m.Globals["__name__"].(py.String)
	if !isStr {
		return nil, false, nil
	}
	full := string(pkg) + "." + name
	sub, err = t.importAbsolute(m.Context, full)
	if err != nil {
		if e, isExc := err.(*py.Exception); isExc && e.Base == ModuleNotFoundError && e.Dict["name"] == py.String(full) {
			return nil, false, nil
		}
		return nil, false, err
	}
	if v, ok := m.Globals[name]; ok {
		return v, true, nil
	}
	m.Globals[name] = sub
	return sub, true, nil
}

// withFromlist completes an import whose result is m (or err) with its
// fromlist: the submodules it names that the package m has no attribute
// for are imported ("*" stands for the names in the package's __all__),
// a name that is no submodule left for IMPORT_FROM to report.
func (t *thread) withFromlist(m py.Object, err error) func(fromlist py.Object) (py.Object, error) {
	return func(fromlist py.Object) (py.Object, error) {
		if err != nil || isEmptyFromlist(fromlist) {
			return m, err
		}
		mod, ok := m.(*py.Module)
		if !ok || mod.Context == nil {
			return m, nil
		}
		if _, isPackage := mod.Globals["__path__"]; !isPackage {
			return m, nil
		}
		return m, t.importFromlist(mod, fromlist, false)
	}
}

func (t *thread) importFromlist(mod *py.Module, fromlist py.Object, fromAll bool) error {
	names, err := toTuple(fromlist)
	if err != nil {
		return nil // __import__ checked it iterates
	}
	pkg, ok := mod.Globals["__name__"].(py.String)
	if !ok {
		return nil
	}
	for _, item := range names {
		name, ok := item.(py.String)
		if !ok {
			where := "``from list''"
			if fromAll {
				where = string(pkg) + ".__all__"
			}
			return py.ExceptionNewf(py.TypeError, "Item in %s must be str, not %s", where, typeName(item))
		}
		if name == "*" {
			if all, ok := mod.Globals["__all__"]; ok && !fromAll {
				if err := t.importFromlist(mod, all, true); err != nil {
					return err
				}
			}
			continue
		}
		if _, has := mod.Globals[string(name)]; has {
			continue
		}
		full := string(pkg) + "." + string(name)
		if _, err := t.importAbsolute(mod.Context, full); err != nil {
			if e, isExc := err.(*py.Exception); isExc && e.Base == ModuleNotFoundError && e.Dict["name"] == py.String(full) {
				if c, isOurs := mod.Context.(*Context); !isOurs || haltedImport(c, full) == nil {
					continue // no such submodule: left for IMPORT_FROM
				}
			}
			return err
		}
	}
	return nil
}
