package _ssl

import (
	"bytes"
	"errors"
	"net/netip"
	"strings"
	"testing"
)

// The targets of this file let the fuzzer choose what a client offers in
// its ClientHello, the server name (SNI) and the ALPN protocol list, and
// check what the server side decodes from it. The extensions' wire
// parsing is OpenSSL's (no coverage feedback from C; `make asan` runs
// these corpora under AddressSanitizer); the Go side that receives the
// decoded values is covered.

// sniCall is one call of the servername callback.
type sniCall struct {
	name    string
	hasName bool
}

// sentServerName is what a client configured with hostname puts in its
// SNI extension: the C string (cut at a NUL), nothing for an IP literal
// or an empty name.
func sentServerName(hostname string) (name string, sent bool) {
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

// ipShaped reports whether s has only the characters of an IPv4 or IPv6
// literal.
func ipShaped(s string) bool {
	return s != "" && strings.Trim(s, "0123456789abcdefABCDEF.:") == ""
}

// FuzzServerNameFromPeer has a client send a fuzzed server name to a
// server whose servername callback records what it receives and answers
// with the fuzzed alert (negative: go on). Invariants: the client refuses
// only names OpenSSL cannot send (more than 255 bytes), with an *Error;
// otherwise the callback runs on every ClientHello and receives exactly
// the bytes sent, or no name when none was sent (an IP literal); a
// callback that goes on lets the handshake succeed with ServerName() the
// name sent; one that returns an alert fails both ends with an *Error.
func FuzzServerNameFromPeer(f *testing.F) {
	for _, s := range []string{"localhost", "example.com", "a.b.c.", "127.0.0.1", "::1", "fe80::1%1",
		"\xff\xfe", strings.Repeat("a", 250) + ".com", strings.Repeat("x", 255), strings.Repeat("y", 256),
		"a..b", ".", "xn--bcher-kva.example", "b\u00fccher.example", "with space", "nul\x00after"} {
		f.Add(s, int16(-1))
	}
	f.Add("localhost", int16(AlertHandshakeFailure))
	f.Add("localhost", int16(AlertInternalError))
	f.Add("localhost", int16(112)) // unrecognized_name
	pki, err := connPKIOnce()
	if err != nil {
		f.Fatal(err)
	}
	serverCtx, err := NewContext(ProtocolTLSServer)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { serverCtx.Close() })
	if err := serverCtx.LoadCertChain(pki.server, "", nil); err != nil {
		f.Fatal(err)
	}
	clientCtx, err := NewContext(ProtocolTLSClient)
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { clientCtx.Close() })
	if err := noVerify(clientCtx); err != nil {
		f.Fatal(err)
	}
	var calls []sniCall
	var answer int
	if err := serverCtx.SetServerNameCallback(func(conn *Conn, name string, hasName bool) int {
		calls = append(calls, sniCall{name, hasName})
		return answer
	}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, hostname string, alert int16) {
		calls, answer = nil, int(alert)
		if answer >= 0 {
			answer %= 256
		}
		want, sent := sentServerName(hostname)
		c2s, s2c := mustBIO(t), mustBIO(t)
		client, err := NewConn(clientCtx, ConnConfig{FD: -1, In: s2c, Out: c2s, Hostname: hostname})
		if len(want) > 255 || err != nil && strings.IndexByte(hostname, 0) >= 0 {
			// Too long for SNI, or a NUL that leaves nothing (or the
			// unsendable) before it: refused.
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("a %d-byte server name: want an *Error, got %v", len(want), err)
			}
			return
		}
		if err != nil {
			t.Fatalf("NewConn(%q): %v", hostname, err)
		}
		defer client.Close()
		server, err := NewConn(serverCtx, ConnConfig{FD: -1, In: c2s, Out: s2c, ServerSide: true})
		if err != nil {
			t.Fatal(err)
		}
		defer server.Close()
		p := &pair{client: client, server: server, c2s: c2s, s2c: s2c}
		cerr, serr := p.handshake()
		if len(calls) == 0 {
			t.Fatalf("servername callback not called (client %v, server %v)", cerr, serr)
		}
		for _, c := range calls {
			// An address is not sent; which texts are addresses is
			// inet_pton's call, so only their shape is checked here.
			if c.hasName && c.name != want || !c.hasName && sent && !ipShaped(want) {
				t.Fatalf("callback got (%q, %v), client sent (%q, %v)", c.name, c.hasName, want, sent)
			}
		}
		if answer < 0 {
			if cerr != nil || serr != nil {
				t.Fatalf("handshake failed: client %v, server %v", cerr, serr)
			}
			if got := server.ServerName(); got != want && (sent || got != "") {
				t.Fatalf("ServerName() = %q, sent %q", got, want)
			}
			return
		}
		var ce, se *Error
		if !errors.As(serr, &se) || !errors.As(cerr, &ce) {
			t.Fatalf("alert %d: want an *Error on both ends, got client %v, server %v", answer, cerr, serr)
		}
	})
}

// noVerify turns certificate checks off on a client context.
func noVerify(c *Context) error {
	if err := c.SetCheckHostname(false); err != nil {
		return err
	}
	return c.SetVerifyMode(CertNone)
}

// mustBIO makes a memory BIO that the test frees.
func mustBIO(t *testing.T) *MemoryBIO {
	t.Helper()
	b, err := NewMemoryBIO()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

// parseALPN splits an ALPN wire list (RFC 7301: each protocol a length
// byte and 1 to 255 bytes); ok false when the list is malformed.
func parseALPN(wire []byte) (protos [][]byte, ok bool) {
	for len(wire) > 0 {
		n := int(wire[0])
		if n == 0 || 1+n > len(wire) {
			return nil, false
		}
		protos = append(protos, wire[1:1+n])
		wire = wire[1+n:]
	}
	return protos, true
}

// selectALPN is the server's choice: its first protocol the client also
// offers, or nil.
func selectALPN(server, client [][]byte) []byte {
	for _, s := range server {
		for _, c := range client {
			if bytes.Equal(s, c) {
				return s
			}
		}
	}
	return nil
}

// FuzzALPNFromPeer has a client offer a fuzzed ALPN list (any bytes, not
// only what EncodeALPN makes) to a server with a fuzzed list of its own.
// Invariants: SetALPNProtocols accepts exactly the well-formed lists (an
// *Error or *ValueError otherwise); EncodeALPN of the parsed list gives
// the wire bytes back; the handshake succeeds, no common protocol
// included; both ends report the same protocol, the server's first one
// that the client offered, or none.
func FuzzALPNFromPeer(f *testing.F) {
	enc := func(ps ...string) []byte {
		var l [][]byte
		for _, p := range ps {
			l = append(l, []byte(p))
		}
		w, err := EncodeALPN(l)
		if err != nil {
			f.Fatal(err)
		}
		return w
	}
	f.Add(enc("h2", "http/1.1"), enc("http/1.1", "h2"))
	f.Add(enc("h2"), enc("spdy/3"))
	f.Add(enc(), enc("h2"))
	f.Add(enc("a", "b", "c"), enc("c", "b"))
	f.Add(enc(strings.Repeat("p", 255)), enc(strings.Repeat("p", 255)))
	f.Add([]byte{0, 1, 'a'}, enc("a"))
	f.Add([]byte{5, 'a'}, enc("a"))
	f.Add(enc("\x00\xff"), enc("\x00\xff", "x"))
	pki, err := connPKIOnce()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, clientWire, serverWire []byte) {
		clientProtos, clientOK := parseALPN(clientWire)
		serverProtos, serverOK := parseALPN(serverWire)
		for _, side := range []struct {
			wire   []byte
			protos [][]byte
			ok     bool
		}{{clientWire, clientProtos, clientOK}, {serverWire, serverProtos, serverOK}} {
			if !side.ok {
				continue
			}
			again, err := EncodeALPN(side.protos)
			if err != nil || !bytes.Equal(again, side.wire) {
				t.Fatalf("EncodeALPN(parse(%x)) = %x, %v", side.wire, again, err)
			}
		}
		serverCtx, err := NewContext(ProtocolTLSServer)
		if err != nil {
			t.Fatal(err)
		}
		defer serverCtx.Close()
		if err := serverCtx.LoadCertChain(pki.server, "", nil); err != nil {
			t.Fatal(err)
		}
		clientCtx, err := NewContext(ProtocolTLSClient)
		if err != nil {
			t.Fatal(err)
		}
		defer clientCtx.Close()
		if err := noVerify(clientCtx); err != nil {
			t.Fatal(err)
		}
		for _, side := range []struct {
			ctx  *Context
			wire []byte
			ok   bool
		}{{clientCtx, clientWire, clientOK}, {serverCtx, serverWire, serverOK}} {
			err := side.ctx.SetALPNProtocols(side.wire)
			var e *Error
			var ve *ValueError
			switch {
			case side.ok && len(side.wire) <= 0xFFFF && err != nil:
				t.Fatalf("SetALPNProtocols(%x) refused a well-formed list: %v", side.wire, err)
			case (!side.ok || len(side.wire) > 0xFFFF) && err == nil:
				t.Fatalf("SetALPNProtocols(%x) accepted a malformed list", side.wire)
			case err != nil && !errors.As(err, &e) && !errors.As(err, &ve):
				t.Fatalf("unexpected error type %T: %v", err, err)
			}
		}
		// A refused list leaves none configured on that side.
		if !clientOK {
			clientProtos = nil
		}
		if !serverOK {
			serverProtos = nil
		}
		want := selectALPN(serverProtos, clientProtos)
		// The selection callback gets the client's list only when it
		// offered one; a server with no list of its own selects nothing.
		if len(serverProtos) == 0 || len(clientProtos) == 0 {
			want = nil
		}
		server, client := lastSelected(t, clientCtx, serverCtx)
		if !bytes.Equal(server, client) {
			t.Fatalf("server selected %q, client sees %q", server, client)
		}
		if !bytes.Equal(server, want) {
			t.Fatalf("selected %q, want %q (server %q, client %q)", server, want, serverProtos, clientProtos)
		}
	})
}

// lastSelected runs a handshake between the contexts and returns the ALPN
// protocol each end reports.
func lastSelected(t *testing.T, clientCtx, serverCtx *Context) (server, client []byte) {
	t.Helper()
	c2s, s2c := mustBIO(t), mustBIO(t)
	cl, err := NewConn(clientCtx, ConnConfig{FD: -1, In: s2c, Out: c2s})
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	sv, err := NewConn(serverCtx, ConnConfig{FD: -1, In: c2s, Out: s2c, ServerSide: true})
	if err != nil {
		t.Fatal(err)
	}
	defer sv.Close()
	p := &pair{client: cl, server: sv, c2s: c2s, s2c: s2c}
	if cerr, serr := p.handshake(); cerr != nil || serr != nil {
		t.Fatalf("handshake failed: client %v, server %v", cerr, serr)
	}
	return sv.SelectedALPN(), cl.SelectedALPN()
}
