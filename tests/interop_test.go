package tests

import (
	"crypto/tls"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// clientCase is one run of tls_client.py against a peer.
type clientCase struct {
	name       string
	serverArgs []string // openssl s_server arguments beyond -accept/-naccept/-rev
	clientArgs func(p *pki) []string
	hostname   string
	cafile     func(p *pki) string
	want       string // prefix of the outcome line
}

func opensslCases() []clientCase {
	ca := func(p *pki) string { return p.CA }
	none := func(p *pki) []string { return nil }
	return []clientCase{
		{"TLS 1.3 RSA", []string{"-tls1_3"}, none, "localhost", ca, "OK TLSv1.3 "},
		{"TLS 1.3 ECDSA", []string{"-tls1_3"}, none, "localhost", ca, "OK TLSv1.3 "},
		{"TLS 1.2 RSA", []string{"-tls1_2"}, none, "localhost", ca, "OK TLSv1.2 ECDHE-RSA-"},
		{"TLS 1.2 ECDSA", []string{"-tls1_2"}, none, "localhost", ca, "OK TLSv1.2 ECDHE-ECDSA-"},
		{"client certificate required", []string{"-Verify", "1"}, func(p *pki) []string { return []string{"--cert", p.Client} }, "localhost", ca, "OK TLSv1.3 "},
		{"IP address as hostname", nil, none, "127.0.0.1", ca, "OK TLSv1.3 "},
		{"expired", []string{"-tls1_3"}, none, "localhost", ca, "ERR SSLCertVerificationError SSL CERTIFICATE_VERIFY_FAILED 10 certificate has expired"},
		{"not yet valid", []string{"-tls1_3"}, none, "localhost", ca, "ERR SSLCertVerificationError SSL CERTIFICATE_VERIFY_FAILED 9 certificate is not yet valid"},
		{"untrusted root", nil, none, "localhost", func(p *pki) string { return p.OtherCA }, "ERR SSLCertVerificationError SSL CERTIFICATE_VERIFY_FAILED 19 self-signed certificate in certificate chain"},
		{"wrong hostname", nil, none, "wrong.example", ca, "ERR SSLCertVerificationError SSL CERTIFICATE_VERIFY_FAILED 62 Hostname mismatch, certificate is not valid for 'wrong.example'."},
		{"missing client certificate", []string{"-Verify", "1"}, none, "localhost", ca, "ERR SSLError SSL TLSV13_ALERT_CERTIFICATE_REQUIRED"},
		{"protocol mismatch", []string{"-tls1_3"}, func(p *pki) []string { return []string{"--tls12"} }, "localhost", ca, "ERR SSLError SSL TLSV1_ALERT_PROTOCOL_VERSION"},
		{"cipher mismatch", []string{"-tls1_2", "-cipher", "ECDHE-RSA-AES256-GCM-SHA384"}, func(p *pki) []string { return []string{"--tls12", "--ciphers", "ECDHE-RSA-CHACHA20-POLY1305"} }, "localhost", ca, "ERR SSLError SSL SSLV3_ALERT_HANDSHAKE_FAILURE"},
	}
}

// serverCert picks the certificate an openssl case serves.
func serverCert(p *pki, name string) string {
	switch {
	case strings.Contains(name, "ECDSA"):
		return p.ECDSA
	case strings.Contains(name, "expired"):
		return p.Expired
	case strings.Contains(name, "not yet"):
		return p.NotYet
	}
	return p.RSA
}

// runClient runs tls_client.py under interpreter against port and returns
// its outcome line.
func runClient(t *testing.T, interpreter string, port int, cafile, hostname string, extra ...string) string {
	t.Helper()
	args := append([]string{script("tls_client.py"), "127.0.0.1", strconv.Itoa(port), cafile, hostname}, extra...)
	r := runCmd(t, 60*time.Second, interpreter, args...)
	require.Equal(t, 0, r.Code, "client exited %d\nstdout: %s\nstderr: %s", r.Code, r.Stdout, r.Stderr)
	return strings.TrimSpace(r.Stdout)
}

// TestClientAgainstOpenSSLServer: gpython-ssl as a client of openssl
// s_server, and the same script under CPython as the oracle: both must
// print the same outcome.
func TestClientAgainstOpenSSLServer(t *testing.T) {
	p := testPKI(t)
	needOpenSSL(t)
	py3 := python3Path()
	for _, tc := range opensslCases() {
		t.Run(tc.name, func(t *testing.T) {
			n := 1
			if py3 != "" {
				n = 2
			}
			cert := serverCert(p, tc.name)
			args := append([]string{"-cert", cert, "-key", cert, "-CAfile", p.CA}, tc.serverArgs...)
			port := opensslServer(t, n, args...)
			got := runClient(t, binary, port, tc.cafile(p), tc.hostname, tc.clientArgs(p)...)
			assert.True(t, strings.HasPrefix(got, tc.want), "gpython-ssl printed %q, want prefix %q", got, tc.want)
			if py3 == "" {
				t.Log("python3 not found: CPython comparison skipped")
				return
			}
			want := runClient(t, py3, port, tc.cafile(p), tc.hostname, tc.clientArgs(p)...)
			assert.Equal(t, want, got, "gpython-ssl and CPython disagree")
		})
	}
}

// TestServerAgainstOpenSSLClient: gpython-ssl as the server, openssl
// s_client as the client.
func TestServerAgainstOpenSSLClient(t *testing.T) {
	p := testPKI(t)
	bin := needOpenSSL(t)
	for _, tc := range []struct {
		name       string
		serverArgs []string
		clientArgs []string
		want       string
	}{
		{"TLS 1.3", nil, []string{"-tls1_3"}, "OK TLSv1.3 TLS_AES_256_GCM_SHA384 - hello s_client"},
		{"TLS 1.2", nil, []string{"-tls1_2"}, "OK TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384 - hello s_client"},
		{"client certificate", []string{"--require-cert"}, []string{"-cert", p.Client, "-key", p.Client}, "OK TLSv1.3 TLS_AES_256_GCM_SHA384 gpython-ssl test client hello s_client"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			port, srv := scriptServer(t, binary, append([]string{p.RSA, p.CA, "1"}, tc.serverArgs...)...)
			args := append([]string{"s_client", "-connect", "127.0.0.1:" + strconv.Itoa(port), "-CAfile", p.CA,
				"-servername", "localhost", "-verify_return_error", "-quiet"}, tc.clientArgs...)
			cmd := exec.Command(bin, args...)
			cmd.Stdin = strings.NewReader("hello s_client\n")
			out, _ := runWithTimeout(cmd, 30*time.Second)
			lines := srv.Wait(t, 30*time.Second)
			require.NotEmpty(t, lines)
			assert.Equal(t, tc.want, lines[len(lines)-1], "s_client output: %s", out)
			assert.Contains(t, out, "hello s_client")
		})
	}
}

// runWithTimeout runs cmd and kills it after timeout; s_client keeps the
// connection open until the server closes it.
func runWithTimeout(cmd *exec.Cmd, timeout time.Duration) (string, error) {
	var out strings.Builder
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		return "", err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		return out.String(), err
	case <-time.After(timeout):
		_ = cmd.Process.Kill()
		<-done
		return out.String(), nil
	}
}

// TestAgainstCPython: gpython-ssl client with a CPython server, and
// gpython-ssl server with a CPython client.
func TestAgainstCPython(t *testing.T) {
	p := testPKI(t)
	py3 := needPython3(t)
	t.Run("gpython client, CPython server", func(t *testing.T) {
		port, srv := scriptServer(t, py3, p.ECDSA, p.CA, "1", "--require-cert")
		got := runClient(t, binary, port, p.CA, "localhost", "--cert", p.Client, "--send", "to cpython")
		assert.Equal(t, "OK TLSv1.3 TLS_AES_256_GCM_SHA384 256 localhost to cpython", got)
		lines := srv.Wait(t, 30*time.Second)
		assert.Equal(t, []string{"PORT " + strconv.Itoa(port), "OK TLSv1.3 TLS_AES_256_GCM_SHA384 gpython-ssl test client to cpython"}, lines)
	})
	t.Run("CPython client, gpython server", func(t *testing.T) {
		port, srv := scriptServer(t, binary, p.RSA, p.CA, "2", "--tls12")
		got := runClient(t, py3, port, p.CA, "localhost", "--send", "from cpython")
		assert.Equal(t, "OK TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384 256 localhost from cpython", got)
		got = runClient(t, py3, port, p.OtherCA, "localhost")
		assert.Equal(t, "ERR SSLCertVerificationError SSL CERTIFICATE_VERIFY_FAILED 20 unable to get local issuer certificate", got)
		lines := srv.Wait(t, 30*time.Second)
		require.Len(t, lines, 3)
		assert.Equal(t, "OK TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384 - from cpython", lines[1])
		assert.True(t, strings.HasPrefix(lines[2], "ERR SSLError SSL TLSV1_ALERT_UNKNOWN_CA"), lines[2])
	})
}

// TestAgainstGoTLS: both directions against Go's crypto/tls.
func TestAgainstGoTLS(t *testing.T) {
	p := testPKI(t)
	t.Run("gpython client, Go server", func(t *testing.T) {
		for _, tc := range []struct {
			name string
			cfg  goServerConfig
			args []string
			want string
		}{
			{"TLS 1.3", goServerConfig{certfile: p.ECDSA}, nil, "OK TLSv1.3 TLS_AES_128_GCM_SHA256 128 localhost hello gpython-ssl"},
			{"TLS 1.2", goServerConfig{certfile: p.RSA, maxVersion: tls.VersionTLS12}, nil, "OK TLSv1.2 ECDHE-RSA-AES128-GCM-SHA256 128 localhost hello gpython-ssl"},
			{"client certificate", goServerConfig{certfile: p.RSA, cafile: p.CA, requireClient: true}, []string{"--cert", p.Client}, "OK TLSv1.3 TLS_AES_128_GCM_SHA256 128 localhost hello gpython-ssl"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				port, results := goTLSServer(t, 1, tc.cfg)
				got := runClient(t, binary, port, p.CA, "localhost", tc.args...)
				assert.Equal(t, tc.want, got)
				select {
				case err := <-results:
					assert.NoError(t, err)
				case <-time.After(20 * time.Second):
					t.Fatal("Go server did not finish")
				}
			})
		}
	})
	t.Run("Go client, gpython server", func(t *testing.T) {
		port, srv := scriptServer(t, binary, p.RSA, p.CA, "2", "--require-cert")
		reply, err := goTLSClient(port, p.CA, p.Client, "localhost", 0)
		require.NoError(t, err)
		assert.Equal(t, "hello from Go\n", reply)
		reply, err = goTLSClient(port, p.CA, p.Client, "localhost", tls.VersionTLS12)
		require.NoError(t, err)
		assert.Equal(t, "hello from Go\n", reply)
		lines := srv.Wait(t, 30*time.Second)
		require.Len(t, lines, 3)
		assert.Equal(t, "OK TLSv1.3 TLS_AES_256_GCM_SHA384 gpython-ssl test client hello from Go", lines[1])
		assert.Equal(t, "OK TLSv1.2 ECDHE-RSA-AES256-GCM-SHA384 gpython-ssl test client hello from Go", lines[2])
	})
}
