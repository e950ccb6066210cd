package host_test

import (
	"os"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// TestFileIsattyNotTerminal: gpython's file objects (sys.stdin and the
// other standard streams) answer isatty() False for a character device
// that is not a terminal (/dev/null, as under a test harness or cron)
// and for a pipe, as CPython 3.6 does.
func TestFileIsattyNotTerminal(t *testing.T) {
	devnull, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer devnull.Close()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	mod.Globals["null"] = &py.File{File: devnull, FileMode: py.FileRead}
	mod.Globals["pipe"] = &py.File{File: r, FileMode: py.FileRead}
	code, err := py.Compile("a = null.isatty()\nb = pipe.isatty()\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = ctx.RunCode(code, mod.Globals, mod.Globals, nil)
	require.NoError(t, err)
	require.Equal(t, py.False, mod.Globals["a"])
	require.Equal(t, py.False, mod.Globals["b"])
}
