package main

import (
	"archive/zip"
	"bytes"
	"io"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// A directory or a zip archive given as the script runs its __main__
// module, as CPython's does: the path goes first on sys.path, as given,
// and runpy._run_module_as_main("__main__") finds and runs it through the
// import system (zipimport for an archive), so __file__, __loader__ and
// __spec__ are what import gives, and a path without __main__ ends with
// runpy's "can't find '__main__' module in ..." on stderr and status 1.

// isZipArchive reports whether src is a zip archive (possibly with a
// prefix, such as the "#!" line of a zipapp), which CPython's path hooks
// would import from; a Python source never parses as one.
func isZipArchive(src []byte) bool {
	if len(src) < 22 || !bytes.Contains(src[max(0, len(src)-65557):], []byte("PK\x05\x06")) {
		return false
	}
	_, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	return err == nil
}

// runMainFromPath runs the __main__ module found on path with sys.argv
// argv (argv[0] is path, unchanged).
func runMainFromPath(path string, argv []string, stderr io.Writer) (status int) {
	name := pyutil.FSDecode(path)
	defer func() {
		if r := recover(); r != nil {
			_, _ = io.WriteString(stderr, "SystemError: internal error in the interpreter while running "+name+"\\n")
			status = 1
		}
	}()
	ctx := newContext(argv, name)
	defer endInterpreter(ctx, &status)
	if startup.opts.Isolated != 0 {
		prependPath(ctx, name) // the path itself goes first even under -I
	}
	// runpy runs the module in the namespace of the __main__ that the
	// interpreter made at start-up
	module, err := newMainModule(ctx, "")
	if err != nil {
		return reportError(err, stderr)
	}
	vm.RecordModule(ctx, module)
	err = callRunpy(ctx, py.Tuple{py.String(py.MainModuleName), py.False})
	return finishMain(ctx, err, true, stderr)
}

// callRunpy imports runpy and calls its _run_module_as_main with args,
// from Go, so that the traceback of an uncaught exception starts in
// runpy as CPython's does.
func callRunpy(ctx py.Context, args py.Tuple) error {
	runpy, err := py.ImportModuleLevelObject(ctx, "runpy", nil, nil, nil, 0)
	if err != nil {
		return err
	}
	run, err := py.GetAttrString(runpy, "_run_module_as_main")
	if err != nil {
		return err
	}
	_, err = py.Call(run, args, nil)
	return err
}
