package ssl_test

import (
	"fmt"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // bytearray
	_ "github.com/gpython-ssl/gpython-ssl/vm"           // the evaluation loop
)

// sizesPrelude makes, per case, a finished TLS connection whose client
// has sent b'hello': over two MemoryBIOs (SSLObject) or a socket pair
// (SSLSocket, the client then closed). SSL errors print their class only,
// since the message ends with the C or Go source location.
const sizesPrelude = `
import os, socket, ssl
def _show(name, f):
    try:
        print(name, repr(f()))
    except ssl.SSLError as e:
        print(name, "!!", type(e).__name__)
    except Exception as e:
        print(name, "!!", type(e).__name__ + ":", str(e))
CERT, KEY = os.getenv("REL20_CERT"), os.getenv("REL20_KEY")
def contexts():
    s = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    s.load_cert_chain(CERT, KEY)
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    c.check_hostname = False
    c.verify_mode = ssl.CERT_NONE
    return s, c
def objpair():
    sctx, cctx = contexts()
    ci, co, si, so = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    c = cctx.wrap_bio(ci, co)
    s = sctx.wrap_bio(si, so, server_side=True)
    for i in range(10):
        for o in (c, s):
            try:
                o.do_handshake()
            except ssl.SSLWantReadError:
                pass
        si.write(co.read())
        ci.write(so.read())
    c.write(b'hello')
    si.write(co.read())
    return s
def sockpair():
    sctx, cctx = contexts()
    a, b = socket.socketpair()
    w = sctx.wrap_socket(a, server_side=True, do_handshake_on_connect=False)
    cw = cctx.wrap_socket(b, do_handshake_on_connect=False)
    w.setblocking(False)
    cw.setblocking(False)
    for i in range(50):
        done = 0
        for o in (cw, w):
            try:
                o.do_handshake()
                done += 1
            except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                pass
        if done == 2:
            break
    cw.write(b'hello')
    cw.shutdown(socket.SHUT_WR)
    KEEP.append(cw)
    w.setblocking(True)
    return w
def bio():
    m = ssl.MemoryBIO()
    m.write(b'abc')
    return m
ba = bytearray(4)
KEEP = []
`

// TestReliabilityTLSSizeBounds feeds every size-taking method of ssl
// (SSLSocket.read/recv/recv_into, SSLObject.read, MemoryBIO.read) issue
// 20's sizes: CPython 3.6's OverflowError and ValueError (its methods take
// a C int), and never a buffer as large as the size asked for. (makefile()
// over an SSLSocket is left out: CPython 3.6 built against OpenSSL 3 turns
// the peer's ragged EOF into a misnamed SSLError there.)
func TestReliabilityTLSSizeBounds(t *testing.T) {
	fx, err := testcerts.Generate(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("REL20_CERT", fx.ECLeafPEM)
	t.Setenv("REL20_KEY", fx.ECLeafKey)
	methods := []struct{ name, call string }{
		{"SSLObject.read", "objpair().read(%s)"},
		{"SSLObject.read(n, buf)", "objpair().read(%s, ba)"},
		{"MemoryBIO.read", "bio().read(%s)"},
		{"SSLSocket.read", "sockpair().read(%s)"},
		{"SSLSocket.read(n, buf)", "sockpair().read(%s, ba)"},
		{"SSLSocket.recv", "sockpair().recv(%s)"},
		{"SSLSocket.recv_into", "sockpair().recv_into(ba, %s)"},
	}
	var cases []pytesting.Case
	for _, m := range methods {
		for _, v := range append(hugeSizes, "2**31-1", "100", "0") {
			cases = append(cases, pytesting.Case{Name: m.name + "(" + v + ")", Expr: fmt.Sprintf(m.call, v)})
		}
	}
	pytesting.DiffCases(t, "tls_size_bounds", sizesPrelude, cases)
}

// hugeSizes are issue 20's sizes.
var hugeSizes = []string{"2**31", "2**40", "2**62", "2**63", "-1", "-2", "-2**63"}
