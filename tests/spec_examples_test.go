package tests

import (
	"bufio"
	"crypto/tls"
	"crypto/x509"
	"net"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// httpsServer is a crypto/tls server answering each connection with a
// fixed HTTP response, or echoing lines when echo is set; it serves n
// connections.
func httpsServer(t *testing.T, certfile string, n int, echo bool) int {
	t.Helper()
	cert, err := tls.LoadX509KeyPair(certfile, certfile)
	require.NoError(t, err)
	l, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	go func() {
		for i := 0; i < n; i++ {
			c, err := l.Accept()
			if err != nil {
				return
			}
			func() {
				defer c.Close()
				_ = c.SetDeadline(time.Now().Add(20 * time.Second))
				r := bufio.NewReader(c)
				if echo {
					line, err := r.ReadString('\n')
					if err == nil {
						_, _ = c.Write([]byte(line))
					}
					// keep the connection open until the client closes it
					_, _ = r.ReadString('\n')
					return
				}
				for {
					line, err := r.ReadString('\n')
					if err != nil || line == "\r\n" {
						break
					}
				}
				_, _ = c.Write([]byte("HTTP/1.1 200 OK\r\nDate: Sat, 18 Oct 2014 18:27:20 GMT\r\nServer: nginx\r\n" +
					"Content-Type: text/html; charset=utf-8\r\nX-Frame-Options: SAMEORIGIN\r\nConnection: close\r\n\r\n"))
			}()
		}
	}()
	return l.Addr().(*net.TCPAddr).Port
}

// TestSpecClientExample runs the spec's client example against a local
// server; CPython running the same script is the oracle for every line
// (the pprint of the certificate and of the response included).
func TestSpecClientExample(t *testing.T) {
	p := testPKI(t)
	py3 := python3Path()
	n := 1
	if py3 != "" {
		n = 2
	}
	port := httpsServer(t, p.RSA, n, false)
	r := gpython(t, script("spec_client.py"), strconv.Itoa(port), p.CA)
	require.Equal(t, 0, r.Code, "stderr: %s", r.Stderr)
	assert.Contains(t, r.Stdout, "'subject': ((('organizationName', 'gpython-ssl tests'),),\n")
	assert.Contains(t, r.Stdout, "[b'HTTP/1.1 200 OK',\n b'Date: Sat, 18 Oct 2014 18:27:20 GMT',\n")
	if py3 == "" {
		t.Log("python3 not found: CPython comparison skipped")
		return
	}
	want := runCmd(t, 60*time.Second, py3, script("spec_client.py"), strconv.Itoa(port), p.CA)
	require.Equal(t, 0, want.Code, want.Stderr)
	assert.Equal(t, want.Stdout, r.Stdout)
}

// TestSpecServerExample runs the spec's server example and talks to it
// with a Go client: each line comes back upper-cased (the test's
// do_something), over two sequential connections.
func TestSpecServerExample(t *testing.T) {
	p := testPKI(t)
	dir := t.TempDir()
	certfile, keyfile := dir+"/cert.pem", dir+"/key.pem"
	splitPEM(t, p.RSA, certfile, keyfile)
	srv := startProcess(t, 60*time.Second, binary, script("spec_server.py"), certfile, keyfile)
	line := srv.waitLine(t, "PORT ", 20*time.Second)
	port, err := strconv.Atoi(strings.TrimPrefix(line, "PORT "))
	require.NoError(t, err)
	pool := x509.NewCertPool()
	ca, err := os.ReadFile(p.CA)
	require.NoError(t, err)
	pool.AppendCertsFromPEM(ca)
	for i := 0; i < 2; i++ {
		c, err := tls.DialWithDialer(&net.Dialer{Timeout: 10 * time.Second}, "tcp", "127.0.0.1:"+strconv.Itoa(port),
			&tls.Config{RootCAs: pool, ServerName: "localhost"})
		require.NoError(t, err)
		_ = c.SetDeadline(time.Now().Add(20 * time.Second))
		_, err = c.Write([]byte("hello spec\n"))
		require.NoError(t, err)
		reply, err := bufio.NewReader(c).ReadString('\n')
		require.NoError(t, err)
		assert.Equal(t, "HELLO SPEC\n", reply)
		require.NoError(t, c.CloseWrite()) // close_notify: the server's recv returns b""
		c.Close()
	}
}

// splitPEM writes the certificate and key blocks of a combined PEM file
// into two files, as the spec's example loads them.
func splitPEM(t *testing.T, combined, certfile, keyfile string) {
	t.Helper()
	data, err := os.ReadFile(combined)
	require.NoError(t, err)
	i := strings.Index(string(data), "-----BEGIN PRIVATE KEY-----")
	require.Greater(t, i, 0)
	require.NoError(t, os.WriteFile(certfile, data[:i], 0o600))
	require.NoError(t, os.WriteFile(keyfile, data[i:], 0o600))
}

// TestSpecNonBlockingHandshake runs the spec's select() handshake loop on
// a non-blocking socket; CPython prints the same.
func TestSpecNonBlockingHandshake(t *testing.T) {
	p := testPKI(t)
	py3 := python3Path()
	n := 1
	if py3 != "" {
		n = 2
	}
	port := httpsServer(t, p.ECDSA, n, true)
	r := gpython(t, script("spec_nonblocking.py"), strconv.Itoa(port), p.CA)
	require.Equal(t, 0, r.Code, "stderr: %s", r.Stderr)
	assert.Equal(t, "handshake done TLSv1.3\nreply b'ping\\n'\nSSLWantReadError when no data\n", r.Stdout)
	if py3 != "" {
		want := runCmd(t, 60*time.Second, py3, script("spec_nonblocking.py"), strconv.Itoa(port), p.CA)
		assert.Equal(t, want.Stdout, r.Stdout)
	}
}
