package tests

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sniClientScript wraps an unconnected socket for one name, sets
// server_hostname to another before connect() (3.6's plain attribute),
// and reports how the handshake with the server went.
const sniClientScript = `
import socket, ssl, sys
port, ca, wrapped_for, connect_for = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
ctx = ssl.create_default_context(cafile=ca)
s = ctx.wrap_socket(socket.socket(), server_hostname=wrapped_for)
s.server_hostname = connect_for
try:
    s.connect(("127.0.0.1", port))
    s.sendall(b"ping\n")
    print("OK", s.server_hostname, s.recv(64))
except ssl.CertificateError as e:
    print("CertificateError", s.server_hostname)
except ssl.SSLError as e:
    print("SSLError", e.reason, s.server_hostname)
s.close()
`

// TestSSLSocketServerHostnameSetBeforeConnect checks against openssl
// s_server, which prints the SNI extension it received (-tlsextdebug),
// that the name a script sets on server_hostname before connect() is the
// one sent and the one the certificate is checked against.
func TestSSLSocketServerHostnameSetBeforeConnect(t *testing.T) {
	p := testPKI(t)
	bin := needOpenSSL(t)
	for _, tc := range []struct {
		name, wrappedFor, connectFor, want string
	}{
		{"name the certificate holds", "wrong.test", "localhost", "OK localhost b'gnip\\n'"},
		{"name the certificate lacks", "localhost", "other.test", "other.test"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			port := freePort(t)
			srv := startProcess(t, 60*time.Second, bin, "s_server", "-accept", strconv.Itoa(port), "-naccept", "1", "-rev",
				"-cert", p.RSA, "-key", p.RSA, "-tlsextdebug")
			srv.waitLine(t, "ACCEPT", 10*time.Second)
			r := gpython(t, "-c", sniClientScript, strconv.Itoa(port), p.CA, tc.wrappedFor, tc.connectFor)
			require.Equal(t, 0, r.Code, "stderr: %s", r.Stderr)
			if tc.connectFor == "localhost" {
				assert.Equal(t, tc.want, strings.TrimSpace(r.Stdout))
			} else {
				// 3.7+ checks the name inside the handshake: an SSLError
				// (CertificateError is its subclass there).
				assert.Regexp(t, `^(CertificateError|SSLError CERTIFICATE_VERIFY_FAILED) `+tc.want+`$`, strings.TrimSpace(r.Stdout))
			}
			srv.cancel()
			out := strings.Join(srv.Wait(t, 30*time.Second), "\n")
			// The server name extension's dump ends with the name sent.
			assert.Regexp(t, `TLS client extension "server name" \(id=0\), len=\d+\n0000 - [0-9a-f -]+\S*`+strings.ReplaceAll(tc.connectFor, ".", `\.`)+`\n`, out+"\n")
			assert.NotContains(t, out, tc.wrappedFor+"\n")
		})
	}
}
