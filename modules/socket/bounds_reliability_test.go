package socket_test

import (
	"fmt"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // bytearray
	_ "github.com/gpython-ssl/gpython-ssl/vm"           // the evaluation loop
)

// hugeSizes are issue 20's sizes: every size-taking method gets each.
var hugeSizes = []string{"2**31", "2**40", "2**62", "2**63", "-1", "-2", "-2**63"}

// boundsPrelude gives every case a fresh socket pair whose peer has sent
// twenty bytes and shut down, so each read ends (never blocks) however
// large the size.
const boundsPrelude = pytesting.ShowBrief + `
import socket
def pair():
    a, b = socket.socketpair()
    b.sendall(b'x\n' * 10)
    b.shutdown(socket.SHUT_WR)
    b.close()
    return a
def dgram():
    a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
    b.send(b'y' * 100000)
    b.send(b'z' * 10)
    b.close()
    return a
ba = bytearray(4)
`

// TestReliabilitySizeBounds feeds each reading method of a plain socket
// and of its makefile() streams sizes up to 2**63 and down to -2**63:
// CPython 3.6's MemoryError, OverflowError and ValueError, never the Go
// runtime's out-of-memory death (issue 20, item 1).
func TestReliabilitySizeBounds(t *testing.T) {
	methods := []struct{ name, call string }{
		{"recv", "pair().recv(%s)"},
		{"recvfrom", "pair().recvfrom(%s)"},
		{"recv_into", "pair().recv_into(ba, %s)"},
		{"recvfrom_into", "pair().recvfrom_into(ba, %s)"},
		{"dgram.recv", "len(dgram().recv(%s))"},
		{"dgram.recvfrom", "len(dgram().recvfrom(%s)[0])"},
	}
	for _, mode := range []struct{ name, args string }{
		{"rb", "'rb'"}, {"rb0", "'rb', buffering=0"}, {"r", "'r'"},
	} {
		for _, m := range []string{"read", "readline", "readlines"} {
			methods = append(methods, struct{ name, call string }{
				mode.name + "." + m, "pair().makefile(" + mode.args + ")." + m + "(%s)",
			})
		}
	}
	var cases []pytesting.Case
	for _, m := range methods {
		for _, v := range hugeSizes {
			cases = append(cases, pytesting.Case{Name: m.name + "(" + v + ")", Expr: fmt.Sprintf(m.call, v)})
		}
	}
	// A datagram larger than the buffer made without asking is read whole.
	cases = append(cases,
		pytesting.Case{Name: "dgram.recv(2**20)", Expr: "[len(x) for x in [dgram()] for x in (x.recv(2**20), x.recv(2**20))]"},
		pytesting.Case{Name: "dgram.recv(100)", Expr: "len(dgram().recv(100))"},
	)
	pytesting.DiffCases(t, "size_bounds", boundsPrelude, cases)
}
