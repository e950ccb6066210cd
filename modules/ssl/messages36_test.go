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

// TestMessagesLikeCPython36 runs testdata/messages36.py under CPython 3.6
// and gpython-ssl: the errors a TLS script prints most (a failed
// handshake, a non-blocking read, a handshake timeout, missing and bad
// certificate files) must read the same, _ssl.c place and errno included.
func TestMessagesLikeCPython36(t *testing.T) {
	if _, err := exec.LookPath("openssl"); err != nil {
		t.Skip("the script makes its certificate with the openssl command")
	}
	src, err := os.ReadFile("testdata/messages36.py")
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, "messages36", string(src))
	// The whole interpreter (threads, subprocess, tempfile), as a script
	// runs it.
	script := filepath.Join(t.TempDir(), "messages36.py")
	require.NoError(t, os.WriteFile(script, src, 0o600))
	cmd := exec.Command(pytesting.Binary(t), script)
	cmd.Env = pytesting.CPythonEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	require.NoError(t, err, "stderr:\n%s", stderr.String())
	assert.Equal(t, want, string(got))
}
