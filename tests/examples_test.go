package tests

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func repoRoot() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Dir(filepath.Dir(file))
}

// TestDemo runs the `make run` demo: a verified TLS exchange in one
// process with non-blocking sockets and select().
func TestDemo(t *testing.T) {
	needOpenSSL(t)
	r := runCmd(t, 60*time.Second, binary, filepath.Join(repoRoot(), "examples", "demo.py"))
	require.Equal(t, 0, r.Code, "stderr: %s", r.Stderr)
	for _, want := range []string{
		"client verify_mode: VerifyMode.CERT_REQUIRED check_hostname: True\n",
		"version: TLSv1.3\n",
		"cipher: ('TLS_AES_256_GCM_SHA384', 'TLSv1.3', 256)\n",
		" 'subject': ((('organizationName', 'gpython-ssl demo'),),\n",
		" 'subjectAltName': (('DNS', 'localhost'), ('IP Address', '127.0.0.1')),\n",
		"server received: b'Hello from the gpython-ssl client'\n",
		"client received: b'HELLO FROM THE GPYTHON-SSL CLIENT'\n",
		"match_hostname('example.org'): hostname 'example.org' doesn't match either of 'localhost', '127.0.0.1'\n",
	} {
		assert.Contains(t, r.Stdout, want)
	}
	assert.False(t, strings.HasPrefix(r.Stdout, " "), "no stray output before the demo's own")
}

// TestEmbedExample builds and runs examples/embed, the Go embedding example.
func TestEmbedExample(t *testing.T) {
	cmd := exec.Command("go", "run", "./examples/embed")
	cmd.Dir = repoRoot()
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	assert.Contains(t, string(out), "OpenSSL: OpenSSL 3")
	assert.Contains(t, string(out), "verify_mode: VerifyMode.CERT_REQUIRED check_hostname: True")
}

// TestBinaryModes: script with argv, -c, exit codes, tracebacks, REPL.
func TestBinaryModes(t *testing.T) {
	dir := t.TempDir()
	scriptPath := filepath.Join(dir, "s.py")
	writeFile(t, scriptPath, "import sys\nprint(sys.argv)\ndef f():\n    raise ValueError('boom')\nif len(sys.argv) > 2:\n    f()\n")
	for _, tc := range []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string
		stderr string
	}{
		{"script with args", []string{scriptPath, "a"}, "", 0, "['" + scriptPath + "', 'a']\n", ""},
		{"uncaught exception", []string{scriptPath, "a", "b"}, "", 1, "", "ValueError: boom\n"},
		{"-c", []string{"-c", "import sys; print(sys.argv)", "x"}, "", 0, "['-c', 'x']\n", ""},
		{"SystemExit int", []string{"-c", "raise SystemExit(3)"}, "", 3, "", ""},
		{"SystemExit str", []string{"-c", "import sys; sys.exit('bye')"}, "", 1, "", "bye\n"},
		{"SystemExit None", []string{"-c", "raise SystemExit"}, "", 0, "", ""},
		{"import ssl without files", []string{"-c", "import ssl, _ssl; print(issubclass(ssl.SSLContext, _ssl._SSLContext))"}, "", 0, "True\n", ""},
		{"ssl exception traceback", []string{"-c", "import ssl\nssl.match_hostname({'subject': ((('commonName', 'example.com'),),)}, 'example.org')"}, "", 1, "",
			"ssl.CertificateError: hostname 'example.org' doesn't match 'example.com'\n"},
		// Over a pipe the prompts go to stderr, as in CPython 3.6.
		{"REPL", []string{"-i"}, "x = 6 * 7\nx\n", 0, "42\n", ">>> "},
		{"script on stdin", nil, "x = 6 * 7\nprint(x)\nx\n", 0, "42\n", ""},
		{"missing script", []string{filepath.Join(dir, "nope.py")}, "", 2, "", "can't open file"},
		{"identity of dicts and tuples", []string{"-c", "d = {}\nprint(d is d, () is (), d is {})"}, "", 0, "True True False\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(binary, tc.args...)
			cmd.Stdin = strings.NewReader(tc.stdin)
			var out, errb strings.Builder
			cmd.Stdout, cmd.Stderr = &out, &errb
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			}
			assert.Equal(t, tc.code, code, "stderr: %s", errb.String())
			if tc.stdout != "" {
				assert.Contains(t, out.String(), tc.stdout)
			}
			if tc.stderr != "" {
				assert.Contains(t, errb.String(), tc.stderr)
			}
			if tc.code == 1 && strings.Contains(tc.stderr, "Error") {
				assert.True(t, strings.HasPrefix(errb.String(), "Traceback (most recent call last):\n"), errb.String())
			}
		})
	}
}
