package vm_test

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl" // every module, as the binary has them
	"github.com/gpython-ssl/gpython-ssl/internal/scriptrun"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

func goTool(t *testing.T, args ...string) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go command not found: cannot build the stock-gpython runner")
	}
	cmd := exec.Command(goBin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "go %s: %s", strings.Join(args, " "), stderr.String())
	return string(out)
}

func TestHooksAreOurs(t *testing.T) {
	assert.True(t, vm.Installed())
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	_, ok := ctx.(*vm.Context)
	assert.True(t, ok, "py.NewContext makes %T, not the loop's context", ctx)
}

// TestGpythonOwnScripts runs gpython's own test scripts on this loop and on
// stock gpython (a separately built binary): every script stock gpython
// passes must pass here, and every difference is listed in scriptrun.DiffersFromStock.
func TestGpythonOwnScripts(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a helper binary: skipped with -short")
	}
	root := strings.TrimSpace(goTool(t, "list", "-m", "-f", "{{.Dir}}", "github.com/go-python/gpython"))
	bin := filepath.Join(t.TempDir(), "stockrun")
	goTool(t, "build", "-o", bin, "../internal/stockrun")
	out, err := exec.Command(bin, root).Output()
	require.NoError(t, err)
	var stock []scriptrun.Result
	require.NoError(t, json.Unmarshal(out, &stock))

	ours, err := scriptrun.RunAll(root)
	require.NoError(t, err)
	require.Len(t, ours, len(stock))
	passed := 0
	for i, s := range stock {
		o := ours[i]
		require.Equal(t, s.Script, o.Script)
		if why, listed := scriptrun.DiffersFromStock[o.Script]; listed {
			assert.NotEqual(t, s.Pass, o.Pass, "%s is listed as differing (%s) but does not", o.Script, why)
			continue
		}
		assert.True(t, o.Pass || !s.Pass, "%s passes in stock gpython but fails on this loop: %s", o.Script, o.Detail)
		assert.Equal(t, s.Pass, o.Pass, "%s: stock pass=%v (%s), ours pass=%v (%s)", s.Script, s.Pass, s.Detail, o.Pass, o.Detail)
		if o.Pass {
			passed++
		}
	}
	t.Logf("%d gpython scripts, %d pass on this loop", len(ours), passed)
}
