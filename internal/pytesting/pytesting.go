// Package pytesting runs Python source in a fresh gpython context from Go
// tests and hands back what it printed, so that tests can assert on the
// behaviour a script sees.
//
// Modules register themselves globally in init(), so a test gets the
// modules it blank-imports (or all of them through the root package).
package pytesting

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"

	_ "github.com/go-python/gpython/stdlib" // sets py.NewContext
)

// Run compiles src as a module named "<test>" and runs it in a new context
// whose sys.stdout is captured. It returns what was printed and the Python
// exception, if any (a py.ExceptionInfo).
func Run(t testing.TB, src string) (string, error) {
	t.Helper()
	out, err := RunArgs(t, src, nil)
	return out, err
}

// RunArgs is Run with sys.argv set to argv.
func RunArgs(t testing.TB, src string, argv []string) (string, error) {
	t.Helper()
	opts := py.DefaultContextOpts()
	opts.SysArgs = argv
	ctx := py.NewContext(opts)
	defer ctx.Close()
	sys, err := ctx.GetModule("sys")
	if err != nil {
		t.Fatalf("pytesting: %v", err)
	}
	return runMain(t, ctx, sys, src)
}

// runMain runs src in ctx as a new module __main__, with sys.stdout (sys
// is ctx's) a file of t's temporary directory, and returns what src
// printed there and the Python exception it raised, if any. sys.stdout is
// left set: the caller puts back what it needs.
func runMain(t testing.TB, ctx py.Context, sys *py.Module, src string) (string, error) {
	t.Helper()
	f, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	if err != nil {
		t.Fatalf("pytesting: %v", err)
	}
	defer f.Close()
	stdout := &py.File{File: f, FileMode: py.FileWrite}
	pyutil.SetStdStreamName(stdout, "<stdout>") // it stands for the process's stdout
	sys.Globals["stdout"] = stdout

	code, err := py.Compile(src, "<test>", py.ExecMode, 0, true)
	if err != nil {
		return "", err
	}
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<test>"}})
	if err != nil {
		t.Fatalf("pytesting: %v", err)
	}
	_, runErr := ctx.RunCode(code, module.Globals, module.Globals, nil)
	data, err := os.ReadFile(f.Name())
	if err != nil {
		t.Fatalf("pytesting: %v", err)
	}
	return string(data), runErr
}

// MustRun is Run that fails the test on a Python exception.
func MustRun(t testing.TB, src string) string {
	t.Helper()
	out, err := Run(t, src)
	if err != nil {
		t.Fatalf("python raised: %v\noutput so far:\n%s", err, out)
	}
	return out
}
