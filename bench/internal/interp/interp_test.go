package interp

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFind(t *testing.T) {
	p, err := Find("sh")
	require.NoError(t, err)
	assert.True(t, filepath.IsAbs(p))
	_, err = Find("no-such-interpreter-here")
	assert.Error(t, err)
}

func TestRealPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed: RealPython cannot be checked")
	}
	exe, version, err := RealPython(py)
	require.NoError(t, err)
	_, statErr := os.Stat(exe)
	assert.NoError(t, statErr)
	assert.Regexp(t, `^3\.\d+\.\d+`, version)
	_, _, err = RealPython(filepath.Join(t.TempDir(), "missing"))
	assert.Error(t, err)
}
