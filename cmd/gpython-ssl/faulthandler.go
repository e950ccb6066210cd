package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// faulthandlerWanted reports whether the command line asks for the fault
// handler at start-up, as CPython 3.6 reads it: -X faulthandler (with or
// without a value), or PYTHONFAULTHANDLER set to anything non-empty
// unless -E or -I rules the environment out.
func faulthandlerWanted() bool {
	for _, opt := range startup.opts.XOptions {
		if name, _, _ := strings.Cut(opt, "="); name == "faulthandler" {
			return true
		}
	}
	return startup.opts.IgnoreEnvironment == 0 && os.Getenv("PYTHONFAULTHANDLER") != ""
}

// startFaulthandler imports faulthandler and calls its enable() (on
// sys.stderr, all threads) when faulthandlerWanted, before site runs, as
// CPython's initialisation does; a failure there is fatal, as in CPython.
func startFaulthandler(ctx py.Context) {
	if !faulthandlerWanted() {
		return
	}
	m, err := vm.ImportModule(ctx, "faulthandler")
	if err == nil {
		var enable py.Object
		if enable, err = py.GetAttrString(m, "enable"); err == nil {
			_, err = py.Call(enable, nil, nil)
		}
	}
	if err != nil {
		w := host.StdStreamWriter(2)
		fmt.Fprintln(w, "Fatal Python error: Py_Initialize: can't initialize faulthandler")
		vm.ReportUncaught(ctx, err, w)
		exit(1)
	}
}
