package host_test

import (
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/scriptrun"
)

// goTool runs the go command in this package's directory.
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

// TestGpythonOwnScriptsUnchanged runs gpython's own test scripts twice:
// in a separately built binary of stock gpython (internal/stockrun, which
// does not link host) and in this test binary, where host is installed.
// Every script must pass or fail the same way in both, except those
// scriptrun.DiffersFromStock lists (host links the project's loop, whose
// outcome there is CPython's).
func TestGpythonOwnScriptsUnchanged(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a helper binary: skipped with -short")
	}
	root := strings.TrimSpace(goTool(t, "list", "-m", "-f", "{{.Dir}}", "github.com/go-python/gpython"))
	require.NotEmpty(t, root)

	deps := goTool(t, "list", "-deps", "../../internal/stockrun")
	require.NotContains(t, deps, "github.com/gpython-ssl/gpython-ssl/modules/host\n",
		"stockrun must not link the host completion")

	bin := filepath.Join(t.TempDir(), "stockrun")
	goTool(t, "build", "-o", bin, "../../internal/stockrun")
	out, err := exec.Command(bin, root).Output()
	require.NoError(t, err)
	var stock []scriptrun.Result
	require.NoError(t, json.Unmarshal(out, &stock))

	withHost, err := scriptrun.RunAll(root)
	require.NoError(t, err)

	require.GreaterOrEqual(t, len(stock), 30, "expected gpython's ~39 test scripts")
	require.Len(t, withHost, len(stock))
	passed := 0
	for i, s := range stock {
		h := withHost[i]
		require.Equal(t, s.Script, h.Script)
		if why, listed := scriptrun.DiffersFromStock[h.Script]; listed {
			assert.NotEqual(t, s.Pass, h.Pass, "%s is listed as differing (%s) but does not", h.Script, why)
			continue
		}
		assert.Equal(t, s.Pass, h.Pass, "%s: stock pass=%v (%s), with host pass=%v (%s)",
			s.Script, s.Pass, s.Detail, h.Pass, h.Detail)
		if s.Pass {
			passed++
		}
	}
	t.Logf("%d gpython scripts: %d pass in stock gpython, outcomes identical with host installed", len(stock), passed)
}
