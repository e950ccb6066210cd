package _ssl

import (
	"errors"
	"testing"
)

// fuzzPeer runs one end of a connection over memory BIOs, feeding it data
// as if a peer had sent it, for a bounded number of steps. Whatever the
// input, the connection must answer nil or an *Error of a known kind and
// never panic; everything it allocated is freed.
func fuzzPeer(t *testing.T, ctx *Context, server bool, data []byte) {
	in, err := NewMemoryBIO()
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := NewMemoryBIO()
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	cfg := ConnConfig{FD: -1, In: in, Out: out, ServerSide: server}
	if !server {
		cfg.Hostname, cfg.CheckHostname = "localhost", true
	}
	c, err := NewConn(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := in.Write(data); err != nil && len(data) > 0 {
		t.Fatal(err)
	}
	in.WriteEOF()
	buf := make([]byte, 1024)
	for i := 0; i < 8; i++ {
		err := c.Handshake()
		if err == nil {
			_, err = c.Read(buf)
		}
		if err == nil {
			continue
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("not an *Error: %T %v", err, err)
		}
		switch e.Kind {
		case KindSSL, KindWantRead, KindWantWrite, KindSyscall, KindZeroReturn, KindEOF:
		default:
			t.Fatalf("unexpected kind %d: %v", e.Kind, e)
		}
		if e.Error() == "" {
			t.Fatal("empty message")
		}
		if e.Kind != KindWantRead && e.Kind != KindWantWrite {
			return
		}
		_ = out.Read(-1)
	}
}

// clientHelloPrefix returns the first bytes a real client sends, as a seed.
func clientHelloPrefix(t testing.TB) []byte {
	ctx, err := NewContext(ProtocolTLSClient)
	if err != nil {
		t.Fatal(err)
	}
	defer ctx.Close()
	in, _ := NewMemoryBIO()
	out, _ := NewMemoryBIO()
	defer in.Close()
	defer out.Close()
	c, err := NewConn(ctx, ConnConfig{FD: -1, In: in, Out: out, Hostname: "localhost"})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	_ = c.Handshake()
	return out.Read(-1)
}

// FuzzServerInput feeds arbitrary bytes to a server connection.
func FuzzServerInput(f *testing.F) {
	pki, err := makeConnPKI()
	if err != nil {
		f.Fatal(err)
	}
	ctx, err := NewContext(ProtocolTLSServer)
	if err != nil {
		f.Fatal(err)
	}
	defer ctx.Close()
	if err := ctx.LoadCertChain(pki.server, "", nil); err != nil {
		f.Fatal(err)
	}
	hello := clientHelloPrefix(f)
	f.Add([]byte("GET / HTTP/1.0\r\n\r\n"))
	f.Add([]byte{})
	f.Add(hello)
	f.Add(hello[:len(hello)/2])
	f.Add([]byte{0x16, 0x03, 0x01, 0xff, 0xff})
	f.Add([]byte{0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28})
	f.Fuzz(func(t *testing.T, data []byte) { fuzzPeer(t, ctx, true, data) })
}

// FuzzClientInput feeds arbitrary bytes to a client that has sent its
// ClientHello, as a hostile server would answer.
func FuzzClientInput(f *testing.F) {
	pki, err := makeConnPKI()
	if err != nil {
		f.Fatal(err)
	}
	ctx, err := NewContext(ProtocolTLSClient)
	if err != nil {
		f.Fatal(err)
	}
	defer ctx.Close()
	if err := ctx.LoadVerifyLocations(pki.caFile, ""); err != nil {
		f.Fatal(err)
	}
	f.Add([]byte("HTTP/1.0 400 Bad Request\r\n\r\n"))
	f.Add([]byte{})
	f.Add([]byte{0x16, 0x03, 0x03, 0x00, 0x04, 0x02, 0x00, 0x00, 0x00})
	f.Add([]byte{0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x50})
	f.Fuzz(func(t *testing.T, data []byte) { fuzzPeer(t, ctx, false, data) })
}
