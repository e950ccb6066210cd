package pylib_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// startMailPeer runs testdata/mail_peer.py (scripted SMTP, POP3, IMAP and
// FTP servers, plain and TLS, with the test CA's leaf) under CPython and
// sets MAIL_<NAME>_PORT for each of its listeners and MAIL_CA for the CA
// file. The peer is stopped when the test ends and lives a few minutes at
// most whatever happens.
func startMailPeer(t *testing.T) {
	t.Helper()
	fx, err := testcerts.Generate(t.TempDir())
	require.NoError(t, err)
	dir := t.TempDir()
	portFile := filepath.Join(dir, "ports")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	cmd := exec.CommandContext(ctx, peerPython(t), "testdata/mail_peer.py", portFile, fx.LeafPEM, fx.LeafKey)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("mail peer's stderr:\n%s", stderr.String())
		}
	})
	t.Setenv("MAIL_CA", fx.CAPEM)
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(portFile); err == nil {
			for _, line := range strings.Fields(string(data)) {
				name, port, ok := strings.Cut(line, "=")
				require.True(t, ok, line)
				t.Setenv("MAIL_"+strings.ToUpper(name)+"_PORT", port)
			}
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the mail peer wrote no ports; stderr:\n%s", stderr.String())
}

// runMailClient runs testdata/NAME.py under CPython 3.6 (or its stored
// output) and under gpython-ssl against the mail peer and requires the
// same output.
func runMailClient(t *testing.T, name string) {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", name+".py"))
	require.NoError(t, err)
	startMailPeer(t)
	want := pytesting.CPython36Output(t, name, string(src))
	got, err := pytesting.RunGuarded(t, string(src))
	require.NoError(t, err, "output so far:\n%s", got)
	require.Equal(t, want, got)
}
