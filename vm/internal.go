package vm

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// callInternal runs the builtins that need the calling frame: globals(),
// locals(), vars(), eval(), exec() and __import__().
func (t *thread) callInternal(f *frame, m *py.Method, args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (py.Object, error) {
	kw, err := kwDict(m, kwpairs, kwextra)
	if err != nil {
		return nil, err
	}
	targs := append(py.Tuple(nil), args...)
	switch m.Internal() {
	case py.InternalMethodGlobals:
		if err := pyarg.NoArgs("globals", targs, kw); err != nil {
			return nil, err
		}
		return globalsObject(f.globals), nil
	case py.InternalMethodLocals:
		if err := pyarg.NoArgs("locals", targs, kw); err != nil {
			return nil, err
		}
		if m, ok := t.prepared[nsKey(f.locals)]; ok && f.locals != nil {
			// exec()'s locals mapping, a class body's __prepare__d
			// namespace: the mapping itself, as 3.6 gives, unless it is
			// a plain dict, which the namespace stands for.
			if _, plain := m.(*Dict); !plain {
				return m, nil
			}
		}
		return f.localsObject(), nil
	case py.InternalMethodImport:
		return t.builtinImport(f, targs, kw)
	case py.InternalMethodEval:
		return t.evalOrExec(f, targs, kw, py.EvalMode)
	case py.InternalMethodExec:
		if _, err := t.evalOrExec(f, targs, kw, py.ExecMode); err != nil {
			return nil, err
		}
		return py.None, nil
	case py.InternalMethodVars:
		if len(kw) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "vars() takes no keyword arguments")
		}
		switch len(targs) {
		case 0:
			return f.localsObject(), nil
		case 1:
			d, err := GetAttr(targs[0], "__dict__")
			if err != nil {
				return nil, py.ExceptionNewf(py.TypeError, "vars() argument must have __dict__ attribute")
			}
			return d, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "vars expected at most 1 arguments, got %d", len(targs))
	}
	return py.Call(m, targs, kw)
}

// localsObject is locals() and vars(): the namespace, or for a function
// its frame's f_locals dict, brought up to date (frame_object.go).
func (f *frame) localsObject() py.Object {
	if f.locals != nil {
		return f.locals
	}
	return frameLocalsDict(f.sharedFrame())
}

// localsDict is the locals eval() and exec() default to: the namespace, or for a function a dict made
// from its fast locals and cells.
func (f *frame) localsDict() py.StringDict {
	if f.locals != nil {
		return f.locals
	}
	noteLocalsSeen() // finalize_unshared.go
	d := py.NewStringDict()
	co := f.c.py
	for i := 0; i < f.c.nlocals && i < len(co.Varnames); i++ {
		if v := f.fast[i]; v != nil {
			d[co.Varnames[i]] = v
		}
	}
	for i := 0; i < f.c.nfast-f.c.nlocals; i++ {
		cell, ok := f.fast[f.c.nlocals+i].(*py.Cell)
		if !ok {
			continue
		}
		if v := cell.Get(); v != nil {
			d[cellName(f.c, i)] = v
		}
	}
	return d
}

// evalOrExec implements eval() and exec() with the caller's namespaces as
// defaults.
func (t *thread) evalOrExec(f *frame, args py.Tuple, kw py.StringDict, mode py.CompileMode) (py.Object, error) {
	if err := pyarg.NoKeywords(string(mode), kw); err != nil {
		return nil, err
	}
	if err := pyarg.UnpackCount(string(mode), args, 1, 3); err != nil {
		return nil, err
	}
	src, globals, locals := args[0], py.Object(py.None), py.Object(py.None)
	if len(args) > 1 {
		globals = args[1]
	}
	if len(args) > 2 {
		locals = args[2]
	}
	if mode == py.EvalMode && locals != py.None && !subscriptable(locals) {
		return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping")
	}
	if globals == py.None {
		globals = f.globals
		if locals == py.None {
			locals = f.localsDict()
		}
	} else if locals == py.None {
		locals = globals
	}
	g, syncGlobals, ok := namespaceOf(globals)
	subclassGlobals := false
	if !ok {
		// A dict subclass's instance: the code runs in the namespace of
		// the dict it holds.
		if d, isDict := pyutil.Unwrap(globals).(*Dict); isDict && d != globals {
			g, syncGlobals, ok = namespaceOf(d)
			subclassGlobals = ok
		}
	}
	if !ok {
		switch {
		case mode == py.ExecMode:
			return nil, py.ExceptionNewf(py.TypeError, "exec() globals must be a dict, not %s", typeName(globals))
		case subscriptable(globals):
			return nil, py.ExceptionNewf(py.TypeError, "globals must be a real dict; try eval(expr, {}, mapping)")
		}
		return nil, py.ExceptionNewf(py.TypeError, "globals must be a dict")
	}
	defer syncGlobals()
	l, syncLocals, ok := namespaceOf(locals)
	readsMapping := false
	if subclassGlobals && overridesGetItem(globals) {
		registerMappedGlobals(g, globals) // exec_namespace.go: LOAD_GLOBAL reads it
	}
	if subclassGlobals && identical(globals, locals) {
		// The module's stores (STORE_NAME) go through the subclass's
		// __setitem__ and __delitem__, as 3.6 stores into a locals
		// that is not exactly a dict; so do its reads (LOAD_NAME) when
		// the subclass defines __getitem__ or __missing__
		// (exec_namespace.go).
		if readsMapping = overridesGetItem(globals); readsMapping {
			l = mappingNamespace(locals)
			syncLocals, ok = t.forwardBody(l, locals), true
		} else {
			l, syncLocals, ok = g, t.forwardBody(g, locals), true
		}
	} else if !ok && subscriptable(locals) {
		// Any other mapping (a dict subclass, a class with __getitem__
		// and __setitem__): the code runs in a namespace seeded from it
		// whose stores and deletions are passed on to it at once.
		l = mappingNamespace(locals)
		syncLocals = t.forwardBody(l, locals)
		ok = true
	}
	if !ok {
		if mode == py.ExecMode {
			return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping or None, not %s", typeName(locals))
		}
		return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping")
	}
	defer syncLocals()
	if identical(globals, locals) && !readsMapping {
		l = g
	}
	if _, ok := g["__builtins__"]; !ok {
		storeName(g, "__builtins__", f.builtins)
	}
	var co *py.Code
	if b, ok := bufferBytes(src); ok {
		src = py.Bytes(append([]byte(nil), b...)) // a bytearray, a memoryview
	}
	switch s := src.(type) {
	case *py.Code:
		co = s
	case py.String, py.Bytes:
		if str, isStr := s.(py.String); isStr {
			// 3.6 reads a str source as UTF-8 (source_as_string): a
			// lone surrogate raises there, at its place in the whole
			// source, as compile() does.
			if err := pyutil.UTF8EncodeError(str); err != nil {
				return nil, err
			}
		}
		text := string(toBytesOrString(s))
		if b, isBytes := s.(py.Bytes); isBytes {
			var err error
			if text, err = sourceBytesText(b, "<string>"); err != nil {
				return nil, err
			}
		}
		if mode == py.EvalMode {
			// eval() alone skips the expression's leading blanks; exec()
			// of an indented first line is an IndentationError.
			text = strings.TrimLeft(text, " \t")
		}
		var err error
		co, err = py.Compile(text, "<string>", mode, 0, true)
		if err != nil {
			return nil, err
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s() arg 1 must be a string, bytes or code object", mode)
	}
	if len(co.Freevars) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "code object passed to %s() may not contain free variables", mode)
	}
	return evalCode(f.ctx, co, g, l, nil, nil, nil, nil, nil)
}

// subscriptable reports whether o's type has __getitem__ (CPython's
// PyMapping_Check), for eval()'s message about a non-dict mapping.
func subscriptable(o py.Object) bool {
	if cls, ok := pythonClassOf(o); ok {
		return cls.Lookup("__getitem__") != nil
	}
	_, ok := o.(py.I__getitem__)
	return ok
}

// namespaceOf gives the namespace a dict passed to exec() or eval() runs
// in: a namespace dict as it is, a dict as a namespace of its str keys
// whose changes sync copies back into the dict when the code is done.
func namespaceOf(o py.Object) (ns py.StringDict, sync func(), ok bool) {
	switch d := o.(type) {
	case py.StringDict:
		return d, func() {}, true
	case *Dict:
		var fresh bool
		ns, fresh = execNamespace(d)
		if !fresh {
			// An exec() on this dict is running (exec within exec):
			// the live namespace is newer than the dict.
			return ns, func() { syncExecDict(d, ns) }, true
		}
		// The namespace mirrors the dict's changes: it holds what the
		// dict holds and what code run in it bound since.
		syncExecDict(d, ns)
		beginNamespace(ns, d.strKeys())
		return ns, func() {
			defer endNamespace(ns)
			defer releaseExecNamespace(d)
			syncExecDict(d, ns)
		}, true
	}
	return nil, nil, false
}

func toBytesOrString(o py.Object) string {
	switch s := o.(type) {
	case py.String:
		return string(s)
	case py.Bytes:
		return string(s)
	}
	return ""
}

// importName implements IMPORT_NAME: TOS is the fromlist, TOS1 the level.
func (t *thread) importName(f *frame, name string) error {
	fromlist := f.pop()
	level := f.stack[f.sp-1]
	var locals py.Object = py.None
	if f.locals != nil {
		locals = f.locals
	}
	m, err := t.importByName(f, name, locals, fromlist, level)
	if err != nil {
		return err
	}
	f.stack[f.sp-1] = m
	return nil
}

// importByName is what an import statement and the builtin __import__
// do: the module (or, for a dotted name without a fromlist, its top
// package), every package on the way imported and bound as its parent's
// attribute and recorded in sys.modules, aliases (os.path) resolved, and
// ModuleNotFoundError for a missing module.
func (t *thread) importByName(f *frame, name string, locals, fromlist, level py.Object) (py.Object, error) {
	if lv, _ := level.(py.Int); lv > 0 {
		return t.importRelative(f, f.globals, name, locals, fromlist, int(lv))
	}
	if err := haltedImport(f.ctx, name); err != nil {
		return nil, err
	}
	if alias, ok := moduleAliases[name]; ok {
		// `import os.path` binds os; `from os.path import x` reads the
		// alias's module.
		m, err := t.importModule(f, alias, locals, fromlist, level)
		if err != nil {
			return nil, err
		}
		recordModuleAs(f.ctx, name, m)
		if !isEmptyFromlist(fromlist) {
			return m, nil
		}
		name, _, _ = strings.Cut(name, ".")
	}
	if lv, _ := level.(py.Int); lv == 0 && strings.Contains(name, ".") {
		return t.withFromlist(t.importDotted(f, name, locals, fromlist))(fromlist)
	}
	m, err := t.importModule(f, name, locals, fromlist, level)
	if err != nil {
		return nil, moduleNotFound(err, name)
	}
	if mod, ok := m.(*py.Module); ok {
		recordModule(f.ctx, mod)
	}
	return t.withFromlist(m, nil)(fromlist)
}

// builtinImport is __import__(name, globals=None, locals=None,
// fromlist=(), level=0) called by a script: the import statement's work
// (importByName), with the module named by globals' __name__ as the
// anchor of a relative import.
func (t *thread) builtinImport(f *frame, args py.Tuple, kw py.StringDict) (py.Object, error) {
	v, err := pyarg.Parse36("__import__", args, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	name, ok := v[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__import__() argument 1 must be str, not %s", typeName(v[0]))
	}
	locals, fromlist, level := v[2], v[3], v[4]
	if locals == nil {
		locals = py.None
	}
	if fromlist == nil {
		fromlist = py.Tuple{}
	}
	if level == nil {
		level = py.Int(0)
	}
	if lv, ok := level.(py.Int); ok && lv < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "level must be >= 0")
	}
	if name == "" && level == py.Int(0) {
		return nil, py.ExceptionNewf(py.ValueError, "Empty module name")
	}
	var g py.StringDict
	if level != py.Int(0) {
		// relative to the caller-supplied globals, not the frame's
		if v[1] == nil {
			// no globals at all (None is "globals must be a dict")
			return nil, py.ExceptionNewf(py.KeyError, "'__name__' not in globals")
		}
		if g, ok = globalsDict(v[1]); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "globals must be a dict")
		}
	}
	var fromlistErr error
	switch fromlist.(type) {
	case py.Tuple, *py.List, py.NoneType:
	default:
		// any iterable: its items read once; whether it iterates matters
		// for packages only (checked below)
		if fromlist, fromlistErr = toTuple(fromlist); fromlistErr != nil {
			fromlist = py.Tuple{}
		}
	}
	var m py.Object
	if lv, _ := level.(py.Int); lv > 0 {
		m, err = t.importRelative(f, g, string(name), locals, fromlist, int(lv))
	} else {
		m, err = t.importByName(f, string(name), locals, fromlist, level)
	}
	if err != nil {
		return nil, err
	}
	if mod, ok := m.(*py.Module); ok && fromlistErr != nil {
		if _, isPackage := mod.Globals["__path__"]; isPackage {
			// a package's fromlist names its submodules: it must iterate
			return nil, fromlistErr
		}
	}
	return m, nil
}

// importDotted imports a package and its submodules down to name, binding
// each submodule it loads as an attribute of its parent: `import a.b`
// gives a (with a.b set), `from a.b import x` gives a.b.
func (t *thread) importDotted(f *frame, name string, locals, fromlist py.Object) (py.Object, error) {
	parts := strings.Split(name, ".")
	var top, parent py.Object
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		loadedBefore := inSysModules(f.ctx, full)
		m, err := t.importModule(f, full, locals, py.Tuple{py.String("*")}, py.Int(0))
		if err != nil {
			err = moduleNotFound(err, full)
			if pm, ok := parent.(*py.Module); ok {
				err = notAPackage(err, pm, strings.Join(parts[:i], "."))
			}
			return nil, err
		}
		if mod, ok := m.(*py.Module); ok {
			recordModule(f.ctx, mod)
		}
		if pm, ok := parent.(*py.Module); ok && !loadedBefore {
			// Bound when it loads, as 3.6 does: a package's own name
			// that a later import of the submodule would shadow stays.
			pm.Globals[parts[i]] = m
		}
		if i == 0 {
			top = m
		}
		parent = m
	}
	if isEmptyFromlist(fromlist) {
		return top, nil
	}
	return parent, nil
}

// moduleAliases are dotted module names that name a module registered
// under another name (os.path is posixpath).
var moduleAliases = map[string]string{"os.path": "posixpath"}

func isEmptyFromlist(o py.Object) bool {
	switch v := o.(type) {
	case py.NoneType:
		return true
	case py.Tuple:
		return len(v) == 0
	case *py.List:
		return len(v.Items) == 0
	}
	return false
}

// importModule calls __import__(name, globals, locals, fromlist, level).
func (t *thread) importModule(f *frame, name string, locals, fromlist, level py.Object) (py.Object, error) {
	imp, ok := f.builtins["__import__"]
	if !ok {
		return nil, py.ExceptionNewf(py.ImportError, "__import__ not found")
	}
	args := []py.Object{py.String(name), f.globals, locals, fromlist, level}
	var m py.Object
	var err error
	if meth, ok := imp.(*py.Method); ok && meth.Internal() == py.InternalMethodImport {
		m, err = t.importAbsolute(f.ctx, name) // import_system.go
	} else {
		m, err = t.callObject(f, imp, args, nil, nil)
	}
	return m, err
}

// moduleNotFound turns gpython's "Failed to resolve" FileNotFoundError for
// a missing module into CPython's ModuleNotFoundError.
func moduleNotFound(err error, name string) error {
	e, ok := exceptionOf(err).(*py.Exception)
	if !ok || e.Base != py.FileNotFoundError {
		return err
	}
	args, _ := e.Args.(py.Tuple)
	if len(args) != 1 {
		return err
	}
	if msg, ok := args[0].(py.String); !ok || !strings.HasPrefix(string(msg), "Failed to resolve") {
		return err
	}
	return &py.Exception{
		Base: ModuleNotFoundError,
		Args: py.Tuple{py.String("No module named '" + name + "'")},
		Dict: py.StringDict{"name": py.String(name), "path": py.None},
	}
}

// notAPackage adds CPython's "; 'os' is not a package" to the
// ModuleNotFoundError of a submodule of parent (named parentName) when
// parent is a plain module, which has no submodules.
func notAPackage(err error, parent *py.Module, parentName string) error {
	e, ok := err.(*py.Exception)
	if !ok || e.Base != ModuleNotFoundError {
		return err
	}
	if _, isPackage := parent.Globals["__path__"]; isPackage {
		return err
	}
	if file, _ := parent.Globals["__file__"].(py.String); strings.HasSuffix(string(file), "__init__.py") {
		return err // a package read from a directory
	}
	args, _ := e.Args.(py.Tuple)
	if msg, ok := args[0].(py.String); ok && len(args) == 1 && !strings.HasSuffix(string(msg), " is not a package") {
		e.Args = py.Tuple{msg + py.String("; '"+parentName+"' is not a package")}
	}
	return err
}

// importFrom implements IMPORT_FROM. A submodule that another thread is
// still loading is waited for (import_lock.go), found as the package's
// attribute or in the module store, as CPython's importers wait on the
// module's lock.
func (t *thread) importFrom(module py.Object, name string) (py.Object, error) {
	v, err := GetAttr(module, name)
	if err == nil {
		if sub, ok := v.(*py.Module); ok && sub.ModuleImpl != nil && sub.Context != nil {
			t.awaitModuleLoad(sub.Context, sub.ModuleImpl.Info.Name)
		}
		return v, nil
	}
	if m, ok := module.(*py.Module); ok && py.IsException(py.AttributeError, err) {
		// from package import submodule
		full := m.ModuleImpl.Info.Name + "." + name
		if end := t.beginModuleImport(m.Context, full); end != nil {
			defer end()
		}
		if sub, err := m.Context.Store().GetModule(full); err == nil {
			m.Globals[name] = sub
			return sub, nil
		}
		if impl := py.GetModuleImpl(full); impl != nil {
			sub, err := m.Context.ModuleInit(impl)
			if err != nil {
				return nil, err
			}
			m.Globals[name] = sub
			return sub, nil
		}
		if sub, ok, err := t.importSubmodule(m, name); ok || err != nil {
			return sub, err
		}
	}
	if py.IsException(py.AttributeError, err) {
		return nil, py.ExceptionNewf(py.ImportError, "cannot import name '%s'", name)
	}
	return nil, err
}

// importStar implements `from module import *`.
func importStar(f *frame, from py.Object) error {
	if f.locals == nil {
		return py.ExceptionNewf(py.SystemError, "no locals found during 'import *'")
	}
	module, ok := from.(*py.Module)
	if !ok {
		return py.ExceptionNewf(py.TypeError, "import * needs a module")
	}
	if all, ok := module.Globals["__all__"]; ok {
		items, err := toTuple(all)
		if err != nil {
			return err
		}
		for _, item := range items {
			name, ok := item.(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "Item in %s.__all__ must be str, not %s", module.ModuleImpl.Info.Name, item.Type().Name)
			}
			v, err := GetAttr(module, string(name))
			if err != nil {
				return err
			}
			storeName(f.locals, string(name), v)
		}
		return nil
	}
	for _, name := range namespaceKeys(module.Globals) {
		if !strings.HasPrefix(name, "_") {
			storeName(f.locals, name, module.Globals[name])
		}
	}
	return nil
}

// specialMethod looks a special method up on o's type, bound to o, as
// the with statement does.
func specialMethod(o py.Object, name string) (py.Object, error) {
	if t, ok := o.(*py.Type); ok {
		if _, isCls := isClass(t); !isCls {
			m := t.Type().Lookup(name)
			if m == nil {
				return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
			}
			// A descriptor of any kind, a Python class's __get__ too.
			return bindAttr(m, o, t.Type())
		}
	}
	v, err := GetAttr(o, name)
	if err != nil && py.IsException(py.AttributeError, err) {
		return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
	}
	return v, err
}

// setupWith implements SETUP_WITH: __exit__ replaces the manager on the
// stack, __enter__() is called, a finally block is pushed, then the result
// of __enter__.
func (t *thread) setupWith(f *frame, handler int) error {
	mgr := f.stack[f.sp-1]
	enter, err := specialMethod(mgr, "__enter__")
	if err != nil {
		return err
	}
	exit, err := specialMethod(mgr, "__exit__")
	if err != nil {
		return err
	}
	f.stack[f.sp-1] = exit
	res, err := t.callObject(f, enter, nil, nil, nil)
	if err != nil {
		return err
	}
	f.blocks = append(f.blocks, py.TryBlock{Type: py.TryBlockSetupFinally, Handler: int32(handler), Level: f.sp})
	f.push(res)
	return nil
}

// withCleanup implements WITH_CLEANUP: __exit__ is called with the
// exception (or Nones); a true result on an exception silences it.
func (t *thread) withCleanup(f *frame) error {
	var exit py.Object
	exc := f.stack[f.sp-1]
	var val, tb py.Object = py.None, py.None
	switch x := exc.(type) {
	case py.NoneType:
		f.sp--
		exit = f.stack[f.sp-1]
		f.stack[f.sp-1] = exc
		f.stack[f.sp] = nil
	case py.Int:
		f.sp--
		f.stack[f.sp] = nil
		switch why(x) {
		case whyReturn, whyContinue:
			exit = f.stack[f.sp-2]
			f.stack[f.sp-2] = f.stack[f.sp-1]
			f.stack[f.sp-1] = exc
		default:
			exit = f.stack[f.sp-1]
			f.stack[f.sp-1] = exc
		}
		exc = py.None
	default:
		// Stack: exit, the saved (tb, value, type), then the exception's
		// (tb, value, type). exit is taken out by sliding the saved
		// triple down one slot; the except handler's level follows.
		s := f.stack
		sp := f.sp
		val, tb = s[sp-2], s[sp-3]
		exit = s[sp-7]
		s[sp-7], s[sp-6], s[sp-5] = s[sp-6], s[sp-5], s[sp-4]
		s[sp-4] = nil
		b := &f.blocks[len(f.blocks)-1]
		if b.Type != py.TryBlockExceptHandler {
			return py.ExceptionNewf(py.SystemError, "vm: WITH_CLEANUP without an except handler")
		}
		b.Level--
	}
	res, err := t.callObject(f, exit, []py.Object{exc, val, tb}, nil, nil)
	if err != nil {
		return err
	}
	if exc != py.None {
		silenced, err := Truth(res)
		if err != nil {
			return err
		}
		if silenced {
			f.push(py.Int(whySilenced))
		}
	}
	return nil
}
