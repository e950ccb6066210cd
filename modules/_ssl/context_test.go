package _ssl

import (
	"errors"
	"fmt"
	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
	"os"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain generates the certificate fixtures. Other test files of this
// package use ctxFixtures; add set-up here rather than a second TestMain.
// ctxFixtures are the certificates of the context tests, made in TestMain.
var ctxFixtures *testcerts.Fixtures

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "gossl-context-")
	tempRoot = dir
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ctxFixtures, err = testcerts.Generate(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "generating certificates:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// OpenSSL bit values the tests check against (from ssl.h, OpenSSL 3.0).
const (
	opNoSSLv3                = 0x02000000
	opNoCompression          = 0x00020000
	opCipherServerPreference = 0x00400000
	opEnableMiddleboxCompat  = 0x00100000
	opDontInsertEmptyFrags   = 0x00000800
	opNoTicket               = 0x00004000
	vFlagTrustedFirst        = 0x8000
	vFlagCRLCheck            = 0x4
)

func newCtx(t *testing.T, p Protocol) *Context {
	t.Helper()
	c, err := NewContext(p)
	require.NoError(t, err)
	t.Cleanup(func() { c.Close() })
	return c
}

func TestNewContextDefaults(t *testing.T) {
	tests := []struct {
		name  string
		proto Protocol
		mode  VerifyMode
		check bool
	}{
		{"TLS", ProtocolTLS, CertNone, false},
		{"TLS_CLIENT", ProtocolTLSClient, CertRequired, true},
		{"TLS_SERVER", ProtocolTLSServer, CertNone, false},
		{"TLSv1", ProtocolTLSv1, CertNone, false},
		{"TLSv1_1", ProtocolTLSv1_1, CertNone, false},
		{"TLSv1_2", ProtocolTLSv1_2, CertNone, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newCtx(t, tc.proto)
			opts, err := c.Options()
			require.NoError(t, err)
			for _, bit := range []uint64{opNoSSLv3, opNoCompression, opCipherServerPreference, opEnableMiddleboxCompat} {
				assert.NotZero(t, opts&bit, "option bit %#x missing from %#x", bit, opts)
			}
			assert.Zero(t, opts&opDontInsertEmptyFrags, "OP_ALL minus DONT_INSERT_EMPTY_FRAGMENTS")
			mode, err := c.VerifyMode()
			require.NoError(t, err)
			assert.Equal(t, tc.mode, mode)
			assert.Equal(t, tc.check, c.CheckHostname())
			flags, err := c.VerifyFlags()
			require.NoError(t, err)
			assert.Equal(t, uint64(vFlagTrustedFirst), flags)
			assert.Equal(t, tc.proto, c.Protocol())
			cs, err := c.Ciphers()
			require.NoError(t, err)
			assert.NotEmpty(t, cs)
			for _, ci := range cs {
				assert.NotContains(t, ci.Name, "MD5")
				assert.NotContains(t, ci.Description, "Au=None")
			}
		})
	}
}

func TestNewContextInvalidProtocol(t *testing.T) {
	for _, p := range []Protocol{ProtocolSSLv2, ProtocolSSLv3, 6, 15, 18, 99, -1} {
		t.Run(fmt.Sprint(int(p)), func(t *testing.T) {
			c, err := NewContext(p)
			assert.Nil(t, c)
			var ve *ValueError
			require.ErrorAs(t, err, &ve)
			assert.Equal(t, "invalid protocol version", ve.Msg)
		})
	}
}

func TestOptionsSetAndClear(t *testing.T) {
	c := newCtx(t, ProtocolTLS)
	orig, err := c.Options()
	require.NoError(t, err)
	require.NoError(t, c.SetOptions(orig|opNoTicket))
	got, _ := c.Options()
	assert.Equal(t, orig|opNoTicket, got)
	require.NoError(t, c.SetOptions(orig&^opNoCompression))
	got, _ = c.Options()
	assert.Equal(t, orig&^opNoCompression, got, "bits absent from the new value are cleared")
}

func TestVerifyModeAndCheckHostname(t *testing.T) {
	c := newCtx(t, ProtocolTLS)
	var ve *ValueError
	require.ErrorAs(t, c.SetVerifyMode(3), &ve)
	assert.Equal(t, "invalid value for verify_mode", ve.Msg)
	require.ErrorAs(t, c.SetCheckHostname(true), &ve)
	assert.Equal(t, "check_hostname needs a SSL context with either CERT_OPTIONAL or CERT_REQUIRED", ve.Msg)
	for _, m := range []VerifyMode{CertOptional, CertRequired, CertNone} {
		require.NoError(t, c.SetVerifyMode(m))
		got, err := c.VerifyMode()
		require.NoError(t, err)
		assert.Equal(t, m, got)
	}
	require.NoError(t, c.SetVerifyMode(CertOptional))
	require.NoError(t, c.SetCheckHostname(true))
	assert.True(t, c.CheckHostname())
	require.ErrorAs(t, c.SetVerifyMode(CertNone), &ve)
	assert.Equal(t, "Cannot set verify_mode to CERT_NONE when check_hostname is enabled.", ve.Msg)
	require.NoError(t, c.SetCheckHostname(false))
	require.NoError(t, c.SetVerifyMode(CertNone))
}

func TestVerifyFlags(t *testing.T) {
	c := newCtx(t, ProtocolTLS)
	require.NoError(t, c.SetVerifyFlags(vFlagTrustedFirst|vFlagCRLCheck))
	got, err := c.VerifyFlags()
	require.NoError(t, err)
	assert.Equal(t, uint64(vFlagTrustedFirst|vFlagCRLCheck), got)
	require.NoError(t, c.SetVerifyFlags(0))
	got, _ = c.VerifyFlags()
	assert.Zero(t, got)
}

func TestSetCiphers(t *testing.T) {
	c := newCtx(t, ProtocolTLS)
	require.NoError(t, c.SetCiphers("ECDHE+AESGCM"))
	cs, err := c.Ciphers()
	require.NoError(t, err)
	var tls12 []string
	for _, ci := range cs {
		if ci.Protocol == "TLSv1.2" {
			tls12 = append(tls12, ci.Name)
			assert.True(t, ci.AEAD)
			assert.False(t, ci.HasDigest, "AEAD ciphers have no digest")
			assert.Equal(t, "kx-ecdhe", ci.KEA)
		}
	}
	assert.NotEmpty(t, tls12)
	err = c.SetCiphers("foo")
	assert.ErrorIs(t, err, ErrNoCipherMatch)
	var ve *ValueError
	assert.ErrorAs(t, c.SetCiphers("a\x00b"), &ve)
}

func TestLoadCertChain(t *testing.T) {
	tc := ctxFixtures
	called := 0
	fn := func(b []byte, err error) *Password {
		return &Password{Func: func() ([]byte, error) { called++; return b, err }}
	}
	boom := errors.New("boom")
	tests := []struct {
		name      string
		cert, key string
		pw        *Password
		check     func(t *testing.T, err error)
		wantCalls int
	}{
		{"plain key in separate file", tc.LeafPEM, tc.LeafKey, nil, noErr, 0},
		{"ecdsa", tc.ECLeafPEM, tc.ECLeafKey, nil, noErr, 0},
		{"password ignored when not needed", tc.LeafPEM, tc.LeafKey, fn([]byte("x"), nil), noErr, 0},
		{"static password", tc.LeafPEM, tc.LeafEncKey, &Password{Static: []byte(tc.Password)}, noErr, 0},
		{"callback password", tc.LeafPEM, tc.LeafEncKey, fn([]byte(tc.Password), nil), noErr, 1},
		{"missing cert", tc.Dir + "/nope.pem", "", nil, pathErr(tc.Dir + "/nope.pem"), 0},
		{"missing key", tc.LeafPEM, tc.Dir + "/nope.key", nil, pathErr(tc.Dir + "/nope.key"), 0},
		{"wrong password", tc.LeafPEM, tc.LeafEncKey, &Password{Static: []byte("wrong")}, sslErr("PEM lib"), 0},
		{"callback error passes through", tc.LeafPEM, tc.LeafEncKey, fn(nil, boom), isErr(boom), 1},
		{"password too long", tc.LeafPEM, tc.LeafEncKey, &Password{Static: make([]byte, 1025)}, valueErr("password cannot be longer than 1024 bytes"), 0},
		{"key mismatch", tc.LeafPEM, tc.OtherKey, nil, sslErr("key values mismatch"), 0},
		{"no certificate in PEM", tc.Junk, "", nil, sslErr("PEM lib"), 0},
		{"garbage key", tc.LeafPEM, tc.Junk, nil, sslErr("PEM lib"), 0},
		{"nul in path", "a\x00b", "", nil, valueErr("embedded null byte"), 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			called = 0
			c := newCtx(t, ProtocolTLSServer)
			tt.check(t, c.LoadCertChain(tt.cert, tt.key, tt.pw))
			assert.Equal(t, tt.wantCalls, called, "password callback calls")
		})
	}
}

func noErr(t *testing.T, err error) { t.Helper(); assert.NoError(t, err) }

func pathErr(path string) func(*testing.T, error) {
	return func(t *testing.T, err error) {
		t.Helper()
		var pe *PathError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, syscall.ENOENT, pe.Errno)
		assert.Equal(t, path, pe.Path)
	}
}

func sslErr(text string) func(*testing.T, error) {
	return func(t *testing.T, err error) {
		t.Helper()
		var e *Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, KindSSL, e.Kind)
		assert.Equal(t, text, e.Text)
		assert.NotZero(t, e.Code)
	}
}

func valueErr(msg string) func(*testing.T, error) {
	return func(t *testing.T, err error) {
		t.Helper()
		var ve *ValueError
		require.ErrorAs(t, err, &ve)
		assert.Equal(t, msg, ve.Msg)
	}
}

func isErr(want error) func(*testing.T, error) {
	return func(t *testing.T, err error) { t.Helper(); assert.ErrorIs(t, err, want) }
}

// A password callback that uses the same Context must not deadlock: the
// lock is not held while OpenSSL runs the callback.
func TestLoadCertChainReentrantCallback(t *testing.T) {
	c := newCtx(t, ProtocolTLSServer)
	pw := &Password{Func: func() ([]byte, error) {
		if _, err := c.Options(); err != nil {
			return nil, err
		}
		return []byte(ctxFixtures.Password), nil
	}}
	done := make(chan error, 1)
	go func() { done <- c.LoadCertChain(ctxFixtures.LeafPEM, ctxFixtures.LeafEncKey, pw) }()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(30 * time.Second):
		t.Fatal("LoadCertChain deadlocked in a re-entrant password callback")
	}
}

func TestLoadVerifyLocationsAndCAData(t *testing.T) {
	tc := ctxFixtures
	caPEM, err := os.ReadFile(tc.CAPEM)
	require.NoError(t, err)
	crlPEM, err := os.ReadFile(tc.CRLPEM)
	require.NoError(t, err)
	leafPEM, err := os.ReadFile(tc.LeafPEM)
	require.NoError(t, err)

	t.Run("cafile", func(t *testing.T) {
		c := newCtx(t, ProtocolTLSClient)
		require.NoError(t, c.LoadVerifyLocations(tc.CAPEM, ""))
		st, err := c.CertStoreStats()
		require.NoError(t, err)
		assert.Equal(t, StoreStats{X509: 1, CRL: 0, X509CA: 1}, st)
		ders, err := c.CACertsDER()
		require.NoError(t, err)
		assert.Equal(t, [][]byte{tc.CADER}, ders)
	})
	t.Run("cafile with CRL", func(t *testing.T) {
		c := newCtx(t, ProtocolTLSClient)
		require.NoError(t, c.LoadVerifyLocations(tc.CRLPEM, ""))
		st, _ := c.CertStoreStats()
		assert.Equal(t, StoreStats{CRL: 1}, st)
	})
	t.Run("missing cafile", func(t *testing.T) {
		c := newCtx(t, ProtocolTLSClient)
		pathErr(tc.Dir+"/none.pem")(t, c.LoadVerifyLocations(tc.Dir+"/none.pem", ""))
	})
	t.Run("missing capath is lazy", func(t *testing.T) {
		c := newCtx(t, ProtocolTLSClient)
		assert.NoError(t, c.LoadVerifyLocations("", tc.Dir+"/nodir"))
	})
	t.Run("PEM cadata with text, certs and a CRL", func(t *testing.T) {
		c := newCtx(t, ProtocolTLSClient)
		data := "leading text\n" + string(caPEM) + "between\n" + string(crlPEM) + string(leafPEM) + "trailing\n"
		require.NoError(t, c.LoadCAData([]byte(data), CADataPEM))
		st, _ := c.CertStoreStats()
		assert.Equal(t, StoreStats{X509: 2, CRL: 1, X509CA: 1}, st)
		// Loading the same data again is not an error.
		require.NoError(t, c.LoadCAData([]byte(data), CADataPEM))
		st, _ = c.CertStoreStats()
		assert.Equal(t, StoreStats{X509: 2, CRL: 1, X509CA: 1}, st)
	})
	t.Run("DER cadata", func(t *testing.T) {
		c := newCtx(t, ProtocolTLSClient)
		require.NoError(t, c.LoadCAData(append(append([]byte{}, tc.CADER...), tc.LeafDER...), CADataDER))
		st, _ := c.CertStoreStats()
		assert.Equal(t, StoreStats{X509: 2, X509CA: 1}, st)
	})
	t.Run("errors", func(t *testing.T) {
		c := newCtx(t, ProtocolTLSClient)
		var e *Error
		require.ErrorAs(t, c.LoadCAData([]byte("junk"), CADataPEM), &e)
		assert.Equal(t, "[PEM: NO_START_LINE] no start line (_ssl.c:3626)", e.Error())
		require.ErrorAs(t, c.LoadCAData([]byte("junk"), CADataDER), &e)
		assert.Equal(t, "not enough data (_ssl.c:3626)", e.Error())
		require.ErrorAs(t, c.LoadCAData(append(append([]byte{}, tc.CADER...), "xx"...), CADataDER), &e)
		assert.Equal(t, "not enough data", e.Text)
		var ve *ValueError
		require.ErrorAs(t, c.LoadCAData(nil, CADataPEM), &ve)
		assert.Equal(t, "Empty certificate data", ve.Msg)
	})
}

func TestLoadDHParamsAndCurves(t *testing.T) {
	c := newCtx(t, ProtocolTLSServer)
	require.NoError(t, c.LoadDHParams([]byte(testcerts.FFDHE2048PEM)))
	sslErr("no start line")(t, c.LoadDHParams([]byte("junk")))
	sslErr("no start line")(t, c.LoadDHParams(nil))
	for _, name := range []string{"prime256v1", "secp384r1", "X25519"} {
		assert.NoError(t, c.SetECDHCurve(name), name)
	}
	assert.ErrorIs(t, c.SetECDHCurve("foo"), ErrUnknownCurve)
	assert.ErrorIs(t, c.SetECDHCurve("P-256"), ErrUnknownCurve, "short names only, as CPython")
	var e *Error
	require.ErrorAs(t, c.SetECDHCurve("SHA256"), &e, "a known name that is no group")
	assert.Equal(t, "unknown error", e.Text, "OpenSSL queues nothing here; CPython says the same")
}

func TestALPN(t *testing.T) {
	wire, err := EncodeALPN([][]byte{[]byte("h2"), []byte("http/1.1")})
	require.NoError(t, err)
	assert.Equal(t, []byte("\x02h2\x08http/1.1"), wire)
	_, err = EncodeALPN([][]byte{{}})
	assert.ErrorIs(t, err, ErrALPNLength)
	_, err = EncodeALPN([][]byte{make([]byte, 256)})
	assert.ErrorIs(t, err, ErrALPNLength)

	c := newCtx(t, ProtocolTLS)
	assert.Nil(t, c.ALPNProtocols())
	require.NoError(t, c.SetALPNProtocols(wire))
	assert.Equal(t, wire, c.ALPNProtocols())
	require.NoError(t, c.SetALPNProtocols(nil))
	assert.Empty(t, c.ALPNProtocols())
}

func TestSessionAndStoreStats(t *testing.T) {
	c := newCtx(t, ProtocolTLS)
	stats, err := c.SessionStats()
	require.NoError(t, err)
	assert.Len(t, stats, len(SessionStatNames))
	st, err := c.CertStoreStats()
	require.NoError(t, err)
	assert.Equal(t, StoreStats{}, st)
	require.NoError(t, c.SetDefaultVerifyPaths())
}

func TestContextClose(t *testing.T) {
	c, err := NewContext(ProtocolTLS)
	require.NoError(t, err)
	require.NoError(t, c.Close())
	require.NoError(t, c.Close(), "Close twice")
	_, err = c.Options()
	assert.ErrorIs(t, err, ErrClosed)
	assert.ErrorIs(t, c.LoadCertChain(ctxFixtures.LeafPEM, ctxFixtures.LeafKey, nil), ErrClosed)
	assert.ErrorIs(t, c.SetALPNProtocols([]byte("\x02h2")), ErrClosed)
	assert.False(t, c.CheckHostname())
}

// Dropped contexts are freed by their cleanup: the live count returns to
// where it was.
func TestContextCleanupFrees(t *testing.T) {
	waitLive := func(want int64) int64 {
		var n int64
		for i := 0; i < 50; i++ {
			runtime.GC()
			if n = liveContexts.Load(); n <= want {
				return n
			}
			time.Sleep(10 * time.Millisecond)
		}
		return n
	}
	base := waitLive(0)
	for i := 0; i < 1000; i++ {
		c, err := NewContext(ProtocolTLSClient)
		require.NoError(t, err)
		if i%2 == 0 {
			require.NoError(t, c.SetALPNProtocols([]byte("\x02h2")))
		}
	}
	assert.LessOrEqual(t, waitLive(base), base)
}

// TestErrorSiteNamesCPython36Place: loading errors name the place in
// _ssl.c that CPython 3.6.15 names, a mismatched key the key's.
func TestErrorSiteNamesCPython36Place(t *testing.T) {
	c := newCtx(t, ProtocolTLSServer)
	var e *Error
	require.ErrorAs(t, c.LoadCertChain(ctxFixtures.LeafPEM, ctxFixtures.OtherKey, nil), &e)
	assert.Equal(t, SiteKeyFile, e.Site)
	assert.True(t, strings.HasSuffix(e.Error(), " (_ssl.c:3524)"), e.Error())
}

// TestALPNSelection runs handshakes over memory BIOs (conn_test.go's pair)
// to check the C selection callback: the server's first protocol that the
// client offers wins; no overlap means no ALPN, not a failure.
func TestALPNSelection(t *testing.T) {
	enc := func(names ...string) []byte {
		var list [][]byte
		for _, n := range names {
			list = append(list, []byte(n))
		}
		w, err := EncodeALPN(list)
		require.NoError(t, err)
		return w
	}
	tests := []struct {
		name           string
		server, client []byte
		want           string
	}{
		{"server preference", enc("h2", "http/1.1"), enc("http/1.1", "h2"), "h2"},
		{"single overlap", enc("spdy/2", "http/1.1"), enc("h2", "http/1.1"), "http/1.1"},
		{"no overlap", enc("h2"), enc("spdy/2"), ""}, // CPython's server: no protocol, no failure (issue 18)
		{"server has none", nil, enc("h2"), ""},
		{"client has none", enc("h2"), nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newCtx(t, ProtocolTLSServer)
			require.NoError(t, srv.LoadCertChain(ctxFixtures.LeafPEM, ctxFixtures.LeafKey, nil))
			cli := newCtx(t, ProtocolTLSClient)
			require.NoError(t, cli.LoadVerifyLocations(ctxFixtures.CAPEM, ""))
			if tt.server != nil {
				require.NoError(t, srv.SetALPNProtocols(tt.server))
			}
			if tt.client != nil {
				require.NoError(t, cli.SetALPNProtocols(tt.client))
			}
			p := newPair(t, cli, srv, "localhost", cli.CheckHostname(), nil)
			cerr, serr := p.handshake()
			if tt.want == "fail" {
				var e *Error
				require.ErrorAs(t, serr, &e)
				assert.Equal(t, "NO_APPLICATION_PROTOCOL", e.ReasonName())
				require.ErrorAs(t, cerr, &e)
				assert.Equal(t, "TLSV1_ALERT_NO_APPLICATION_PROTOCOL", e.ReasonName())
				return
			}
			require.NoError(t, cerr)
			require.NoError(t, serr)
			assert.Equal(t, tt.want, string(p.client.SelectedALPN()))
			assert.Equal(t, tt.want, string(p.server.SelectedALPN()))
		})
	}
}
