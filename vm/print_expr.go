package vm

import (
	"os"

	"github.com/go-python/gpython/py"
	gvm "github.com/go-python/gpython/vm"
)

// An expression statement's value in 'single' mode (code.interact,
// exec(compile(s, f, 'single'))) is written to the running context's
// sys.stdout, as CPython's sys.displayhook writes it, rather than to the
// process's stdout. A REPL that replaces gvm.PrintExpr while it runs still
// gets its own writer.

func init() {
	gvm.PrintExpr = writeToSysStdout
}

// writeToSysStdout writes repr and a newline with sys.stdout.write of the
// context this goroutine runs, or to os.Stdout outside one.
func writeToSysStdout(repr string) {
	if ctx := currentContext(); ctx != nil {
		if sys, err := ctx.Store().GetModule("sys"); err == nil {
			if writeStream(sys.Globals, "stdout", repr+"\n") == nil {
				return
			}
		}
	}
	_, _ = os.Stdout.WriteString(repr + "\n")
}

// replacedDisplayhook returns sys.displayhook when a script has replaced
// it (it is not sys.__displayhook__): single mode then calls it with each
// expression statement's value, as CPython does. The original is not
// called through Python, so that a REPL or doctest run that redirects
// PrintExpr keeps its writer. A deleted sys.displayhook is CPython's
// RuntimeError.
func replacedDisplayhook(ctx py.Context) (py.Object, bool, error) {
	sys, err := ctx.Store().GetModule("sys")
	if err != nil {
		return nil, false, nil
	}
	hook, ok := sys.Globals["displayhook"]
	if !ok {
		return nil, false, py.ExceptionNewf(py.RuntimeError, "lost sys.displayhook")
	}
	if hook == sys.Globals["__displayhook__"] {
		return nil, false, nil
	}
	return hook, true, nil
}
