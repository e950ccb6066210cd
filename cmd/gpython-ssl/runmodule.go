package main

import (
	"fmt"
	"io"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// -m MODULE runs as CPython 3.6's does: runpy._run_module_as_main(MODULE)
// finds the module through the import system (the packages above it are
// imported first, their __init__ runs with sys.argv[0] '-m'), sets
// sys.argv[0] to its file and runs its code in the namespace of the
// __main__ module made at start-up; a package runs its __main__
// submodule. runpy reports a module it cannot run as
// "<sys.executable>: <reason>" with status 1, and an uncaught exception's
// traceback starts in runpy, as in CPython.

// runModule runs the module name with sys.argv[1:] = args.
func runModule(name string, args []string, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "Traceback (most recent call last):\n  File %q, in <module>\nSystemError: internal error in the interpreter: %v\n", name, r)
			status = 1
		}
	}()
	ctx := newContext(append([]string{"-m"}, args...), "")
	defer endInterpreter(ctx, &status)
	module, err := newMainModule(ctx, "")
	if err != nil {
		return reportError(err, stderr)
	}
	vm.RecordModule(ctx, module)
	err = callRunpy(ctx, py.Tuple{py.String(name), py.True})
	return finishMain(ctx, err, true, stderr)
}

// newMainModule makes the module __main__ for code read from fileDesc.
// Its __doc__ is None until the code's docstring sets it, as in CPython
// (gpython's module record gives every module a str __doc__).
func newMainModule(ctx py.Context, fileDesc string) (*py.Module, error) {
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{
		Info: py.ModuleInfo{Name: py.MainModuleName, FileDesc: fileDesc},
	})
	if err != nil {
		return nil, err
	}
	module.Globals["__doc__"] = py.None
	return module, nil
}
