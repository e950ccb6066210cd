package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/compiler"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// -m MODULE: the module, found as import would find it (a file under the
// current directory or the interpreter's path, else a module built into
// the binary), runs as __main__ with sys.argv[0] its file; a package runs
// its __main__ submodule. The errors are CPython 3.6's, after the
// interpreter's path. Unlike CPython, the traceback of an uncaught
// exception has no runpy frames above the module's.

// mainModule is what -m runs.
type mainModule struct {
	file string   // sys.argv[0] and __file__
	pkg  string   // __package__: the parent package, "" at top level
	src  string   // its source, or
	code *py.Code // its compiled code (a module built in without source)
}

// runModule runs the module name with sys.argv[1:] = args. As in
// CPython, the packages above the module are imported first (their
// __init__ runs), with sys.argv[0] '-m' until the module is found.
func runModule(name string, args []string, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "Traceback (most recent call last):\n  File %q, in <module>\nSystemError: internal error in the interpreter: %v\n", name, r)
			status = 1
		}
	}()
	ctx := newContext(append([]string{"-m"}, args...), "")
	defer ctx.Close()
	msg := importParent(ctx, name)
	var m *mainModule
	if msg == "" {
		m, msg = findMainModule(name)
	}
	if msg != "" {
		exe, err := os.Executable()
		if err != nil {
			exe = os.Args[0]
		}
		fmt.Fprintf(stderr, "%s: %s\n", exe, msg)
		return 1
	}
	if sys, err := ctx.GetModule("sys"); err == nil {
		if argv, ok := sys.Globals["argv"].(*py.List); ok && argv.Len() > 0 {
			argv.Items[0] = py.String(m.file)
		}
	}
	return runMainModule(ctx, m, stderr)
}

// importParent imports the package that holds the dotted module name, as
// CPython's -m does before it looks for the module, and says why the
// module cannot be found when the import fails or the parent is not a
// package ("" when it is one, or when name is not dotted).
func importParent(ctx py.Context, name string) string {
	i := strings.LastIndexByte(name, '.')
	if i <= 0 {
		return ""
	}
	parent := name[:i]
	failed := func(line string) string {
		return fmt.Sprintf("Error while finding module specification for '%s' (%s)", name, line)
	}
	mod, err := vm.ImportModule(ctx, parent)
	if err != nil {
		return failed(strings.TrimSuffix(pyutil.ExceptionLine(pyutil.ExceptionValue(err)), "\n"))
	}
	if _, err := vm.GetAttr(mod, "__path__"); err != nil {
		return failed(strings.TrimSuffix(pyutil.ExceptionLine(pyutil.ExceptionValue(err)), "\n"))
	}
	return ""
}

// findMainModule finds the module name, or says why it cannot run.
func findMainModule(name string) (*mainModule, string) {
	if name == "" || strings.HasPrefix(name, ".") {
		return nil, "Relative module names not supported"
	}
	pkg := ""
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkg = name[:i]
	}
	cwd, err := os.Getwd()
	if err != nil {
		cwd = "."
	}
	rel := filepath.Join(strings.Split(name, ".")...)
	for _, dir := range append([]string{cwd}, py.DefaultContextOpts().SysPaths...) {
		if !filepath.IsAbs(dir) {
			dir = filepath.Join(cwd, dir)
		}
		base := filepath.Join(dir, rel)
		if isFile(filepath.Join(base, "__init__.py")) {
			return packageMain(name)
		}
		if isFile(base + ".py") {
			src, err := os.ReadFile(base + ".py")
			if err != nil {
				return nil, fmt.Sprintf("Error while finding module specification for '%s' (%v)", name, err)
			}
			return &mainModule{file: base + ".py", pkg: pkg, src: string(src)}, ""
		}
	}
	impl := py.GetModuleImpl(name)
	if impl == nil {
		return nil, fmt.Sprintf("No module named %s", name)
	}
	if _, isPkg := impl.Globals["__path__"]; isPkg {
		return packageMain(name)
	}
	code := impl.Code
	if impl.CodeSrc == "" && code == nil && impl.CodeBuf != nil {
		var err error
		if code, err = codecache.Decode(impl.CodeBuf); err != nil {
			return nil, fmt.Sprintf("Error while finding module specification for '%s' (%v)", name, err)
		}
	}
	if impl.CodeSrc == "" && code == nil {
		return nil, fmt.Sprintf("No code object available for %s", name)
	}
	file := impl.Info.FileDesc
	if file == "" {
		file = "<" + name + ">"
	}
	return &mainModule{file: file, pkg: pkg, src: impl.CodeSrc, code: code}, ""
}

// packageMain is the __main__ submodule of the package name.
func packageMain(name string) (*mainModule, string) {
	m, msg := findMainModule(name + ".__main__")
	if msg != "" {
		return nil, fmt.Sprintf("No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name)
	}
	return m, ""
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// runMainModule runs m as __main__ in ctx, as runSource runs a script.
// The current directory comes first on ctx's sys.path, as "" as for -c
// (CPython 3.6; 3.7 puts its full path there).
func runMainModule(ctx py.Context, m *mainModule, stderr io.Writer) int {
	code := m.code
	if m.src != "" {
		var err error
		if code, err = compiler.CompileFile(m.src, m.file); err != nil {
			return reportErrorIn(ctx, err, stderr)
		}
	}
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{
		Info: py.ModuleInfo{Name: py.MainModuleName, FileDesc: m.file},
	})
	if err != nil {
		return reportError(err, stderr)
	}
	module.Globals["__package__"] = py.String(m.pkg)
	module.Globals["__spec__"] = py.None
	vm.RecordModule(ctx, module)
	_, err = ctx.RunCode(code, module.Globals, module.Globals, nil)
	flushStdout(ctx)
	if err != nil {
		return reportErrorIn(ctx, err, stderr)
	}
	return 0
}
