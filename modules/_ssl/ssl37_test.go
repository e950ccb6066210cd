package _ssl

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestVersionBounds: defaults per protocol (3.10+: TLS 1.2 minimum), the
// setters' rules and errors, and their effect on a handshake.
func TestVersionBounds(t *testing.T) {
	for _, tc := range []struct {
		proto    Protocol
		min, max int
		seclevel int
	}{
		{ProtocolTLS, VersionTLSv12, ProtoMaximumSupported, 2},
		{ProtocolTLSClient, VersionTLSv12, ProtoMaximumSupported, 2},
		{ProtocolTLSServer, VersionTLSv12, ProtoMaximumSupported, 2},
		{ProtocolTLSv1, ProtoMinimumSupported, ProtoMaximumSupported, 2},
		{ProtocolTLSv1_2, ProtoMinimumSupported, ProtoMaximumSupported, 2},
	} {
		c := newCtx(t, tc.proto)
		min, err := c.MinimumVersion()
		require.NoError(t, err)
		max, err := c.MaximumVersion()
		require.NoError(t, err)
		lvl, err := c.SecurityLevel()
		require.NoError(t, err)
		assert.Equal(t, []int{tc.min, tc.max, tc.seclevel}, []int{min, max, lvl}, "protocol %d", tc.proto)
		if tc.proto.fixedVersion() {
			var ve *ValueError
			assert.ErrorAs(t, c.SetMinimumVersion(VersionTLSv12), &ve)
			assert.ErrorAs(t, c.SetMaximumVersion(VersionTLSv12), &ve)
		}
	}
	c := newCtx(t, ProtocolTLSClient)
	for _, tc := range []struct {
		v      int
		isMin  bool
		want   int
		errMsg string
	}{
		{ProtoMaximumSupported, true, VersionTLSv13, ""},
		{ProtoMinimumSupported, true, ProtoMinimumSupported, ""},
		{ProtoMinimumSupported, false, VersionTLSv1, ""},
		{ProtoMaximumSupported, false, ProtoMaximumSupported, ""},
		{0x305, true, 0, "Unsupported TLS/SSL version 0x305"},
		{-3, false, 0, "Unsupported TLS/SSL version 0xfffffffd"},
	} {
		set, get := c.SetMaximumVersion, c.MaximumVersion
		if tc.isMin {
			set, get = c.SetMinimumVersion, c.MinimumVersion
		}
		err := set(tc.v)
		if tc.errMsg != "" {
			assert.EqualError(t, err, tc.errMsg)
			continue
		}
		require.NoError(t, err)
		got, err := get()
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "set %d (min %v)", tc.v, tc.isMin)
	}

	pki := testPKI(t)
	for _, tc := range []struct {
		clientMax, serverMin int
		want                 string
	}{
		{VersionTLSv12, 0, "TLSv1.2"},
		{ProtoMaximumSupported, 0, "TLSv1.3"},
		{VersionTLSv12, VersionTLSv13, ""},
	} {
		cli := newClientCtx(t, ProtocolTLSClient, pki.caFile)
		require.NoError(t, cli.SetMaximumVersion(tc.clientMax))
		srv := newServerCtx(t, ProtocolTLSServer, pki.server)
		if tc.serverMin != 0 {
			require.NoError(t, srv.SetMinimumVersion(tc.serverMin))
		}
		p := newPair(t, cli, srv, "localhost", true, nil)
		cerr, _ := p.handshake()
		if tc.want == "" {
			var e *Error
			require.ErrorAs(t, cerr, &e)
			assert.Equal(t, "TLSV1_ALERT_PROTOCOL_VERSION", e.ReasonName())
			continue
		}
		require.NoError(t, cerr)
		v, _ := p.client.Version()
		assert.Equal(t, tc.want, v)
	}
}

// TestContextExtras: num_tickets, hostname_checks_common_name,
// post-handshake authentication, chains, key log, PSK and the session's
// context on in-process pairs.
func TestContextExtras(t *testing.T) {
	pki := testPKI(t)
	var ve *ValueError
	assert.ErrorAs(t, newCtx(t, ProtocolTLSClient).SetNumTickets(1), &ve)
	srvCtx := newCtx(t, ProtocolTLSServer)
	require.NoError(t, srvCtx.SetNumTickets(5))
	n, _ := srvCtx.NumTickets()
	assert.Equal(t, uint64(5), n)

	cli := newClientCtx(t, ProtocolTLSClient, pki.caFile)
	on, _ := cli.HostnameChecksCommonName()
	assert.True(t, on)
	require.NoError(t, cli.SetHostnameChecksCommonName(false))
	on, _ = cli.HostnameChecksCommonName()
	assert.False(t, on)

	// Key log, chains and sessions on one TLS 1.2 pair.
	dir := t.TempDir()
	logPath := filepath.Join(dir, "keys.log")
	f, err := OpenKeylogFile(logPath)
	require.NoError(t, err)
	cli = newClientCtx(t, ProtocolTLSClient, pki.caFile)
	require.NoError(t, cli.SetMaximumVersion(VersionTLSv12))
	require.NoError(t, cli.SetKeylog(f))
	srv := newServerCtx(t, ProtocolTLSServer, pki.server)
	p := newPair(t, cli, srv, "localhost", true, nil)
	p.mustHandshake(t)
	require.NoError(t, cli.SetKeylog(nil))
	data, err := os.ReadFile(logPath)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	require.Len(t, lines, 2)
	assert.Equal(t, strings.TrimSpace(keylogHeader), lines[0])
	assert.True(t, strings.HasPrefix(lines[1], "CLIENT_RANDOM "), lines[1])

	verified, err := p.client.VerifiedChain()
	require.NoError(t, err)
	assert.Len(t, verified, 2)
	peer, _ := p.client.PeerCertificate()
	assert.True(t, bytes.Equal(peer, verified[0]))
	sent, err := p.server.UnverifiedChain()
	require.NoError(t, err)
	assert.Empty(t, sent, "no client certificate")

	sess := p.client.Session()
	require.NotNil(t, sess)
	assert.Same(t, cli, sess.Context())
	other := newClientCtx(t, ProtocolTLSClient, pki.caFile)
	c2s, _ := NewMemoryBIO()
	s2c, _ := NewMemoryBIO()
	t.Cleanup(func() { c2s.Close(); s2c.Close() })
	_, err = NewConn(other, ConnConfig{FD: -1, In: s2c, Out: c2s, Hostname: "localhost", Session: sess})
	assert.EqualError(t, err, "Session refers to a different SSLContext.")
	again := newPair(t, cli, srv, "localhost", true, sess)
	again.mustHandshake(t)
	assert.True(t, again.client.SessionReused())

	// Post-handshake authentication: requested after a TLS 1.3 handshake.
	cli = newClientCtx(t, ProtocolTLSClient, pki.caFile)
	srv = newServerCtx(t, ProtocolTLSServer, pki.server)
	require.NoError(t, srv.SetVerifyMode(CertRequired))
	require.NoError(t, srv.SetPostHandshakeAuth(true))
	require.NoError(t, cli.SetPostHandshakeAuth(true))
	p = newPair(t, cli, srv, "localhost", true, nil)
	p.mustHandshake(t)
	require.NoError(t, p.server.VerifyClientPostHandshake())
	var e *Error
	require.ErrorAs(t, p.client.VerifyClientPostHandshake(), &e)
	assert.Equal(t, "NOT_SERVER", e.ReasonName())

	// PSK, TLS 1.3, no certificates; the callbacks run with the
	// connection unlocked (they may use it, as Python callbacks do).
	key := bytes.Repeat([]byte{7}, 32)
	cli = newCtx(t, ProtocolTLSClient)
	require.NoError(t, cli.SetCheckHostname(false))
	require.NoError(t, cli.SetVerifyMode(CertNone))
	srv = newCtx(t, ProtocolTLSServer)
	var seen []string
	require.NoError(t, cli.SetPSKClientCallback(func(c *Conn, hint string, has bool) (string, bool, []byte, bool) {
		seen = append(seen, "client")
		_ = c.Pending()
		return "alice", true, key, true
	}))
	require.NoError(t, srv.SetPSKServerCallback(func(c *Conn, id string, has bool) ([]byte, bool) {
		seen = append(seen, "server "+id)
		return key, true
	}, "", false))
	p = newPair(t, cli, srv, "", false, nil)
	p.mustHandshake(t)
	assert.Equal(t, []string{"client", "server alice"}, seen)
	assert.Error(t, newCtx(t, ProtocolTLSServer).SetPSKClientCallback(nil))
	assert.EqualError(t, srv.SetPSKServerCallback(nil, strings.Repeat("x", 300), true), "failed to set identity hint")
}
