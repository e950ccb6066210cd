package _ssl_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// onLockedThread runs f on one OS thread and then reports whether that
// thread's OpenSSL error queue is empty: the queue is per thread, so the
// check must run where the calls ran.
func onLockedThread(t *testing.T, f func()) {
	t.Helper()
	done := make(chan bool)
	go func() {
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		f()
		done <- _ssl.ErrQueueEmpty()
	}()
	assert.True(t, <-done, "OpenSSL error queue not empty after the call")
}

func TestLibNames(t *testing.T) {
	for lib, want := range map[int]string{20: "SSL", 9: "PEM", 11: "X509", 2: "SYS", 13: "ASN1", 34: "X509V3"} {
		assert.Equal(t, want, _ssl.LibName(lib), "lib %d", lib)
	}
	assert.Equal(t, "", _ssl.LibName(12), "ERR_LIB_METH is commented out in err.h")
	assert.Equal(t, "", _ssl.LibName(23), "ERR_LIB_OFFSET is not a library")
}

func TestReasonNames(t *testing.T) {
	tests := []struct {
		name        string
		lib, reason int
		want        string
	}{
		{"ssl verify failed", 20, 134, "CERTIFICATE_VERIFY_FAILED"},
		{"ssl unexpected eof", 20, 294, "UNEXPECTED_EOF_WHILE_READING"},
		{"ssl wrong version", 20, 267, "WRONG_VERSION_NUMBER"},
		{"pem no start line", 9, 108, "NO_START_LINE"},
		{"x509 no cert or crl", 11, 136, "NO_CERTIFICATE_OR_CRL_FOUND"},
		{"x509v3 not x509", 34, 110, "INVALID_OBJECT_IDENTIFIER"},
		{"rsa MP_R_ prefix kept", 4, 170, "MP_R_NOT_PRIME"},
		{"unknown reason", 20, 1, ""},
		{"unknown lib", 200, 134, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, _ssl.ReasonName(tt.lib, tt.reason))
		})
	}
	assert.Greater(t, _ssl.ErrNumberOfReasons(), 1000)
}

// TestGeneratedUpToDate regenerates the tables from the installed
// headers and compares them with the committed errcodes_gen.go.
func TestGeneratedUpToDate(t *testing.T) {
	if _, err := os.Stat("/usr/include/openssl/err.h"); err != nil {
		t.Skip("OpenSSL headers not installed: cannot regenerate errcodes_gen.go")
	}
	if testing.Short() {
		t.Skip("short mode: skips go run")
	}
	out := filepath.Join(t.TempDir(), "gen.go")
	cmd := exec.Command("go", "run", "./internal/generr", "-include", "/usr/include/openssl", "-o", out)
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s", msg)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	committed, err := os.ReadFile("errcodes_gen.go")
	require.NoError(t, err)
	assert.True(t, bytes.Equal(got, committed), "errcodes_gen.go is stale: run go generate")
}

// TestProbePEMError provokes a real OpenSSL error (PEM_read_bio_X509 on
// garbage) and checks the captured Error against CPython's form.
func TestProbePEMError(t *testing.T) {
	tests := []struct {
		name   string
		data   []byte
		lib    string
		reason string
		text   string
	}{
		{"garbage", []byte("garbage\n"), "PEM", "NO_START_LINE", "no start line"},
		// BIO_new_mem_buf refuses NULL: the BIO library is not in
		// CPython 3.6's table, so the text comes alone.
		{"empty", nil, "", "", "passed a null parameter"},
		{"bad base64", []byte("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n"), "PEM", "BAD_BASE64_DECODE", "bad base64 decode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			onLockedThread(t, func() { err = _ssl.ProbePEM(tt.data) })
			var se *_ssl.Error
			require.True(t, errors.As(err, &se), "want *_ssl.Error, got %T %v", err, err)
			assert.Equal(t, tt.lib, se.Library())
			assert.Equal(t, tt.reason, se.ReasonName())
			assert.Equal(t, tt.text, se.Text)
			assert.Equal(t, _ssl.KindSSL, se.Kind)
			assert.Equal(t, _ssl.OriginLibrary, se.Origin, "a failure outside a connection (its Python errno is the packed code, as CPython 3.6's _setSSLError: modules/ssl's TestErrnoByOrigin)")
			assert.NotZero(t, se.Code)
			assert.False(t, se.IsSystem())
			head := ""
			if tt.lib != "" {
				head = tt.lib
				if tt.reason != "" {
					head += ": " + tt.reason
				}
				head = `\[` + head + `\] `
			}
			re := regexp.MustCompile(`^` + head + tt.text + ` \(errors\.go:\d+\)$`)
			assert.Regexp(t, re, se.Error())
		})
	}
}

func TestErrorMessageShapes(t *testing.T) {
	tests := []struct {
		name string
		err  *_ssl.Error
		want string
	}{
		{"lib and reason", &_ssl.Error{Lib: 20, Reason: 134, Text: "certificate verify failed", VerifyMessage: "self-signed certificate", Site: "x.go:1"},
			"[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate (x.go:1)"},
		{"lib only", &_ssl.Error{Lib: 20, Reason: 524297, Text: "PEM lib", Site: "x.go:2"}, "[SSL] PEM lib (x.go:2)"},
		{"queue empty", &_ssl.Error{Kind: _ssl.KindWantRead, Text: "The operation did not complete (read)", Site: "c.go:3"},
			"The operation did not complete (read) (c.go:3)"},
		{"no site", &_ssl.Error{Text: "No cipher can be selected."}, "No cipher can be selected."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.err.Error())
		})
	}
	assert.Equal(t, _ssl.OriginConn, (&_ssl.Error{Kind: _ssl.KindWantRead}).Origin, "the zero Origin is a connection call")
}

// TestReasonTableDifferential compares the generated table with CPython
// 3.11's _ssl.err_codes_to_names: every code both know has the same
// mnemonic. The tables differ only in coverage: CPython's comes from
// OpenSSL 3.0.0's sources (DSO and SM2 reasons without public headers,
// FIPS reasons since dropped), ours from the installed 3.0.x headers.
func TestReasonTableDifferential(t *testing.T) {
	py3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: differential test skipped")
	}
	out, err := exec.Command(py3, "-c", `import _ssl, json
print(json.dumps({'libs': [[k, v] for k, v in _ssl.lib_codes_to_names.items()],
    'reasons': [[k[0], k[1], v] for k, v in _ssl.err_codes_to_names.items()]}))`).Output()
	require.NoError(t, err)
	var data struct {
		Libs    [][2]any
		Reasons [][3]any
	}
	require.NoError(t, json.Unmarshal(out, &data))
	same, onlyCPython := 0, 0
	for _, r := range data.Reasons {
		lib, reason, name := int(r[0].(float64)), int(r[1].(float64)), r[2].(string)
		got := _ssl.ReasonName(lib, reason)
		if got == "" {
			onlyCPython++
			continue
		}
		assert.Equal(t, name, got, "lib %d reason %d", lib, reason)
		same++
	}
	for _, l := range data.Libs {
		code, name := int(l[0].(float64)), l[1].(string)
		if name == "MASK" || name == "OFFSET" {
			continue // layout macros CPython's generator takes for libraries
		}
		assert.Equal(t, name, _ssl.LibName(code))
	}
	t.Logf("%d reasons equal to CPython's, %d only in CPython's table, %d in ours", same, onlyCPython, _ssl.ErrNumberOfReasons())
	assert.Greater(t, same, 1500)
	assert.Less(t, onlyCPython, 100)
}
