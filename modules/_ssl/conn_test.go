package _ssl

import (
	"bytes"
	"crypto/x509/pkix"
	"errors"
	"net"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// connPKI is a CA and leaf certificates written to a temporary directory,
// made once for this file's tests.
type connPKI struct {
	dir       string
	caFile    string
	otherCA   string // a CA that signed nothing we serve
	server    string // cert+key for localhost / 127.0.0.1 / *.wild.test / f*.part.test
	expired   string // cert+key valid in the past
	client    string // client certificate, signed by the CA
	serverSAN []string
}

// tempRoot is the directory TestMain removes at the end; every fixture
// directory of the package's tests goes inside it.
var tempRoot string

// connPKIOnce makes the connPKI that testPKI shares.
var connPKIOnce = sync.OnceValues(makeConnPKI)

func testPKI(t *testing.T) *connPKI {
	t.Helper()
	p, err := connPKIOnce()
	require.NoError(t, err)
	return p
}

// makeConnPKI writes a fresh connPKI (testPKI shares one; fuzz and
// benchmark setups call this directly).
func makeConnPKI() (*connPKI, error) {
	dir, err := os.MkdirTemp(tempRoot, "gossl-conn-test")
	if err != nil {
		return nil, err
	}
	now := time.Now()
	caValid := func(cn string) testcerts.CASpec {
		return testcerts.CASpec{Subject: pkix.Name{CommonName: cn}, NotBefore: now.Add(-time.Hour), NotAfter: now.Add(48 * time.Hour)}
	}
	ca, err := testcerts.NewCA(dir, "ca.pem", caValid("gpython-ssl test CA"))
	if err != nil {
		return nil, err
	}
	other, err := testcerts.NewCA(dir, "other-ca.pem", caValid("unrelated CA"))
	if err != nil {
		return nil, err
	}
	p := &connPKI{dir: dir, caFile: ca.Path, otherCA: other.Path, serverSAN: []string{"localhost", "*.wild.test", "f*.part.test"}}
	nb, na := now.Add(-time.Hour), now.Add(24*time.Hour)
	err = ca.Leaves(
		testcerts.LeafFile{File: "server.pem", Path: &p.server, Spec: testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "localhost"}, DNSNames: p.serverSAN,
			IPs: []net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("::1")}, NotBefore: nb, NotAfter: na}},
		testcerts.LeafFile{File: "expired.pem", Path: &p.expired, Spec: testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost"},
			NotBefore: now.Add(-48 * time.Hour), NotAfter: now.Add(-24 * time.Hour)}},
		testcerts.LeafFile{File: "client.pem", Path: &p.client, Spec: testcerts.LeafSpec{
			Subject: pkix.Name{CommonName: "test client"}, NotBefore: nb, NotAfter: na, Client: true}},
	)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// pair is a client and a server connection joined by memory BIOs.
type pair struct {
	client, server         *Conn
	c2s, s2c               *MemoryBIO // client->server and server->client
	clientCtx, serverCtx   *Context
	clientSide, serverSide []*MemoryBIO
}

func newServerCtx(t *testing.T, proto Protocol, certfile string) *Context {
	t.Helper()
	ctx, err := NewContext(proto)
	require.NoError(t, err)
	require.NoError(t, ctx.LoadCertChain(certfile, "", nil))
	t.Cleanup(func() { ctx.Close() })
	return ctx
}

func newClientCtx(t *testing.T, proto Protocol, cafile string) *Context {
	t.Helper()
	ctx, err := NewContext(proto)
	require.NoError(t, err)
	if cafile != "" {
		require.NoError(t, ctx.LoadVerifyLocations(cafile, ""))
	}
	t.Cleanup(func() { ctx.Close() })
	return ctx
}

func newPair(t *testing.T, clientCtx, serverCtx *Context, hostname string, check bool, sess *Session) *pair {
	t.Helper()
	c2s, err := NewMemoryBIO()
	require.NoError(t, err)
	s2c, err := NewMemoryBIO()
	require.NoError(t, err)
	client, err := NewConn(clientCtx, ConnConfig{FD: -1, In: s2c, Out: c2s, Hostname: hostname, CheckHostname: check, Session: sess})
	require.NoError(t, err)
	server, err := NewConn(serverCtx, ConnConfig{FD: -1, In: c2s, Out: s2c, ServerSide: true})
	require.NoError(t, err)
	p := &pair{client: client, server: server, c2s: c2s, s2c: s2c, clientCtx: clientCtx, serverCtx: serverCtx}
	t.Cleanup(func() {
		client.Close()
		server.Close()
		c2s.Close()
		s2c.Close()
	})
	return p
}

// mustHandshake completes the handshake, failing the test on an error
// from either side.
func (p *pair) mustHandshake(t *testing.T) {
	t.Helper()
	cerr, serr := p.handshake()
	require.NoError(t, cerr)
	require.NoError(t, serr)
}

// handshakenPair is a TLS 1.3 pair for "localhost", hostname checked,
// with its handshake done.
func handshakenPair(t *testing.T) *pair {
	t.Helper()
	pki := testPKI(t)
	p := newPair(t, newClientCtx(t, ProtocolTLSClient, pki.caFile), newServerCtx(t, ProtocolTLSServer, pki.server), "localhost", true, nil)
	p.mustHandshake(t)
	return p
}

func isWant(err error) bool {
	var e *Error
	return errors.As(err, &e) && (e.Kind == KindWantRead || e.Kind == KindWantWrite)
}

// handshake steps both ends until both finish or one fails (bounded).
func (p *pair) handshake() (clientErr, serverErr error) {
	cdone, sdone := false, false
	for i := 0; i < 50 && !(cdone && sdone); i++ {
		if !cdone {
			clientErr = p.client.Handshake()
			if clientErr == nil {
				cdone = true
			} else if !isWant(clientErr) {
				return clientErr, serverErr
			}
		}
		if !sdone {
			serverErr = p.server.Handshake()
			if serverErr == nil {
				sdone = true
			} else if !isWant(serverErr) {
				// let the client read the alert
				clientErr = p.client.Handshake()
				return clientErr, serverErr
			}
		}
	}
	return clientErr, serverErr
}

// transfer writes data on from and reads it all on to, pumping records.
func transfer(t *testing.T, from, to *Conn, data []byte) []byte {
	t.Helper()
	var got bytes.Buffer
	buf := make([]byte, 16384)
	for off := 0; off < len(data); {
		n, err := from.Write(data[off:min(off+16384, len(data))])
		require.NoError(t, err)
		off += n
		for {
			m, err := to.Read(buf)
			if err != nil {
				require.True(t, isWant(err), "read: %v", err)
				break
			}
			got.Write(buf[:m])
		}
	}
	return got.Bytes()
}

func TestConnMemoryHandshake(t *testing.T) {
	pki := testPKI(t)
	for _, tc := range []struct {
		name    string
		proto   Protocol
		version string
	}{
		{"TLS 1.3", ProtocolTLSClient, "TLSv1.3"},
		{"TLS 1.2", ProtocolTLSv1_2, "TLSv1.2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clientCtx := newClientCtx(t, tc.proto, pki.caFile)
			if tc.proto != ProtocolTLSClient {
				require.NoError(t, clientCtx.SetVerifyMode(CertRequired))
			}
			serverCtx := newServerCtx(t, ProtocolTLSServer, pki.server)
			p := newPair(t, clientCtx, serverCtx, "localhost", true, nil)
			assert.False(t, p.client.HandshakeDone())
			_, ok := p.client.Version()
			assert.False(t, ok, "no version before the handshake")
			assert.Nil(t, p.client.TLSUnique())

			p.mustHandshake(t)
			v, ok := p.client.Version()
			require.True(t, ok)
			assert.Equal(t, tc.version, v)
			sv, _ := p.server.Version()
			assert.Equal(t, tc.version, sv)
			ci, ok := p.client.Cipher()
			require.True(t, ok)
			assert.Equal(t, tc.version, ci.Protocol)
			assert.Greater(t, ci.Bits, 0)
			assert.Equal(t, 0, p.client.VerifyResult())
			der, err := p.client.PeerCertificate()
			require.NoError(t, err)
			assert.NotEmpty(t, der)
			der, err = p.server.PeerCertificate()
			require.NoError(t, err)
			assert.Nil(t, der, "no client certificate was asked for")
			assert.Equal(t, "localhost", p.server.ServerName())
			assert.Equal(t, "", p.client.Compression())

			cu, su := p.client.TLSUnique(), p.server.TLSUnique()
			require.NotNil(t, cu)
			assert.Equal(t, cu, su, "tls-unique agrees on both ends")

			shared, ok := p.server.SharedCiphers()
			require.True(t, ok)
			assert.NotEmpty(t, shared)

			msg := bytes.Repeat([]byte("gpython-ssl "), 10000)
			assert.Equal(t, msg, transfer(t, p.client, p.server, msg))
			assert.Equal(t, msg, transfer(t, p.server, p.client, msg))
		})
	}
}

func TestConnHandshakeFailures(t *testing.T) {
	pki := testPKI(t)
	tests := []struct {
		name      string
		cafile    string
		certfile  string
		hostname  string
		verifyMsg string
		reason    string
	}{
		{"untrusted root", pki.otherCA, pki.server, "localhost", "unable to get local issuer certificate", "CERTIFICATE_VERIFY_FAILED"},
		{"expired", pki.caFile, pki.expired, "localhost", "certificate has expired", "CERTIFICATE_VERIFY_FAILED"},
		{"wrong hostname", pki.caFile, pki.server, "example.org", "Hostname mismatch, certificate is not valid for 'example.org'.", "CERTIFICATE_VERIFY_FAILED"},
		{"wrong IP", pki.caFile, pki.server, "127.0.0.2", "IP address mismatch, certificate is not valid for '127.0.0.2'.", "CERTIFICATE_VERIFY_FAILED"},
		{"two-label wildcard", pki.caFile, pki.server, "a.b.wild.test", "Hostname mismatch, certificate is not valid for 'a.b.wild.test'.", "CERTIFICATE_VERIFY_FAILED"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			clientCtx := newClientCtx(t, ProtocolTLSClient, tc.cafile)
			serverCtx := newServerCtx(t, ProtocolTLSServer, tc.certfile)
			p := newPair(t, clientCtx, serverCtx, tc.hostname, true, nil)
			cerr, _ := p.handshake()
			var e *Error
			require.ErrorAs(t, cerr, &e)
			assert.Equal(t, KindSSL, e.Kind)
			assert.Equal(t, tc.verifyMsg, e.VerifyMessage)
			assert.Greater(t, e.Verify, 0)
			assert.Contains(t, e.Error(), "certificate verify failed: "+tc.verifyMsg)
		})
	}
}

func TestConnHostnameRules(t *testing.T) {
	pki := testPKI(t)
	// 3.6's match_hostname rules, enforced by OpenSSL during the handshake.
	for _, tc := range []struct {
		host string
		ok   bool
	}{
		{"localhost", true},
		{"LOCALHOST", true},
		{"127.0.0.1", true},
		{"::1", true},
		{"a.wild.test", true},
		{"wild.test", false},
		{"a.b.wild.test", false},
		{"foo.part.test", true}, // partial wildcard f*.part.test, allowed by 3.6
		{"bar.part.test", false},
	} {
		t.Run(tc.host, func(t *testing.T) {
			clientCtx := newClientCtx(t, ProtocolTLSClient, pki.caFile)
			serverCtx := newServerCtx(t, ProtocolTLSServer, pki.server)
			p := newPair(t, clientCtx, serverCtx, tc.host, true, nil)
			cerr, _ := p.handshake()
			if tc.ok {
				assert.NoError(t, cerr)
			} else {
				assert.Error(t, cerr)
			}
		})
	}
}

func TestConnCloseNotifyAndEOF(t *testing.T) {
	p := handshakenPair(t)

	// Client sends close_notify; the server reads ZERO_RETURN.
	done, err := p.client.Shutdown()
	require.NoError(t, err)
	assert.False(t, done, "first shutdown only sends close_notify")
	buf := make([]byte, 10)
	_, err = p.server.Read(buf)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, KindZeroReturn, e.Kind)
	assert.True(t, p.server.ReceivedShutdown())
	done, err = p.server.Shutdown()
	require.NoError(t, err)
	assert.True(t, done)
	done, err = p.client.Shutdown()
	require.NoError(t, err)
	assert.True(t, done)
}

func TestConnRaggedEOF(t *testing.T) {
	p := handshakenPair(t)
	p.c2s.WriteEOF() // the transport ends without close_notify
	_, err := p.server.Read(make([]byte, 10))
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, KindEOF, e.Kind)
	assert.Equal(t, "EOF occurred in violation of protocol", e.Text)
}

func TestConnGarbageInput(t *testing.T) {
	serverCtx := newServerCtx(t, ProtocolTLSServer, testPKI(t).server)
	for _, tc := range []struct {
		name, input, reason string
	}{
		{"HTTP request", "GET / HTTP/1.0\r\n\r\n", "HTTP_REQUEST"},
		{"random text", "hello world, this is not TLS at all....", "WRONG_VERSION_NUMBER"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in, err := NewMemoryBIO()
			require.NoError(t, err)
			out, err := NewMemoryBIO()
			require.NoError(t, err)
			defer in.Close()
			defer out.Close()
			srv, err := NewConn(serverCtx, ConnConfig{FD: -1, In: in, Out: out, ServerSide: true})
			require.NoError(t, err)
			defer srv.Close()
			_, err = in.Write([]byte(tc.input))
			require.NoError(t, err)
			err = srv.Handshake()
			var e *Error
			require.ErrorAs(t, err, &e)
			assert.Equal(t, KindSSL, e.Kind)
			assert.Equal(t, "SSL", libOrSSL(e))
			if name := e.ReasonName(); name != "" {
				assert.Equal(t, tc.reason, name)
			}
		})
	}
}

// libOrSSL tolerates the error tables not being generated yet.
func libOrSSL(e *Error) string {
	if l := e.Library(); l != "" {
		return l
	}
	return "SSL"
}

func TestConnSessionResumption(t *testing.T) {
	pki := testPKI(t)
	for _, proto := range []Protocol{ProtocolTLSClient, ProtocolTLSv1_2} {
		clientCtx := newClientCtx(t, proto, pki.caFile)
		if proto != ProtocolTLSClient {
			require.NoError(t, clientCtx.SetVerifyMode(CertRequired))
		}
		serverCtx := newServerCtx(t, ProtocolTLSServer, pki.server)
		p := newPair(t, clientCtx, serverCtx, "localhost", true, nil)
		p.mustHandshake(t)
		// TLS 1.3 tickets arrive after the handshake: read to process them.
		transfer(t, p.server, p.client, []byte("ping"))
		sess := p.client.Session()
		require.NotNil(t, sess, "client has a resumable session")
		assert.Greater(t, sess.Time(), int64(0))
		assert.Greater(t, sess.Timeout(), int64(0))
		assert.False(t, p.client.SessionReused())

		p2 := newPair(t, clientCtx, serverCtx, "localhost", true, sess)
		p2.mustHandshake(t)
		assert.True(t, p2.client.SessionReused(), "second handshake resumes")
		assert.True(t, p2.server.SessionReused())
		cu, su := p2.client.TLSUnique(), p2.server.TLSUnique()
		assert.Equal(t, cu, su, "tls-unique agrees on a resumed handshake")
	}
}

func TestConnServerNameCallback(t *testing.T) {
	pki := testPKI(t)
	clientCtx := newClientCtx(t, ProtocolTLSClient, pki.caFile)
	serverCtx := newServerCtx(t, ProtocolTLSServer, pki.expired)
	goodCtx := newServerCtx(t, ProtocolTLSServer, pki.server)

	var seen []string
	require.NoError(t, serverCtx.SetServerNameCallback(func(c *Conn, name string, has bool) int {
		seen = append(seen, name)
		if name == "localhost" {
			// Switch to the context with a valid certificate, from inside
			// the handshake, as CPython's callback does.
			require.NoError(t, c.SetContext(goodCtx))
			return -1
		}
		return AlertHandshakeFailure
	}))
	p := newPair(t, clientCtx, serverCtx, "localhost", true, nil)
	p.mustHandshake(t)
	assert.Equal(t, []string{"localhost"}, seen)
	assert.Same(t, goodCtx, p.server.Context())

	p2 := newPair(t, clientCtx, serverCtx, "a.wild.test", true, nil)
	cerr, serr := p2.handshake()
	assert.Error(t, serr)
	var e *Error
	require.ErrorAs(t, cerr, &e)
	assert.Contains(t, e.Error(), "handshake failure")

	require.NoError(t, serverCtx.SetServerNameCallback(nil))
}

func TestConnLeaks(t *testing.T) {
	pki := testPKI(t)
	clientCtx := newClientCtx(t, ProtocolTLSClient, pki.caFile)
	serverCtx := newServerCtx(t, ProtocolTLSServer, pki.server)
	before := liveConns.Load()
	beforeBIO := liveBIOs.Load()
	for i := 0; i < 200; i++ {
		c2s, _ := NewMemoryBIO()
		s2c, _ := NewMemoryBIO()
		c, err := NewConn(clientCtx, ConnConfig{FD: -1, In: s2c, Out: c2s, Hostname: "localhost", CheckHostname: true})
		require.NoError(t, err)
		s, err := NewConn(serverCtx, ConnConfig{FD: -1, In: c2s, Out: s2c, ServerSide: true})
		require.NoError(t, err)
		p := &pair{client: c, server: s}
		p.mustHandshake(t)
		if i%2 == 0 { // half closed explicitly, half left to the cleanup
			c.Close()
			s.Close()
			c2s.Close()
			s2c.Close()
		}
	}
	require.Eventually(t, func() bool {
		collectGarbage()
		return liveConns.Load() == before && liveBIOs.Load() == beforeBIO
	}, 10*time.Second, 50*time.Millisecond, "conns %d->%d, bios %d->%d", before, liveConns.Load(), beforeBIO, liveBIOs.Load())
}

// TestConnSessionSurvivesClose: a session taken from a connection that was
// closed without close_notify can still be resumed.
func TestConnSessionSurvivesClose(t *testing.T) {
	p := handshakenPair(t)
	transfer(t, p.server, p.client, []byte("ticket please"))
	sess := p.client.Session()
	require.NotNil(t, sess)
	p.client.Close()
	p.server.Close()
	p2 := newPair(t, p.clientCtx, p.serverCtx, "localhost", true, sess)
	p2.mustHandshake(t)
	assert.True(t, p2.client.SessionReused())
}
