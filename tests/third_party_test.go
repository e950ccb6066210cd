package tests

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestVendoredThirdPartyLibraries runs pip's vendored pure-Python
// libraries (requests over HTTPS, urllib3, idna, chardet, html5lib,
// msgpack, pytoml, packaging) under the binary and under CPython 3.6,
// whose installation they come from, and requires the same output.
func TestVendoredThirdPartyLibraries(t *testing.T) {
	py36 := pytesting.CPython36()
	if py36 == "" {
		t.Skip("CPython 3.6 not found: its pip's vendored libraries are what this test runs")
	}
	out, err := exec.Command(py36, "-c", "import os, pip._vendor; print(os.path.dirname(pip._vendor.__file__))").Output()
	if err != nil {
		t.Skipf("CPython 3.6 (%s) has no pip with vendored libraries: %v", py36, err)
	}
	vendor := strings.TrimSpace(string(out))
	// A package pip holding pip's _vendor, and a stand-in for the one
	// module of pip's own that vendored requests imports.
	root := t.TempDir()
	compat := filepath.Join(root, "pip", "_internal", "utils")
	require.NoError(t, os.MkdirAll(compat, 0o755))
	for _, init := range []string{"pip", "pip/_internal", "pip/_internal/utils"} {
		require.NoError(t, os.WriteFile(filepath.Join(root, init, "__init__.py"), nil, 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(compat, "compat.py"), []byte("WINDOWS = False\n"), 0o644))
	require.NoError(t, os.Symlink(vendor, filepath.Join(root, "pip", "_vendor")))
	p := testPKI(t)
	// -B: nothing is written into CPython's installation (the vendored
	// packages are its files, seen through the symbolic link).
	args := []string{"-B", "scripts/vendored_requests.py", root, p.RSA, p.CA}
	want := runCmd(t, 120*time.Second, py36, args...)
	require.Equal(t, 0, want.Code, want.Stderr)
	got := runCmd(t, 120*time.Second, binary, args...)
	assert.Equal(t, 0, got.Code, got.Stderr)
	assert.Equal(t, want.Stdout, got.Stdout)
	assert.Contains(t, got.Stdout, "201 b'HELLO' HELLO")
}
