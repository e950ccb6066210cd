package host

import (
	"errors"
	"os"
	"os/exec"
	"syscall"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/os" // registered before we patch it

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
)

// osSystem is os.system(command) as CPython has it: the command runs
// under /bin/sh on the process's own standard streams and the wait status
// comes back (exit code << 8, or the signal number). gpython's version
// captures the output, prints it with an extra newline and raises OSError
// for a non-zero exit.
func osSystem(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	var cmdObj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:system", []string{"command"}, &cmdObj); err != nil {
		return nil, err
	}
	var command string
	switch c := cmdObj.(type) {
	case py.String:
		command = string(c)
	case py.Bytes:
		command = string(c)
	default:
		return nil, pyutil.TypeErrorf("system() argument 'command' must be str, bytes or os.PathLike, not %s", pyutil.TypeName(cmdObj))
	}
	// the command may read what dropped file objects still hold
	settleDroppedWrites(nil)
	cmd := exec.Command("/bin/sh", "-c", command)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	// system(3) ignores SIGINT in the caller while the command runs (the
	// command gets Ctrl-C, the script goes on): an interrupt that arrives
	// meanwhile is dropped, as CPython never sees it.
	pendingBefore := sigint.Pending()
	gil.Unlocked(func() { err = cmd.Run() }) // other threads run while the command does
	if !pendingBefore {
		sigint.Take()
	}
	if err == nil {
		return py.Int(0), nil
	}
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok {
			if ws.Signaled() {
				return py.Int(int(ws.Signal())), nil
			}
			return py.Int(ws.ExitStatus() << 8), nil
		}
	}
	// /bin/sh could not be started: CPython returns -1.
	return py.Int(-1), nil
}

// installOSSystem replaces os.system in gpython's os module implementation.
func installOSSystem() {
	impl := py.GetModuleImpl("os")
	if impl == nil {
		return
	}
	for i, m := range impl.Methods {
		if m.Name == "system" {
			impl.Methods[i] = py.MustNewMethod("system", osSystem, 0, m.Doc)
		}
	}
}
