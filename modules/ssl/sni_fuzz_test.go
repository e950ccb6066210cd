package ssl

import (
	"crypto/x509/pkix"
	"errors"
	"net/netip"
	"os"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// sniWantError is the reference for checkServerName, written from the rule
// CPython 3.7+ applies before its servername callback sees a name (the C
// layer decodes it as ASCII, ssl.py re-encodes it with the idna codec):
// "" when the name passes, else the Python exception class and the alert
// the handshake fails with.
func sniWantError(name string) (exc *py.Type, alert int) {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			return py.UnicodeDecodeError, _ssl.AlertInternalError
		}
	}
	start := 0
	for i := 0; i <= len(name); i++ {
		if i < len(name) && name[i] != '.' {
			continue
		}
		n := i - start
		last := i == len(name)
		if !last && (n == 0 || n > 63) || last && n > 63 {
			return py.UnicodeError, _ssl.AlertHandshakeFailure
		}
		start = i + 1
	}
	return nil, -1
}

// sniSent is what a client configured with hostname sends as SNI: the C
// string (cut at a NUL); no name for "" or an IP literal.
func sniSent(hostname string) (string, bool) {
	if i := strings.IndexByte(hostname, 0); i >= 0 {
		hostname = hostname[:i]
	}
	if hostname == "" {
		return "", false
	}
	if a, err := netip.ParseAddr(hostname); err == nil && a.Zone() == "" {
		return "", false
	}
	return hostname, true
}

// ipShaped reports whether s has only the characters of an IP literal.
func ipShaped(s string) bool {
	return s != "" && strings.Trim(s, "0123456789abcdefABCDEF.:") == ""
}

// FuzzServernameCallback drives a handshake where a client sends a fuzzed
// server name to a server whose Python servername callback (installed by
// SSLContext.set_servername_callback) records the names it gets and
// answers None or the fuzzed alert. Invariants: checkServerName agrees
// with the reference rule, exception class included; a name that passes
// reaches the callback unchanged as a str, and the handshake then
// succeeds (None) or fails on both ends with an *Error (an alert); a name
// that fails never reaches the callback, is reported as unraisable on
// stderr, and fails the handshake.
func FuzzServernameCallback(f *testing.F) {
	for _, s := range []string{"localhost", "example.com", "a.b.c.", "127.0.0.1", "::1", "\xff\xfe",
		"b\u00fccher.example", strings.Repeat("a", 63) + ".com", strings.Repeat("a", 64) + ".com",
		"x." + strings.Repeat("y", 64), "a..b", ".", "..", "xn--bcher-kva.example", "with space", "nul\x00after"} {
		f.Add(s, int16(-1))
	}
	f.Add("localhost", int16(_ssl.AlertHandshakeFailure))
	f.Add("localhost", int16(112))
	dir := f.TempDir()
	ca, err := testcerts.NewCA(dir, "ca.pem", testcerts.CASpec{Subject: pkix.Name{CommonName: "sni fuzz CA"}})
	if err != nil {
		f.Fatal(err)
	}
	leaf, err := ca.Leaf("leaf.pem", testcerts.LeafSpec{Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost"}})
	if err != nil {
		f.Fatal(err)
	}
	sctxObj, err := py.Call(SSLContextType, py.Tuple{py.Int(_ssl.ProtocolTLSServer)}, nil)
	if err != nil {
		f.Fatal(err)
	}
	sctx, _ := contextFromObject(sctxObj)
	if err := sctx.NativeContext().LoadCertChain(leaf, "", nil); err != nil {
		f.Fatal(err)
	}
	cctx, err := _ssl.NewContext(_ssl.ProtocolTLS)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { cctx.Close() })
	var got []py.Object
	var answer py.Object = py.None
	cb := py.MustNewMethod("cb", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "cb takes 3 arguments, got %d", len(args))
		}
		got = append(got, args[1])
		return answer, nil
	}, 0, "records the server names")
	if _, err := contextSetServernameCallback(sctxObj, py.Tuple{cb}, nil); err != nil {
		f.Fatal(err)
	}
	errFile, err := os.CreateTemp(dir, "stderr")
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { errFile.Close() })
	f.Fuzz(func(t *testing.T, hostname string, alert int16) {
		if strings.IndexByte(hostname, 0) >= 0 {
			return // server_hostname refuses it (TypeError); FuzzServerNameFromPeer covers the C string
		}
		name, sent := sniSent(hostname)
		if len(name) > 255 {
			return // the client cannot send it (FuzzServerNameFromPeer checks the refusal)
		}
		wantExc, wantAlert := sniWantError(name)
		gotAlert, gotErr := checkServerName(name)
		switch {
		case wantExc == nil && gotErr != nil:
			t.Fatalf("checkServerName(%q) refused it: %v", name, gotErr)
		case wantExc != nil && gotErr == nil:
			t.Fatalf("checkServerName(%q) let it through, want %s", name, wantExc.Name)
		case wantExc != nil:
			var exc *py.Exception
			if !errors.As(gotErr, &exc) || exc.Type() != wantExc || gotAlert != wantAlert {
				t.Fatalf("checkServerName(%q) = %d, %v; want %d, %s", name, gotAlert, gotErr, wantAlert, wantExc.Name)
			}
		}

		got, answer = nil, py.None
		if alert >= 0 {
			answer = py.Int(alert % 256)
		}
		if err := errFile.Truncate(0); err != nil {
			t.Fatal(err)
		}
		if _, err := errFile.Seek(0, 0); err != nil {
			t.Fatal(err)
		}
		saved := os.Stderr
		os.Stderr = errFile
		cerr, serr := sniHandshake(t, cctx, sctx.NativeContext(), hostname)
		os.Stderr = saved
		stderr, err := os.ReadFile(errFile.Name())
		if err != nil {
			t.Fatal(err)
		}
		reported := strings.Contains(string(stderr), "Exception ignored in")

		if sent && wantExc != nil {
			if len(got) != 0 || !reported || cerr == nil || serr == nil {
				t.Fatalf("invalid name %q: callback got %v, reported %v, client %v, server %v", name, got, reported, cerr, serr)
			}
			return
		}
		if reported {
			t.Fatalf("name %q: unexpected unraisable report:\n%s", name, stderr)
		}
		if len(got) == 0 {
			t.Fatalf("name %q: callback not called (client %v, server %v)", name, cerr, serr)
		}
		for _, g := range got {
			// Which texts are addresses (not sent) is inet_pton's call:
			// only their shape is checked.
			ok := g == py.String(name) && (sent || ipShaped(name)) || g == py.None && (!sent || ipShaped(name))
			if !ok {
				t.Fatalf("callback got %#v, client sent %q (%v)", g, name, sent)
			}
		}
		var ce, se *_ssl.Error
		if answer == py.None && (cerr != nil || serr != nil) {
			t.Fatalf("handshake failed: client %v, server %v", cerr, serr)
		}
		if answer != py.None && (!errors.As(cerr, &ce) || !errors.As(serr, &se)) {
			t.Fatalf("alert %v: want an *Error on both ends, got client %v, server %v", answer, cerr, serr)
		}
	})
}

// sniHandshake runs a handshake between a client of cctx sending hostname
// and a server of sctx over memory BIOs (bounded), freeing what it made.
func sniHandshake(t *testing.T, cctx, sctx *_ssl.Context, hostname string) (cerr, serr error) {
	t.Helper()
	c2s, err := _ssl.NewMemoryBIO()
	if err != nil {
		t.Fatal(err)
	}
	defer c2s.Close()
	s2c, err := _ssl.NewMemoryBIO()
	if err != nil {
		t.Fatal(err)
	}
	defer s2c.Close()
	client, err := _ssl.NewConn(cctx, _ssl.ConnConfig{FD: -1, In: s2c, Out: c2s, Hostname: hostname})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	server, err := _ssl.NewConn(sctx, _ssl.ConnConfig{FD: -1, In: c2s, Out: s2c, ServerSide: true})
	if err != nil {
		t.Fatal(err)
	}
	defer server.Close()
	isWant := func(err error) bool {
		var e *_ssl.Error
		return errors.As(err, &e) && (e.Kind == _ssl.KindWantRead || e.Kind == _ssl.KindWantWrite)
	}
	cdone, sdone := false, false
	for i := 0; i < 20 && !(cdone && sdone); i++ {
		if !cdone {
			if cerr = client.Handshake(); cerr == nil {
				cdone = true
			} else if !isWant(cerr) {
				return cerr, serr
			}
		}
		if !sdone {
			if serr = server.Handshake(); serr == nil {
				sdone = true
			} else if !isWant(serr) {
				cerr = client.Handshake()
				return cerr, serr
			}
		}
	}
	return cerr, serr
}
