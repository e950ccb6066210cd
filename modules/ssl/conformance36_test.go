package ssl_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// scriptLikeCPython36 runs testdata/NAME.py, which makes its certificate
// with the openssl command, as a script of the gpython-ssl binary (the
// whole interpreter: threads, subprocess, tempfile) and compares its
// stdout with CPython 3.6's (testdata/cpython36/NAME.out).
func scriptLikeCPython36(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath("openssl"); err != nil {
		t.Skip("the script makes its certificate with the openssl command")
	}
	src, err := os.ReadFile(filepath.Join("testdata", name+".py"))
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, name, string(src))
	script := filepath.Join(t.TempDir(), name+".py")
	require.NoError(t, os.WriteFile(script, src, 0o600))
	cmd := exec.Command(pytesting.Binary(t), script)
	cmd.Env = pytesting.CPythonEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	require.NoError(t, err, "stderr:\n%s", stderr.String())
	assert.Equal(t, want, string(got))
}

// TestConformanceLikeCPython36: ssl's re-exported socket names, the
// refused sendmsg/recvmsg, the _sslobj attribute, a handshake after a
// non-blocking connect_ex(), and the servername callback's reports on
// sys.stderr come out as under CPython 3.6.
func TestConformanceLikeCPython36(t *testing.T) {
	scriptLikeCPython36(t, "conformance36")
}
