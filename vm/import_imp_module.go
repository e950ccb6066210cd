package vm

import (
	"errors"
	"os"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The _imp module: what importlib's Python half asks the interpreter.
// "Built-in" modules are the ones compiled into the binary (gpython's
// registered modules: Go ones and the embedded library alike).

// impContext is the interpreter a call of an _imp function runs in.
func impContext(self py.Object) *Context {
	if m, ok := self.(*py.Module); ok {
		if c, ok := m.Context.(*Context); ok {
			return c
		}
	}
	return currentContext()
}

func impName(fn string, args py.Tuple) (string, error) {
	if len(args) != 1 {
		return "", py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", fn, len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", fn, typeName(args[0]))
	}
	return string(name), nil
}

func impIsBuiltin(self py.Object, args py.Tuple) (py.Object, error) {
	name, err := impName("is_builtin", args)
	if err != nil {
		return nil, err
	}
	if py.GetModuleImpl(name) == nil {
		return py.Int(0), nil
	}
	if interpreterBuiltins[name] {
		return py.Int(-1), nil // cannot be imported again (CPython's answer for sys, builtins...)
	}
	return py.Int(1), nil
}

func impIsPackage(self py.Object, args py.Tuple) (py.Object, error) {
	name, err := impName("_is_package", args)
	if err != nil {
		return nil, err
	}
	impl := py.GetModuleImpl(name)
	if impl == nil {
		return py.False, nil
	}
	_, hasPath := impl.Globals["__path__"]
	desc := impl.Info.FileDesc
	return py.NewBool(hasPath || desc == "__init__.py" || strings.HasSuffix(desc, "/__init__.py")), nil
}

// embeddedPython is the module compiled into the interpreter as name when
// it is written in Python (it has code to run), else nil.
func embeddedPython(name string) *py.ModuleImpl {
	impl := py.GetModuleImpl(name)
	if impl == nil || interpreterBuiltins[name] || (impl.Code == nil && impl.CodeSrc == "" && len(impl.CodeBuf) == 0) {
		return nil
	}
	return impl
}

// impEmbeddedCode is _imp._embedded_code(name): the code object of the
// Python module compiled in as name, or None (none, or one written in Go).
func impEmbeddedCode(self py.Object, args py.Tuple) (py.Object, error) {
	name, err := impName("_embedded_code", args)
	if err != nil {
		return nil, err
	}
	impl := embeddedPython(name)
	if impl == nil {
		return py.None, nil
	}
	code, err := moduleCode(impl)
	if err != nil || code == nil {
		return py.None, err
	}
	return code, nil
}

// impEmbeddedFile is _imp._embedded_file(name): the file name the Python
// module compiled in as name has as __file__ ("json/__init__.py"), or
// None.
func impEmbeddedFile(self py.Object, args py.Tuple) (py.Object, error) {
	name, err := impName("_embedded_file", args)
	if err != nil {
		return nil, err
	}
	impl := embeddedPython(name)
	if impl == nil || impl.Info.FileDesc == "" {
		return py.None, nil
	}
	return py.String(impl.Info.FileDesc), nil
}

// impEmbeddedSource is _imp._embedded_source(name): the source text of
// the Python module compiled in as name, or None.
func impEmbeddedSource(self py.Object, args py.Tuple) (py.Object, error) {
	name, err := impName("_embedded_source", args)
	if err != nil {
		return nil, err
	}
	impl := embeddedPython(name)
	switch {
	case impl == nil:
		return py.None, nil
	case impl.CodeSrc != "":
		return py.String(impl.CodeSrc), nil
	}
	for _, file := range []string{impl.Info.FileDesc, "<" + name + ">"} {
		if lines, ok := pyutil.SourceLines.Lines(file); ok && len(lines) > 0 {
			// the cache's lines are without their line breaks
			return py.String(strings.Join(lines, "\n") + "\n"), nil
		}
	}
	return py.None, nil
}

// loaderSetNames are the globals the import system gives a module from
// its spec, which _embedded_fill leaves to the loader.
var loaderSetNames = map[string]bool{
	"__name__": true, "__doc__": true, "__package__": true, "__file__": true,
	"__path__": true, "__spec__": true, "__loader__": true, "__cached__": true,
}

// impEmbeddedFill is _imp._embedded_fill(name, module): it puts into
// module's namespace what the interpreter gives the module compiled in as
// name before its source runs (its functions written in Go, bound to
// module, and the other values it is registered with), so that the
// source of a library module can be run into another module by a loader
// of its file (imp.load_source(name, json.__file__)). Nothing for a
// module written in Python alone.
func impEmbeddedFill(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_embedded_fill() takes exactly 2 arguments (%d given)", len(args))
	}
	name, err := impName("_embedded_fill", args[:1])
	if err != nil {
		return nil, err
	}
	module, ok := args[1].(*py.Module)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_embedded_fill() argument 2 must be module, not %s", typeName(args[1]))
	}
	impl := embeddedPython(name)
	if impl == nil {
		return py.None, nil
	}
	for k, v := range impl.Globals {
		if !loaderSetNames[k] {
			module.Globals[k] = v
		}
	}
	for _, method := range impl.Methods {
		bound := new(py.Method)
		*bound = *method
		bound.Module = module
		module.Globals[method.Name] = bound
	}
	return py.None, nil
}

func impNo(self py.Object, args py.Tuple) (py.Object, error) {
	return py.False, nil
}

func impCreateBuiltin(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "create_builtin() takes exactly one argument (%d given)", len(args))
	}
	nameObj, err := GetAttr(args[0], "name")
	if err != nil {
		return nil, err
	}
	name, ok := nameObj.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "spec name must be a string")
	}
	c := impContext(self)
	impl := py.GetModuleImpl(string(name))
	if c == nil || impl == nil {
		exc := py.ExceptionNewf(py.ImportError, "no built-in module named %s", string(name))
		exc.Dict["name"] = name
		return nil, exc
	}
	if m, err := c.GetModule(string(name)); err == nil {
		return m, nil
	}
	return c.ModuleInit(impl)
}

func impExtensionSuffixes(self py.Object, args py.Tuple) (py.Object, error) {
	return py.NewListFromItems([]py.Object{py.String(".cpython-36m-x86_64-linux-gnu.so"), py.String(".abi3.so"), py.String(".so")}), nil
}

func impFixCoFilename(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "_fix_co_filename() takes exactly 2 arguments (%d given)", len(args))
	}
	co, ok := args[0].(*py.Code)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_fix_co_filename() argument 1 must be code, not %s", typeName(args[0]))
	}
	path, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "_fix_co_filename() argument 2 must be str, not %s", typeName(args[1]))
	}
	if co.Filename != string(path) {
		renameCode(co, co.Filename, string(path)) // import_bytecode.go
	}
	return py.None, nil
}

// impLoad is importlib.import_module's import of an absolute name: the
// module itself (not its top package), as sys.modules holds it.
func impLoad(self py.Object, args py.Tuple) (py.Object, error) {
	name, err := impName("_load", args)
	if err != nil {
		return nil, err
	}
	c := impContext(self)
	if c == nil {
		return nil, py.ExceptionNewf(py.SystemError, "no interpreter")
	}
	return threadOf(c).importAbsolute(c, name)
}

// The file-system calls of the path-based finders, here so that the
// import system starts without the os module.

func impOSError(err error, path string) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return pyutil.OSErrorFromErrno(errno, py.String(path))
	}
	return py.ExceptionNewf(py.OSError, "%v", err)
}

// impPath is the file name argument of fn as the system spells it.
func impPath(fn string, args py.Tuple) (string, error) {
	text, err := impName(fn, args)
	if err != nil {
		return "", err
	}
	if name, _, ok := pyutil.FSEncode(text); ok {
		return name, nil
	}
	return "", pyutil.OSErrorFromErrno(syscall.ENOENT, py.String(text))
}

func impStat(self py.Object, args py.Tuple) (py.Object, error) {
	path, err := impPath("_stat", args)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, impOSError(err, pyutil.FSDecode(path))
	}
	mode := int64(st.Mode().Perm())
	switch {
	case st.IsDir():
		mode |= 0o040000
	case st.Mode().IsRegular():
		mode |= 0o100000
	}
	mtime := float64(st.ModTime().UnixNano()) / 1e9
	return py.Tuple{py.Int(mode), py.Float(mtime), py.Int(st.Size())}, nil
}

func impListdir(self py.Object, args py.Tuple) (py.Object, error) {
	path, err := impPath("_listdir", args)
	if err != nil {
		return nil, err
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, impOSError(err, pyutil.FSDecode(path))
	}
	names := make([]py.Object, len(entries))
	for i, e := range entries {
		names[i] = py.String(pyutil.FSDecode(e.Name()))
	}
	return py.NewListFromItems(names), nil
}

func impGetcwd(self py.Object, args py.Tuple) (py.Object, error) {
	dir, err := os.Getwd()
	if err != nil {
		return nil, impOSError(err, "")
	}
	return py.String(pyutil.FSDecode(dir)), nil
}

func init() {
	methods := []*py.Method{
		py.MustNewMethod("_stat", impStat, 0, "(mode, mtime, size) of the file path."),
		py.MustNewMethod("_listdir", impListdir, 0, "The names in the directory path."),
		py.MustNewMethod("_getcwd", impGetcwd, 0, "The working directory."),
		py.MustNewMethod("is_builtin", impIsBuiltin, 0, "is_builtin(name): nonzero when name is a module compiled into the interpreter."),
		py.MustNewMethod("_is_package", impIsPackage, 0, "Whether the built-in module name is a package."),
		py.MustNewMethod("is_frozen", impNo, 0, "is_frozen(name): False; this interpreter has no frozen modules."),
		py.MustNewMethod("is_frozen_package", impNo, 0, "is_frozen_package(name): False; this interpreter has no frozen packages."),
		py.MustNewMethod("create_builtin", impCreateBuiltin, 0, "create_builtin(spec): the built-in module spec names, made for this interpreter."),
		py.MustNewMethod("extension_suffixes", impExtensionSuffixes, 0, "extension_suffixes(): the file endings of loadable extension modules (none here)."),
		py.MustNewMethod("_fix_co_filename", impFixCoFilename, 0, "_fix_co_filename(code, path): code and the code objects it holds name path as their file."),
		py.MustNewMethod("_embedded_code", impEmbeddedCode, 0, "The code object of a Python module compiled into the interpreter, or None."),
		py.MustNewMethod("_embedded_source", impEmbeddedSource, 0, "The source text of a Python module compiled into the interpreter, or None."),
		py.MustNewMethod("_embedded_file", impEmbeddedFile, 0, "The file name a Python module compiled into the interpreter reports, or None."),
		py.MustNewMethod("_embedded_fill", impEmbeddedFill, 0, "_embedded_fill(name, module): give module what the interpreter gives the module compiled in as name before its source runs."),
		py.MustNewMethod("_load", impLoad, 0, "Import the absolute module name and return it."),
		py.MustNewMethod("acquire_lock", impAcquireLock, 0, "acquire_lock(): take the global import lock (re-entrant; waits while another thread holds it)."),
		py.MustNewMethod("release_lock", impReleaseLock, 0, "release_lock(): give the global import lock back; RuntimeError when this thread does not hold it."),
		py.MustNewMethod("lock_held", impLockHeld, 0, "lock_held(): whether any thread holds the global import lock."),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_imp", Doc: "The interpreter's side of the import system, which importlib and imp build on:\nbuilt-in modules, file-system calls made before os can be imported."},
		Methods: methods,
	})
}
