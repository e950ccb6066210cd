package ssl_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

const badInputsPrelude = pytesting.ShowBrief + `
import socket, ssl
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
class Named:
    def __repr__(self):
        return "<named>"
def wrapped():
    return ctx.wrap_socket(socket.socket())
def sb(v):
    s = wrapped()
    s.setblocking(v)
    return s.gettimeout()
`

// TestReliabilityBadInputs: issue 20's "accepted where CPython refuses"
// inputs (item 6) against CPython 3.6: load_default_certs takes only a
// Purpose (an _ASN1Object), setblocking an integer (or __int__), and an
// SSLSocket cannot be dup()ed into a plain socket that bypasses TLS.
func TestReliabilityBadInputs(t *testing.T) {
	cases := []pytesting.Case{}
	for _, v := range []string{`"x"`, `1`, `None`, `1.5`, `b"x"`, `Named()`, `[]`,
		`ssl.Purpose.SERVER_AUTH`, `ssl.Purpose.CLIENT_AUTH`, `ssl._ASN1Object.fromnid(129)`} {
		cases = append(cases, pytesting.Case{Name: "load_default_certs(" + v + ")", Expr: "ctx.load_default_certs(" + v + ")"})
	}
	cases = append(cases,
		pytesting.Case{Name: "load_default_certs()", Expr: "ctx.load_default_certs()"},
		pytesting.Case{Name: "load_default_certs(purpose=)", Expr: "ctx.load_default_certs(purpose=ssl.Purpose.SERVER_AUTH)"},
		pytesting.Case{Name: "load_default_certs(purpose=x)", Expr: "ctx.load_default_certs(purpose='x')"},
		// 3.6's method is Python: its arity errors count self.
		pytesting.Case{Name: "load_default_certs(a, b)", Expr: "ctx.load_default_certs(ssl.Purpose.SERVER_AUTH, 2)"},
		pytesting.Case{Name: "load_default_certs(a, purpose=)", Expr: "ctx.load_default_certs(ssl.Purpose.SERVER_AUTH, purpose=2)"},
		pytesting.Case{Name: "load_default_certs(x=)", Expr: "ctx.load_default_certs(x=1)"},
	)
	for _, v := range []string{`"x"`, `1`, `0`, `None`, `1.5`, `0.5`, `True`, `b""`, `2**64`, `[]`, `float("nan")`, `float("inf")`, `1j`, `2**63`, `-2**63-1`} {
		cases = append(cases,
			pytesting.Case{Name: "SSLSocket.setblocking(" + v + ")", Expr: "sb(" + v + ")"},
		)
	}
	cases = append(cases,
		pytesting.Case{Name: "SSLSocket.dup()", Expr: "wrapped().dup()"},
		pytesting.Case{Name: "SSLSocket.dup(1)", Expr: "wrapped().dup(1)"},
		pytesting.Case{Name: "SSLSocket.dup(x=1)", Expr: "wrapped().dup(x=1)"},
		pytesting.Case{Name: "socket.dup()", Expr: "type(socket.socket().dup()).__name__"},
		pytesting.Case{Name: "MemoryBIO.read(2**31)", Expr: "ssl.MemoryBIO().read(2**31)"},
		pytesting.Case{Name: "MemoryBIO.read(2**31-1)", Expr: "ssl.MemoryBIO().read(2**31-1)"},
	)
	pytesting.DiffCases(t, "bad_inputs", badInputsPrelude, cases)
}
