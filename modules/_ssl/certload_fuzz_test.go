package _ssl

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// The fuzz targets of this file feed untrusted files to the loaders that
// SSLContext.load_cert_chain, load_verify_locations (cafile and capath)
// and load_dh_params call. Go's fuzzer sees no coverage inside OpenSSL:
// these targets find crashes and wrong error types, and `make asan` runs
// their corpora under AddressSanitizer for memory errors on the C side.

// loadErrorOK reports whether err is one the loaders may return: nil, an
// OpenSSL *Error (SSLError), a *PathError (OSError) or a *ValueError.
func loadErrorOK(err error) bool {
	if err == nil {
		return true
	}
	var e *Error
	var pe *PathError
	var ve *ValueError
	return errors.As(err, &e) || errors.As(err, &pe) || errors.As(err, &ve)
}

// sameLoadOutcome reports whether two results of the same load agree:
// both nil, or the same error type and, for an *Error, the same library
// and reason.
func sameLoadOutcome(a, b error) bool {
	if (a == nil) != (b == nil) {
		return false
	}
	if a == nil {
		return true
	}
	var ea, eb *Error
	if errors.As(a, &ea) != errors.As(b, &eb) {
		return false
	}
	if ea != nil {
		return ea.Lib == eb.Lib && ea.Reason == eb.Reason && ea.Kind == eb.Kind
	}
	return a.Error() == b.Error()
}

// errFuzzPassword is what the fuzzed password function returns to refuse.
var errFuzzPassword = errors.New("fuzz: password refused")

// readFixture returns the contents of a fixture file, or nil.
func readFixture(path string) []byte {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	return b
}

// FuzzLoadCertChain writes fuzzed certificate and key files and loads
// them with LoadCertChain, the password given statically (mode bit 0
// clear), by a function (bit 0 set) or refused by the function (bit 1).
// Invariants: no crash and no terminal prompt (a password source is
// always given); the error is an *Error, *PathError, *ValueError or the
// password function's own error (only when it ran); a password longer
// than PasswordMax never succeeds on an encrypted key; loading the same
// files into a fresh context gives the same outcome; the fixtures' own
// pairs load.
func FuzzLoadCertChain(f *testing.F) {
	if fx := ctxFixtures; fx != nil {
		leaf, key, enc := readFixture(fx.LeafPEM), readFixture(fx.LeafKey), readFixture(fx.LeafEncKey)
		ecLeaf, ecKey := readFixture(fx.ECLeafPEM), readFixture(fx.ECLeafKey)
		f.Add(leaf, key, []byte(nil), uint8(0))
		f.Add(append(append([]byte(nil), leaf...), key...), []byte(nil), []byte(nil), uint8(0))
		f.Add(leaf, enc, []byte(fx.Password), uint8(0))
		f.Add(leaf, enc, []byte(fx.Password), uint8(1))
		f.Add(leaf, enc, []byte("wrong"), uint8(0))
		f.Add(leaf, enc, []byte(nil), uint8(3))
		f.Add(ecLeaf, ecKey, []byte(nil), uint8(0))
		f.Add(leaf, ecKey, []byte(nil), uint8(0))
		f.Add(readFixture(fx.CAPEM), readFixture(fx.OtherKey), []byte(nil), uint8(0))
		f.Add(readFixture(fx.Junk), key, []byte(nil), uint8(0))
	}
	f.Add([]byte(""), []byte(""), []byte(""), uint8(0))
	f.Add([]byte("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"), []byte("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n"), []byte("x"), uint8(0))
	dir := f.TempDir()
	certfile, keyfile := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	load := func(t *testing.T, withKey bool, pw []byte, mode uint8) (err error, ran bool) {
		ctx, err := NewContext(ProtocolTLSServer)
		if err != nil {
			t.Fatal(err)
		}
		defer ctx.Close()
		p := &Password{Static: pw}
		if mode&1 != 0 {
			p = &Password{Func: func() ([]byte, error) {
				ran = true
				if mode&2 != 0 {
					return nil, errFuzzPassword
				}
				return pw, nil
			}}
		}
		kf := ""
		if withKey {
			kf = keyfile
		}
		err = ctx.LoadCertChain(certfile, kf, p)
		if _, serr := ctx.SessionStats(); serr != nil {
			t.Fatalf("context unusable after a load: %v", serr)
		}
		return err, ran
	}
	f.Fuzz(func(t *testing.T, cert, key, pw []byte, mode uint8) {
		if err := os.WriteFile(certfile, cert, 0o600); err != nil {
			t.Fatal(err)
		}
		withKey := len(key) > 0
		if withKey {
			if err := os.WriteFile(keyfile, key, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		err, ran := load(t, withKey, pw, mode)
		if errors.Is(err, errFuzzPassword) {
			if !ran || mode&3 != 3 {
				t.Fatalf("password error without the refusing function running")
			}
		} else if !loadErrorOK(err) {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
		if err == nil && len(pw) > PasswordMax && (ran || mode&1 == 0) && bytes.Contains(key, []byte("ENCRYPTED")) {
			t.Fatalf("an encrypted key loaded with a %d-byte password", len(pw))
		}
		if err != nil {
			_ = err.Error()
		}
		again, _ := load(t, withKey, pw, mode)
		if !sameLoadOutcome(err, again) {
			t.Fatalf("second load differs: %v then %v", err, again)
		}
	})
}

// FuzzLoadDHParams loads fuzzed DH parameter files. Invariants: nil or an
// *Error / *ValueError; the same input gives the same outcome twice; the
// context stays usable.
func FuzzLoadDHParams(f *testing.F) {
	f.Add([]byte(testcerts.FFDHE2048PEM))
	if ctxFixtures != nil {
		f.Add(readFixture(ctxFixtures.DHPEM))
		f.Add(readFixture(ctxFixtures.CAPEM))
	}
	f.Add([]byte(""))
	f.Add([]byte("-----BEGIN DH PARAMETERS-----\nMAYCAQcCAQI=\n-----END DH PARAMETERS-----\n"))
	f.Add([]byte("-----BEGIN X9.42 DH PARAMETERS-----\nMAA=\n-----END X9.42 DH PARAMETERS-----\n"))
	ctx, err := NewContext(ProtocolTLSServer)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { ctx.Close() })
	f.Fuzz(func(t *testing.T, pem []byte) {
		err := ctx.LoadDHParams(pem)
		var e *Error
		var ve *ValueError
		if err != nil && !errors.As(err, &e) && !errors.As(err, &ve) {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
		again := ctx.LoadDHParams(pem)
		if !sameLoadOutcome(err, again) {
			t.Fatalf("second load differs: %v then %v", err, again)
		}
		if _, err := ctx.Options(); err != nil {
			t.Fatalf("context unusable: %v", err)
		}
	})
}

// caHashOnce finds the subject hash of the conn tests' CA with the openssl
// command ("" when it is missing), the file name a capath lookup opens.
var caHashOnce = sync.OnceValue(func() string {
	pki, err := connPKIOnce()
	if err != nil {
		return ""
	}
	out, err := exec.Command("openssl", "x509", "-noout", "-subject_hash", "-in", pki.caFile).Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
})

// FuzzLoadVerifyLocations writes fuzzed data as a CA file (asDir false)
// or as the "<subject hash>.0" file of a capath directory (asDir true),
// loads it with LoadVerifyLocations and verifies the conn tests' server
// certificate in a memory handshake, which is when OpenSSL reads a
// capath file. Invariants: the load returns nil, *Error, *PathError or
// *ValueError; the store statistics and CA list stay readable and every
// CA certificate the store holds decodes; the handshake ends without
// error or with a certificate verification *Error; the real CA file, in
// either place, lets it succeed.
func FuzzLoadVerifyLocations(f *testing.F) {
	pki, err := connPKIOnce()
	if err != nil {
		f.Fatal(err)
	}
	ca := readFixture(pki.caFile)
	f.Add(ca, false)
	f.Add(ca, true)
	f.Add(append(append([]byte("junk\n"), readFixture(pki.otherCA)...), ca...), true)
	f.Add(readFixture(pki.server), false)
	if ctxFixtures != nil {
		f.Add(readFixture(ctxFixtures.CRLPEM), false)
		f.Add(append(append([]byte(nil), ca...), readFixture(ctxFixtures.CRLPEM)...), true)
	}
	f.Add([]byte(""), false)
	f.Add([]byte("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"), true)
	f.Add([]byte("-----BEGIN TRUSTED CERTIFICATE-----\nMAA=\n-----END TRUSTED CERTIFICATE-----\n"), false)
	serverCtx, err := NewContext(ProtocolTLSServer)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { serverCtx.Close() })
	if err := serverCtx.LoadCertChain(pki.server, "", nil); err != nil {
		f.Fatal(err)
	}
	hash := caHashOnce()
	dir := f.TempDir()
	cafile := filepath.Join(dir, "ca.pem")
	capath := filepath.Join(dir, "capath")
	if err := os.Mkdir(capath, 0o700); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, asDir bool) {
		if asDir && hash == "" {
			t.Skip("openssl command missing: no capath file name")
		}
		ctx, err := NewContext(ProtocolTLSClient)
		if err != nil {
			t.Fatal(err)
		}
		defer ctx.Close()
		if asDir {
			err = os.WriteFile(filepath.Join(capath, hash+".0"), data, 0o600)
		} else {
			err = os.WriteFile(cafile, data, 0o600)
		}
		if err != nil {
			t.Fatal(err)
		}
		if asDir {
			err = ctx.LoadVerifyLocations("", capath)
		} else {
			err = ctx.LoadVerifyLocations(cafile, "")
		}
		if !loadErrorOK(err) {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
		if err != nil {
			_ = err.Error()
		}
		if _, err := ctx.CertStoreStats(); err != nil {
			t.Fatalf("store statistics: %v", err)
		}
		ders, err := ctx.CACertsDER()
		if err != nil {
			t.Fatalf("CA list: %v", err)
		}
		for _, der := range ders {
			if _, err := DecodeCertDER(der); err != nil {
				var e *Error
				if errors.As(err, &e) {
					t.Fatalf("a stored CA certificate does not decode: %v", err)
				}
			}
		}
		cerr, serr := fuzzHandshake(t, ctx, serverCtx, "localhost", true)
		for _, herr := range []error{cerr, serr} {
			var e *Error
			if herr != nil && !errors.As(herr, &e) {
				t.Fatalf("handshake: unexpected error type %T: %v", herr, herr)
			}
		}
		if bytes.Equal(data, ca) && cerr != nil {
			t.Fatalf("the real CA file (asDir %v) does not verify the server: %v", asDir, cerr)
		}
		if cerr == nil && !bytes.Contains(data, []byte("-----BEGIN")) {
			t.Fatalf("the server was verified by data holding no certificate: %q", data)
		}
	})
}

// fuzzHandshake runs a client of clientCtx and a server of serverCtx over
// memory BIOs until both finish or one fails (bounded), freeing
// everything it made.
func fuzzHandshake(t *testing.T, clientCtx, serverCtx *Context, hostname string, check bool) (clientErr, serverErr error) {
	t.Helper()
	c2s, err := NewMemoryBIO()
	if err != nil {
		t.Fatal(err)
	}
	defer c2s.Close()
	s2c, err := NewMemoryBIO()
	if err != nil {
		t.Fatal(err)
	}
	defer s2c.Close()
	client, err := NewConn(clientCtx, ConnConfig{FD: -1, In: s2c, Out: c2s, Hostname: hostname, CheckHostname: check})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	server, err := NewConn(serverCtx, ConnConfig{FD: -1, In: c2s, Out: s2c, ServerSide: true})
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()
	p := &pair{client: client, server: server, c2s: c2s, s2c: s2c}
	return p.handshake()
}
