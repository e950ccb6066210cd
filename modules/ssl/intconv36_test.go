package ssl_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

const intConvPrelude = pytesting.ShowBrief + `
import enum, socket, ssl
class WithInt:
    def __int__(self):
        return 2
class Small(enum.IntEnum):
    TWO = 2
def setting(name, v):
    c = ssl.SSLContext(ssl.PROTOCOL_TLS)
    setattr(c, name, v)
    return int(getattr(c, name))
def rand(v):
    return len(ssl.RAND_bytes(v))
def sslobj():
    c = ssl.SSLContext(ssl.PROTOCOL_TLS)
    return c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO())
peers = []
def paired():
    a, b = socket.socketpair()
    peers.append(b)
    a.setblocking(False)
    c = ssl.SSLContext(ssl.PROTOCOL_TLS)
    return c.wrap_socket(a, do_handshake_on_connect=False)
def recv(*args):
    with paired() as s:
        return s.recv(*args)
def recv_into(*args):
    with paired() as s:
        return s.recv_into(bytearray(4), *args)
def send(*args):
    with paired() as s:
        return s.send(b"x", *args)
`

// TestIntConversionsLikeCPython36: the integer arguments of ssl's C
// functions convert as CPython 3.6's format units do ("i" for
// SSLContext(protocol), verify_mode, RAND_bytes, nid2obj, the reads; "l"
// for options): str and None are "an integer is required (got type
// ...)", a float "integer argument expected, got float", __int__ is
// taken, and beyond 32 or 64 bits OverflowError with the C type's
// wording. Flags of recv/send are only compared with 0, as 3.6's ssl.py
// does. txt2obj's "s" argument is named by position.
func TestIntConversionsLikeCPython36(t *testing.T) {
	values := []string{`"x"`, `None`, `1.5`, `b""`, `True`, `WithInt()`, `Small.TWO`,
		`2**31`, `-2**31-1`, `2**63`, `2**100`, `-2**100`}
	var cases []pytesting.Case
	for _, v := range values {
		cases = append(cases,
			pytesting.Case{Name: "SSLContext(" + v + ")", Expr: "type(ssl.SSLContext(" + v + ")).__name__"},
			pytesting.Case{Name: "verify_mode=" + v, Expr: "setting('verify_mode', " + v + ")"},
			pytesting.Case{Name: "options=" + v, Expr: "setting('options', " + v + ")"},
			pytesting.Case{Name: "RAND_bytes(" + v + ")", Expr: "rand(" + v + ")"},
			pytesting.Case{Name: "nid2obj(" + v + ")", Expr: "ssl._ssl.nid2obj(" + v + ")"},
			pytesting.Case{Name: "MemoryBIO.read(" + v + ")", Expr: "ssl.MemoryBIO().read(" + v + ")"},
			pytesting.Case{Name: "SSLObject.read(" + v + ")", Expr: "sslobj().read(" + v + ")"},
			pytesting.Case{Name: "SSLSocket.recv(" + v + ")", Expr: "recv(" + v + ")"},
			pytesting.Case{Name: "SSLSocket.recv(1, flags=" + v + ")", Expr: "recv(1, " + v + ")"},
			pytesting.Case{Name: "SSLSocket.recv_into(b, " + v + ")", Expr: "recv_into(" + v + ")"},
			pytesting.Case{Name: "SSLSocket.send(x, flags=" + v + ")", Expr: "send(" + v + ")"},
		)
	}
	cases = append(cases,
		pytesting.Case{Name: "SSLContext()", Expr: "ssl.SSLContext().protocol"},
		pytesting.Case{Name: "SSLContext(99)", Expr: "ssl.SSLContext(99)"},
		pytesting.Case{Name: "SSLContext(-1)", Expr: "ssl.SSLContext(-1)"},
		pytesting.Case{Name: "verify_mode=5", Expr: "setting('verify_mode', 5)"},
		pytesting.Case{Name: "verify_mode=-1", Expr: "setting('verify_mode', -1)"},
		pytesting.Case{Name: "RAND_bytes(-1)", Expr: "rand(-1)"},
		pytesting.Case{Name: "recv(1, 0.0)", Expr: "recv(1, 0.0)"},
		pytesting.Case{Name: "recv(-1)", Expr: "recv(-1)"},
		pytesting.Case{Name: "txt2obj(1)", Expr: "ssl._ssl.txt2obj(1)"},
		pytesting.Case{Name: "txt2obj(None)", Expr: "ssl._ssl.txt2obj(None)"},
		pytesting.Case{Name: "txt2obj(txt=b'x')", Expr: "ssl._ssl.txt2obj(txt=b'x')"},
	)
	pytesting.DiffCases(t, "int_conversions", intConvPrelude, cases)
}
