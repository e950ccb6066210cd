package ssl_test

import (
	"crypto/tls"
	"net"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
)

// benchPairSrc sets up an SSLObject client and server joined by memory
// BIOs, handshaken, and defines the loops the benchmarks time (the same
// loops as bench/scripts/membio.py).
const benchPairSrc = `
import ssl
cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
cctx.load_verify_locations(CAFILE)
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(CERTFILE, KEYFILE)

def move(src, dst):
    data = src.read()
    if len(data) > 0:
        dst.write(data)

cin = ssl.MemoryBIO(); cout = ssl.MemoryBIO()
sin = ssl.MemoryBIO(); sout = ssl.MemoryBIO()
c = cctx.wrap_bio(cin, cout, server_hostname="localhost")
s = sctx.wrap_bio(sin, sout, server_side=True)
cdone = False
sdone = False
for i in range(20):
    if cdone and sdone:
        break
    if not cdone:
        try:
            c.do_handshake()
            cdone = True
        except ssl.SSLWantReadError:
            pass
    move(cout, sin)
    if not sdone:
        try:
            s.do_handshake()
            sdone = True
        except ssl.SSLWantReadError:
            pass
    move(sout, cin)
if not (cdone and sdone):
    raise RuntimeError("handshake did not finish")

def transfer(n, chunk):
    block = bytes(bytearray(chunk))
    for i in range(n):
        c.write(block)
        move(cout, sin)
        got = 0
        while got < chunk:
            got += len(s.read(chunk))

def bio_roundtrip(n, chunk):
    block = bytes(bytearray(chunk))
    for i in range(n):
        cin.write(block)
        cin.read()
`

// benchPair runs benchPairSrc in a fresh context and returns it with the
// module's globals.
func benchPair(b *testing.B) (py.Context, py.StringDict) {
	b.Helper()
	if ctxFixtures == nil {
		b.Skip("certificate fixtures missing")
	}
	ctx := py.NewContext(py.DefaultContextOpts())
	b.Cleanup(func() { _ = ctx.Close() })
	code, err := py.Compile(benchPairSrc, "<bench>", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<bench>"}})
	if err != nil {
		b.Fatal(err)
	}
	mod.Globals["CAFILE"] = py.String(ctxFixtures.CAPEM)
	mod.Globals["CERTFILE"] = py.String(ctxFixtures.ECLeafPEM)
	mod.Globals["KEYFILE"] = py.String(ctxFixtures.ECLeafKey)
	if _, err := ctx.RunCode(code, mod.Globals, mod.Globals, nil); err != nil {
		b.Fatal(err)
	}
	return ctx, mod.Globals
}

func benchCall(b *testing.B, fn string, chunk int) {
	_, g := benchPair(b)
	f := g[fn]
	b.SetBytes(int64(chunk))
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := py.Call(f, py.Tuple{py.Int(b.N), py.Int(chunk)}, nil); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkMemoryBIOPair16K is membio.py's 16 KiB transfer: SSLObject.write,
// MemoryBIO.read, MemoryBIO.write, SSLObject.read.
func BenchmarkMemoryBIOPair16K(b *testing.B) { benchCall(b, "transfer", 16384) }

// BenchmarkMemoryBIOPair1K is the same with 1 KiB chunks.
func BenchmarkMemoryBIOPair1K(b *testing.B) { benchCall(b, "transfer", 1024) }

// BenchmarkMemoryBIORoundTrip16K is MemoryBIO.write then MemoryBIO.read alone.
func BenchmarkMemoryBIORoundTrip16K(b *testing.B) { benchCall(b, "bio_roundtrip", 16384) }

// BenchmarkImportSSL is `import ssl; ssl.create_default_context()` in a
// fresh context: the interpreter-side share of start-up.
func BenchmarkImportSSL(b *testing.B) {
	code, err := py.Compile("import ssl\nssl.create_default_context()\n", "<bench>", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ctx := py.NewContext(py.DefaultContextOpts())
		mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<bench>"}})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := ctx.RunCode(code, mod.Globals, mod.Globals, nil); err != nil {
			b.Fatal(err)
		}
		_ = ctx.Close()
	}
}

// benchRecvSrc connects to a TLS source and defines recv_loop(n, chunk),
// bulk.py's receive loop.
const benchRecvSrc = `
import socket, ssl
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(CAFILE)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect(("127.0.0.1", PORT))
ss = ctx.wrap_socket(s, server_hostname="localhost")

def recv_loop(n, chunk):
    total = n * chunk
    moved = 0
    while moved < total:
        data = ss.recv(chunk)
        if len(data) == 0:
            raise RuntimeError("server closed early")
        moved += len(data)
`

// benchRecv runs recv_loop against a Go TLS server that writes forever
// (until the connection closes).
func benchRecv(b *testing.B, chunk int) {
	if ctxFixtures == nil {
		b.Skip("certificate fixtures missing")
	}
	cert, err := tls.LoadX509KeyPair(ctxFixtures.ECLeafPEM, ctxFixtures.ECLeafKey)
	if err != nil {
		b.Fatal(err)
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(2 * time.Minute))
		buf := make([]byte, 1<<20)
		for {
			if _, err := c.Write(buf); err != nil {
				return
			}
		}
	}()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer func() { _ = ctx.Close() }()
	code, err := py.Compile(benchRecvSrc, "<bench>", py.ExecMode, 0, true)
	if err != nil {
		b.Fatal(err)
	}
	mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<bench>"}})
	if err != nil {
		b.Fatal(err)
	}
	mod.Globals["CAFILE"] = py.String(ctxFixtures.CAPEM)
	mod.Globals["PORT"] = py.Int(ln.Addr().(*net.TCPAddr).Port)
	if _, err := ctx.RunCode(code, mod.Globals, mod.Globals, nil); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(chunk))
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := py.Call(mod.Globals["recv_loop"], py.Tuple{py.Int(b.N), py.Int(chunk)}, nil); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	if ss, ok := mod.Globals["ss"]; ok {
		if cl, err := py.GetAttrString(ss, "close"); err == nil {
			_, _ = py.Call(cl, nil, nil)
		}
	}
}

// BenchmarkSocketRecv16K is bulk.py's receive loop with 16 KiB recv()s.
func BenchmarkSocketRecv16K(b *testing.B) { benchRecv(b, 16384) }

// BenchmarkSocketRecv1K is the same with 1 KiB recv()s.
func BenchmarkSocketRecv1K(b *testing.B) { benchRecv(b, 1024) }
