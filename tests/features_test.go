package tests

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// alpnNoOverlap is the case of both sides offering ALPN without a common
// protocol: our server, like CPython's, completes the handshake with no
// protocol selected (issue 18; it used to abort it).
const alpnNoOverlap = "alpn ['spdy/2'] ['h2', 'http/1.1'] -> "

// TestSNIAndALPN checks every rule of set_servername_callback and of ALPN
// selection against CPython running the same script.
func TestSNIAndALPN(t *testing.T) {
	p := testPKI(t)
	r := gpython(t, script("tls_features.py"), p.CA, p.RSA, p.ECDSA2)
	require.Equal(t, 0, r.Code, "stderr: %s", r.Stderr)
	want := []string{
		"sni switch: ok TLSv1.3 gpython-ssl tests 2 calls [('localhost', True, True)] context switched True",
		"sni no name: ok calls [(None, True, True)]",
		"sni alert: client error SSL TLSV1_ALERT_ACCESS_DENIED",
		"sni bad return: client error SSL TLSV1_ALERT_INTERNAL_ERROR",
		"sni exception: client error SSL SSLV3_ALERT_HANDSHAKE_FAILURE",
		"sni disabled: ok TLSv1.3 gpython-ssl tests",
		"sni non-callable: TypeError not a callable object",
		"alpn ['h2', 'http/1.1'] ['http/1.1', 'h2'] -> http/1.1 http/1.1",
		"alpn ['http/1.1'] ['h2', 'http/1.1'] -> http/1.1 http/1.1",
		"alpn ['h2'] None -> None None",
		"alpn None ['h2'] -> None None",
		alpnNoOverlap + "None None",
		"alpn too long: SSLError ('ALPN protocols must be 1 to 255 in length',)",
	}
	got := strings.Split(strings.TrimSpace(r.Stdout), "\n")
	assert.Equal(t, want, got)
	assert.Contains(t, r.Stderr, "RuntimeError: callback failed", "the callback's exception is reported as unraisable")

	py3 := python3Path()
	if py3 == "" {
		t.Log("python3 not found: CPython comparison skipped")
		return
	}
	ref := runCmd(t, 60*time.Second, py3, script("tls_features.py"), p.CA, p.RSA, p.ECDSA2)
	require.Equal(t, 0, ref.Code, ref.Stderr)
	refLines := strings.Split(strings.TrimSpace(ref.Stdout), "\n")
	require.Len(t, refLines, len(got))
	for i := range got {
		assert.Equal(t, refLines[i], got[i])
	}
}
