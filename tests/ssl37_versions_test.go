package tests

import (
	"crypto/x509"
	"crypto/x509/pkix"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// python313 runs CPython 3.13 through pyenv, or returns "" when pyenv has
// no 3.13.
func python313(t testing.TB, args ...string) (result, bool) {
	t.Helper()
	py3 := python3Path()
	if py3 == "" {
		return result{}, false
	}
	probe := exec.Command(py3, "-c", "import sys; print(sys.version_info[:2] == (3, 13))")
	probe.Env = append(os.Environ(), "PYENV_VERSION=3.13.0")
	out, err := probe.Output()
	if err != nil || strings.TrimSpace(string(out)) != "True" {
		return result{}, false
	}
	return runCmdEnv(t, 60*time.Second, []string{"PYENV_VERSION=3.13.0"}, py3, args...), true
}

// runCmdEnv is runCmd with extra environment variables.
func runCmdEnv(t testing.TB, timeout time.Duration, env []string, name string, args ...string) result {
	t.Helper()
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	return runCmd(t, timeout, name, args...)
}

// sameAsCPython runs a script under gpython-ssl and CPython 3.11 and
// requires identical output (and exit status 0 under both).
func sameAsCPython(t *testing.T, args ...string) string {
	t.Helper()
	got := gpython(t, args...)
	require.Equal(t, 0, got.Code, "gpython-ssl stderr: %s", got.Stderr)
	py3 := needPython3(t)
	want := runCmd(t, 60*time.Second, py3, args...)
	require.Equal(t, 0, want.Code, "CPython stderr: %s", want.Stderr)
	assert.Equal(t, want.Stdout, got.Stdout, "gpython-ssl and CPython 3.11 disagree")
	return got.Stdout
}

// TestTLSVersionAndContextAttributes: TLSVersion, minimum_version and
// maximum_version (defaults of every protocol, setters, errors, read-only
// on the fixed-version protocols), security_level, num_tickets,
// hostname_checks_common_name, the secure defaults, HAS_* and
// sslsocket_class/sslobject_class, line for line as CPython 3.11 prints
// them.
func TestTLSVersionAndContextAttributes(t *testing.T) {
	out := sameAsCPython(t, script("ssl37_versions.py"))
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.Greater(t, len(lines), 75)
	for _, want := range []string{
		"['<TLSVersion.MINIMUM_SUPPORTED: -2>', '<TLSVersion.SSLv3: 768>', '<TLSVersion.TLSv1: 769>', '<TLSVersion.TLSv1_1: 770>', '<TLSVersion.TLSv1_2: 771>', '<TLSVersion.TLSv1_3: 772>', '<TLSVersion.MAXIMUM_SUPPORTED: -1>']",
		"PROTOCOL_TLS <TLSVersion.TLSv1_2: 771> <TLSVersion.MAXIMUM_SUPPORTED: -1> 2 2 True",
		"PROTOCOL_TLSv1 minimum ValueError The context's protocol doesn't support modification of highest and lowest version.",
		"min 773 ValueError Unsupported TLS/SSL version 0x305",
		"num_tickets on PROTOCOL_TLS_CLIENT ValueError SSLContext is not a server context.",
	} {
		found := false
		for _, l := range lines {
			if strings.HasPrefix(l, want) {
				found = true
			}
		}
		assert.True(t, found, "no line starting %q", want)
	}
}

// TestSSL313Constants: the OP_, VERIFY_ and HAS_ constants (OP_ENABLE_KTLS,
// OP_LEGACY_SERVER_CONNECT, HAS_PSK ...) as CPython 3.13 has them on this
// OpenSSL.
func TestSSL313Constants(t *testing.T) {
	got := gpython(t, script("ssl37_consts.py"))
	require.Equal(t, 0, got.Code, got.Stderr)
	assert.Contains(t, got.Stdout, "('OP_ENABLE_KTLS', 8)")
	assert.Contains(t, got.Stdout, "('OP_LEGACY_SERVER_CONNECT', 4)")
	assert.Contains(t, got.Stdout, "('HAS_PSK', 1)")
	want, ok := python313(t, script("ssl37_consts.py"))
	if !ok {
		t.Skip("CPython 3.13 (pyenv 3.13.0) not found: comparison skipped")
	}
	require.Equal(t, 0, want.Code, want.Stderr)
	assert.Equal(t, want.Stdout, got.Stdout)
}

// ssl37CNOnly is a server certificate whose subject commonName is
// "localhost" and which has no subjectAltName, issued by its own CA.
var ssl37CNOnly = sync.OnceValues(func() ([2]string, error) {
	dir, err := os.MkdirTemp(tempRoot, "ssl37-cn")
	if err != nil {
		return [2]string{}, err
	}
	now := time.Now()
	ca, err := testcerts.NewCA(dir, "ca.pem", testcerts.CASpec{
		Subject:   pkix.Name{CommonName: "ssl37 CN-only CA", Organization: []string{"gpython-ssl tests"}},
		NotBefore: now.Add(-24 * time.Hour), NotAfter: now.Add(30 * 24 * time.Hour),
	})
	if err != nil {
		return [2]string{}, err
	}
	leaf, err := ca.Leaf("cn-only.pem", testcerts.LeafSpec{
		Subject:   pkix.Name{CommonName: "localhost", Organization: []string{"gpython-ssl tests"}},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(30 * 24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature,
	})
	return [2]string{ca.Path, leaf}, err
})

// versionPeer is one openssl s_server configuration and the client
// setups (tests/scripts/ssl37_client.py) tried against it, with the
// outcome gpython-ssl must print for each.
type versionPeer struct {
	name       string
	serverArgs []string
	cnOnly     bool
	want       []string // "setup ok TLSv1.2" or "setup refused ..." prefixes
}

func versionPeers() []versionPeer {
	return []versionPeer{
		{"TLS 1.0 only", []string{"-tls1", "-cipher", "DEFAULT:@SECLEVEL=0"}, false, []string{
			"default refused SSLError SSL TLSV1_ALERT_PROTOCOL_VERSION",
			"tls_client refused SSLError SSL TLSV1_ALERT_PROTOCOL_VERSION",
			"tls refused SSLError SSL TLSV1_ALERT_PROTOCOL_VERSION",
			"min10 refused SSLError SSL",
			"proto10 refused SSLError SSL",
			"min10_sec0 ok TLSv1 ",
			"min_supported_sec0 ok TLSv1 ",
			"proto10_sec0 ok TLSv1 ",
		}},
		{"TLS 1.1 only", []string{"-tls1_1", "-cipher", "DEFAULT:@SECLEVEL=0"}, false, []string{
			"default refused SSLError SSL TLSV1_ALERT_PROTOCOL_VERSION",
			"tls_client refused SSLError SSL TLSV1_ALERT_PROTOCOL_VERSION",
			"tls refused SSLError SSL TLSV1_ALERT_PROTOCOL_VERSION",
			"min12_sec0 refused SSLError SSL TLSV1_ALERT_PROTOCOL_VERSION",
			"min11_sec0 ok TLSv1.1 ",
			"proto11_sec0 ok TLSv1.1 ",
		}},
		{"static RSA", []string{"-tls1_2", "-cipher", "AES128-GCM-SHA256"}, false, []string{
			"default refused SSLError SSL SSLV3_ALERT_HANDSHAKE_FAILURE",
			"tls_client refused SSLError SSL SSLV3_ALERT_HANDSHAKE_FAILURE",
			"tls refused SSLError SSL SSLV3_ALERT_HANDSHAKE_FAILURE",
			"static_rsa ok TLSv1.2 AES128-GCM-SHA256",
		}},
		{"TLS 1.2 only", []string{"-tls1_2"}, false, []string{
			"default ok TLSv1.2 ECDHE-",
			"max12 ok TLSv1.2 ECDHE-",
			"min13 refused SSLError SSL TLSV1_ALERT_PROTOCOL_VERSION",
		}},
		{"TLS 1.2 and 1.3", nil, false, []string{
			"default ok TLSv1.3 ",
			"max12 ok TLSv1.2 ",
			"min13 ok TLSv1.3 ",
			"max11 refused SSLError SSL ",
		}},
		{"CN-only certificate", nil, true, []string{
			"default ok TLSv1.3 ",
			"tls_client ok TLSv1.3 ",
			"no_common_name refused SSLCertVerificationError SSL CERTIFICATE_VERIFY_FAILED Hostname mismatch, certificate is not valid for 'localhost'.",
		}},
	}
}

// TestVersionBoundsAndSecureDefaultsAgainstOpenSSL: gpython-ssl clients
// against openssl s_server peers limited to TLS 1.0, TLS 1.1, static RSA
// key exchange, TLS 1.2, and a certificate with only a commonName. The
// default contexts (create_default_context, PROTOCOL_TLS_CLIENT,
// PROTOCOL_TLS) refuse the legacy peers, as CPython 3.10+ does; an
// explicit opt-in (minimum_version or a PROTOCOL_TLSv1* protocol, with
// the security level lowered as OpenSSL 3 needs for TLS 1.0/1.1, or a
// static-RSA cipher list) connects; minimum_version/maximum_version decide
// the negotiated version; hostname_checks_common_name = False refuses the
// CN-only certificate. CPython 3.11 runs the same script against the same
// peer and must print the same lines.
func TestVersionBoundsAndSecureDefaultsAgainstOpenSSL(t *testing.T) {
	p := testPKI(t)
	needOpenSSL(t)
	py3 := python3Path()
	for _, peer := range versionPeers() {
		t.Run(peer.name, func(t *testing.T) {
			setups := make([]string, len(peer.want))
			for i, w := range peer.want {
				setups[i], _, _ = strings.Cut(w, " ")
			}
			cert, ca := p.RSA, p.CA
			if peer.cnOnly {
				files, err := ssl37CNOnly()
				require.NoError(t, err)
				ca, cert = files[0], files[1]
			}
			n := len(setups)
			if py3 != "" {
				n *= 2
			}
			args := append([]string{"-cert", cert, "-key", cert}, peer.serverArgs...)
			port := opensslServer(t, n, args...)
			run := func(interp string) []string {
				r := runCmd(t, 60*time.Second, interp, append([]string{script("ssl37_client.py"), strconv.Itoa(port), ca, "localhost"}, setups...)...)
				require.Equal(t, 0, r.Code, "stderr: %s", r.Stderr)
				return strings.Split(strings.TrimSpace(r.Stdout), "\n")
			}
			got := run(binary)
			require.Len(t, got, len(peer.want), "%q", got)
			for i, w := range peer.want {
				assert.True(t, strings.HasPrefix(got[i], w), "got %q, want prefix %q", got[i], w)
			}
			if py3 == "" {
				t.Log("python3 not found: CPython comparison skipped")
				return
			}
			assert.Equal(t, run(py3), got, "gpython-ssl and CPython 3.11 disagree")
		})
	}
}
