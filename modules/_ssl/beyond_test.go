package _ssl

import (
	"encoding/pem"
	"errors"
	"os"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGroupUsable(t *testing.T) {
	const tls12, tls13 = 0x0303, 0x0304
	for _, c := range []struct {
		name                   string
		gmin, gmax, cmin, cmax int
		want                   bool
	}{
		{"no bounds", tls12, 0, 0, 0, true},
		{"not for TLS", -1, 0, 0, 0, false},
		{"TLS 1.2-only group, TLS 1.3 floor", 0x0301, tls12, tls13, 0, false},
		{"TLS 1.2-only group, TLS 1.2 floor", 0x0301, tls12, tls12, 0, true},
		{"TLS 1.3 group, TLS 1.2 ceiling", tls13, 0, 0, tls12, false},
		{"any group, TLS 1.3 only", 0x0301, 0, tls13, tls13, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, groupUsable(c.gmin, c.gmax, c.cmin, c.cmax))
		})
	}
}

func TestSetGroupsAndGroups(t *testing.T) {
	ctx := newCtx(t, ProtocolTLSClient)
	for _, ok := range []string{"X25519", "P-256:P-384", "x25519:secp256r1:ffdhe2048"} {
		assert.NoError(t, ctx.SetGroups(ok), ok)
	}
	for _, bad := range []string{"", "nope", "X25519:nope"} {
		assert.Same(t, ErrNoGroupMatch, ctx.SetGroups(bad), bad)
	}
	var ve *ValueError
	assert.True(t, errors.As(ctx.SetGroups("X25519\x00"), &ve))

	plain, err := ctx.Groups(false)
	require.NoError(t, err)
	all, err := ctx.Groups(true)
	require.NoError(t, err)
	assert.Contains(t, plain, "x25519")
	assert.Contains(t, plain, "secp256r1")
	assert.NotContains(t, plain, "P-256")
	assert.Contains(t, all, "P-256")
	assert.Greater(t, len(all), len(plain))
	seen := map[string]bool{}
	for _, n := range plain {
		assert.False(t, seen[n], "duplicate %s", n)
		seen[n] = true
	}

	ctx.Close()
	_, err = ctx.Groups(false)
	assert.Same(t, ErrClosed, err)
	assert.Same(t, ErrClosed, ctx.SetGroups("X25519"))
}

func TestConnGroupAndKTLS(t *testing.T) {
	pki := testPKI(t)
	sctx := newServerCtx(t, ProtocolTLSServer, pki.server)
	require.NoError(t, sctx.SetGroups("P-384"))
	p := newPair(t, newClientCtx(t, ProtocolTLSClient, pki.caFile), sctx, "localhost", true, nil)
	_, ok := p.client.Group()
	assert.False(t, ok, "no group before the handshake")
	p.mustHandshake(t)
	for _, c := range []*Conn{p.client, p.server} {
		name, ok := c.Group()
		assert.True(t, ok)
		assert.Equal(t, "secp384r1", name)
		assert.False(t, c.KTLSSend(), "memory BIOs have no kernel TLS")
	}
	p.client.Close()
	_, ok = p.client.Group()
	assert.False(t, ok)
	assert.False(t, p.client.KTLSSend())
	_, err := p.client.SendFile(0, 0, 10)
	assert.Same(t, ErrClosed, err)
}

// loadMemPEM splits the test server's PEM file (certificate, then key)
// into its blocks, and gives their DER.
func loadMemPEM(t *testing.T) (certPEM, keyPEM, certDER, keyDER []byte) {
	return loadMemPEMFiles(t)
}

// loadMemPEMFiles is loadMemPEM for tests and fuzz targets alike.
func loadMemPEMFiles(t testing.TB) (certPEM, keyPEM, certDER, keyDER []byte) {
	p, err := connPKIOnce()
	require.NoError(t, err)
	data, err := os.ReadFile(p.server)
	require.NoError(t, err)
	for rest := data; ; {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		if b.Type == "CERTIFICATE" && certPEM == nil {
			certPEM, certDER = pem.EncodeToMemory(b), b.Bytes
		} else if b.Type != "CERTIFICATE" && keyPEM == nil {
			keyPEM, keyDER = pem.EncodeToMemory(b), b.Bytes
		}
	}
	require.NotNil(t, certPEM)
	require.NotNil(t, keyPEM)
	return
}

func TestLoadCertChainData(t *testing.T) {
	certPEM, keyPEM, certDER, keyDER := loadMemPEM(t)
	both := append(append([]byte{}, certPEM...), keyPEM...)
	sslReason := func(reason string) func(*testing.T, error) {
		return func(t *testing.T, err error) {
			var e *Error
			require.True(t, errors.As(err, &e), "%v", err)
			assert.Equal(t, reason, e.Text)
		}
	}
	for _, c := range []struct {
		name             string
		cert             []byte
		certPEM          bool
		key              []byte
		keyPEM           bool
		check            func(*testing.T, error)
		serverHandshakes bool
	}{
		{"pem", certPEM, true, keyPEM, true, noErr, true},
		{"pem blob", both, true, nil, true, noErr, true},
		{"der", certDER, false, keyDER, false, noErr, true},
		{"der cert pem key", certDER, false, keyPEM, true, noErr, true},
		{"no key", certPEM, true, nil, true, sslReason("PEM lib"), false},
		{"bad pem", []byte("-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n"), true, keyPEM, true, sslReason("PEM lib"), false},
		{"bad der", []byte{0x30, 0x01}, false, keyDER, false, sslReason("ASN1 lib"), false},
		{"trailing garbage in der", append(append([]byte{}, certDER...), 1, 2, 3), false, keyDER, false, sslReason("ASN1 lib"), false},
		{"der key as pem", certPEM, true, keyDER, true, sslReason("PEM lib"), false},
		{"empty", []byte{}, true, nil, true, sslReason("PEM lib"), false},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx := newCtx(t, ProtocolTLSServer)
			err := ctx.LoadCertChainData(c.cert, c.certPEM, c.key, c.keyPEM, nil)
			c.check(t, err)
			if c.serverHandshakes {
				p := newPair(t, newClientCtx(t, ProtocolTLSClient, testPKI(t).caFile), ctx, "localhost", true, nil)
				p.mustHandshake(t)
			}
		})
	}
}

// TestLoadCertChainDataPasswordAndRepeat: a password callback's error is
// returned as is; a thousand loads, failing and succeeding, leave the
// process's heap where it was (every OpenSSL object freed).
func TestLoadCertChainDataPasswordAndRepeat(t *testing.T) {
	certPEM, keyPEM, certDER, keyDER := loadMemPEM(t)
	ctx := newCtx(t, ProtocolTLSServer)
	boom := errors.New("boom")
	// The key is not encrypted: the callback is never asked.
	require.NoError(t, ctx.LoadCertChainData(certPEM, true, keyPEM, true, &Password{Func: func() ([]byte, error) { return nil, boom }}))

	round := func() {
		_ = ctx.LoadCertChainData(certPEM, true, keyPEM, true, nil)
		_ = ctx.LoadCertChainData(certDER, false, keyDER, false, nil)
		_ = ctx.LoadCertChainData(certPEM, true, nil, true, nil)
		_ = ctx.LoadCertChainData([]byte{0x30, 0x01}, false, keyDER, false, nil)
	}
	if testing.Short() {
		// The resident-set check below means nothing under -short runs
		// such as make asan's, whose allocator keeps freed memory.
		return
	}
	for i := 0; i < 20; i++ {
		round()
	}
	before := rssKiB()
	for i := 0; i < 250; i++ {
		round()
	}
	runtime.GC()
	after := rssKiB()
	if before > 0 && after > 0 {
		assert.Less(t, after-before, int64(8<<10), "RSS grew %d KiB over 1000 loads", after-before)
	}
}

// rssKiB is the process's resident set in KiB (Linux), or 0.
func rssKiB() int64 {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	var size, res int64
	for i, c := 0, 0; i < len(data); i++ {
		if data[i] == ' ' {
			c++
			continue
		}
		if c == 0 {
			size = size*10 + int64(data[i]-'0')
		} else if c == 1 {
			res = res*10 + int64(data[i]-'0')
		} else {
			break
		}
	}
	_ = size
	return res * int64(os.Getpagesize()) / 1024
}

// FuzzLoadCertChainData: any bytes, in either format, as certificate and
// key data load or fail with an *Error (or a *ValueError), never a crash.
func FuzzLoadCertChainData(f *testing.F) {
	certPEM, keyPEM, certDER, keyDER := loadMemPEMFiles(f)
	f.Add(certPEM, keyPEM, true, true)
	f.Add(certDER, keyDER, false, false)
	f.Add(certDER[:len(certDER)/2], keyDER, false, false)
	f.Add([]byte("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"), []byte{}, true, false)
	ctx, err := NewContext(ProtocolTLSServer)
	require.NoError(f, err)
	defer ctx.Close()
	f.Fuzz(func(t *testing.T, cert, key []byte, certPEM, keyPEM bool) {
		err := ctx.LoadCertChainData(cert, certPEM, key, keyPEM, &Password{Static: []byte("pw")})
		if err == nil {
			return
		}
		var e *Error
		var ve *ValueError
		if !errors.As(err, &e) && !errors.As(err, &ve) {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
	})
}
