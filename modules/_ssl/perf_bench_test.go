package _ssl

import (
	"testing"
)

// benchConnPair is a handshaken client/server pair over memory BIOs, set
// up without *testing.T so that benchmarks can use it.
func benchConnPair(b *testing.B) *pair {
	b.Helper()
	pki, err := makeConnPKI()
	if err != nil {
		b.Fatal(err)
	}
	sctx, err := NewContext(ProtocolTLSServer)
	if err != nil {
		b.Fatal(err)
	}
	if err := sctx.LoadCertChain(pki.server, "", nil); err != nil {
		b.Fatal(err)
	}
	cctx, err := NewContext(ProtocolTLSClient)
	if err != nil {
		b.Fatal(err)
	}
	if err := cctx.LoadVerifyLocations(pki.caFile, ""); err != nil {
		b.Fatal(err)
	}
	c2s, _ := NewMemoryBIO()
	s2c, _ := NewMemoryBIO()
	client, err := NewConn(cctx, ConnConfig{FD: -1, In: s2c, Out: c2s, Hostname: "localhost", CheckHostname: true})
	if err != nil {
		b.Fatal(err)
	}
	server, err := NewConn(sctx, ConnConfig{FD: -1, In: c2s, Out: s2c, ServerSide: true})
	if err != nil {
		b.Fatal(err)
	}
	p := &pair{client: client, server: server, c2s: c2s, s2c: s2c, clientCtx: cctx, serverCtx: sctx}
	b.Cleanup(func() {
		client.Close()
		server.Close()
		c2s.Close()
		s2c.Close()
		cctx.Close()
		sctx.Close()
	})
	if ce, se := p.handshake(); ce != nil || se != nil {
		b.Fatalf("handshake: %v / %v", ce, se)
	}
	return p
}

// BenchmarkConnTransfer16K is the native floor of the SSLObject transfer:
// one 16 KiB write and the reads that drain it, with no allocation.
func BenchmarkConnTransfer16K(b *testing.B) { benchConnTransfer(b, 16384) }

// BenchmarkConnTransfer1K is the same with 1 KiB writes.
func BenchmarkConnTransfer1K(b *testing.B) { benchConnTransfer(b, 1024) }

func benchConnTransfer(b *testing.B, chunk int) {
	p := benchConnPair(b)
	data := make([]byte, chunk)
	buf := make([]byte, chunk)
	b.SetBytes(int64(chunk))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := p.client.Write(data); err != nil {
			b.Fatal(err)
		}
		for got := 0; got < chunk; {
			n, err := p.server.Read(buf)
			if err != nil {
				b.Fatal(err)
			}
			got += n
		}
	}
}

// BenchmarkMemoryBIORead16K is a 16 KiB MemoryBIO write and read back.
func BenchmarkMemoryBIORead16K(b *testing.B) {
	bio, err := NewMemoryBIO()
	if err != nil {
		b.Fatal(err)
	}
	defer bio.Close()
	data := make([]byte, 16384)
	b.SetBytes(16384)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := bio.Write(data); err != nil {
			b.Fatal(err)
		}
		if got := bio.Read(-1); len(got) != len(data) {
			b.Fatalf("read %d", len(got))
		}
	}
}

// BenchmarkNewMemoryBIO is the native part of ssl.MemoryBIO(): allocate,
// register the cleanup, drop (freed by the cleanup after a collection).
func BenchmarkNewMemoryBIO(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewMemoryBIO(); err != nil {
			b.Fatal(err)
		}
	}
}
