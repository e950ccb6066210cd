package socket_test

import (
	"fmt"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// intArgSizes are issue 20's sizes plus the first values past a C long on
// either side: each C-int or size argument below gets every one.
var intArgSizes = []string{"2**31", "2**40", "2**62", "2**63", "2**64", "-1", "-2**63-1"}

// TestReliabilityIntArgBounds gives the integer arguments of socket
// methods and functions that CPython reads as a C int, a socklen_t or a
// Py_ssize_t buffer size each of intArgSizes: 3.6's OverflowError,
// TypeError, ValueError or MemoryError (the same as 3.11's for these), not
// a value silently truncated by the system call, nor an allocation the Go
// runtime dies of (recvmsg's ancillary buffer, issue 20 item 1).
func TestReliabilityIntArgBounds(t *testing.T) {
	calls := []struct{ name, call string }{
		{"listen", "socket.socket().listen(%s)"},
		{"shutdown", "pair().shutdown(%s)"},
		{"setsockopt.value", "pair().setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, %s)"},
		{"setsockopt.level", "pair().setsockopt(%s, socket.SO_RCVBUF, 1)"},
		{"getsockopt.buflen", "pair().getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, %s)"},
		{"getsockopt.option", "pair().getsockopt(socket.SOL_SOCKET, %s)"},
		{"recvmsg.ancbufsize", "pair().recvmsg(10, %s)[0]"},
		{"recvmsg_into.ancbufsize", "pair().recvmsg_into([ba], %s)[0]"},
		{"makefile.buffering", "type(pair().makefile('rb', buffering=%s)).__name__"},
		{"htonl", "socket.htonl(%s)"},
		{"ntohl", "socket.ntohl(%s)"},
	}
	var cases []pytesting.Case
	for _, c := range calls {
		for _, v := range intArgSizes {
			cases = append(cases, pytesting.Case{Name: c.name + "(" + v + ")", Expr: fmt.Sprintf(c.call, v)})
		}
	}
	// htons/ntohs parse a C int, refuse a negative one and keep the low 16
	// bits of a larger one (3.6; 3.10 refuses it); htonl/ntohl take only
	// an int.
	for _, f := range []string{"htons", "ntohs"} {
		for _, v := range []string{"2**31", "2**40", "2**63", "2**64", "-2**63-1", "-1", "-2**31", "70000", "2**31-1", "True", "1.5", "'1'", "None"} {
			cases = append(cases, pytesting.Case{Name: f + "(" + v + ")", Expr: fmt.Sprintf("socket.%s(%s)", f, v)})
		}
	}
	for _, f := range []string{"htonl", "ntohl"} {
		for _, v := range []string{"True", "1.5", "'1'", "None", "2**32-1"} {
			cases = append(cases, pytesting.Case{Name: f + "(" + v + ")", Expr: fmt.Sprintf("socket.%s(%s)", f, v)})
		}
	}
	pytesting.DiffCases(t, "intarg_bounds", boundsPrelude, cases)
}
