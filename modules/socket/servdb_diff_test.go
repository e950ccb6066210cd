package socket_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// getservbyname, getservbyport and getprotobyname against CPython 3.6,
// over entries every services and protocols database has.
const servdbScript = `
import socket
def show(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
show("https tcp", lambda: socket.getservbyname("https", "tcp"))
show("http any", lambda: socket.getservbyname("http"))
show("domain udp", lambda: socket.getservbyname("domain", "udp"))
show("port 443", lambda: socket.getservbyport(443))
show("port 53 udp", lambda: socket.getservbyport(53, "udp"))
show("port True", lambda: socket.getservbyport(True) in ("tcpmux", None) or "other")
show("tcp", lambda: socket.getprotobyname("tcp"))
show("udp", lambda: socket.getprotobyname("udp"))
show("unknown service", lambda: socket.getservbyname("no-such-service"))
show("unknown proto", lambda: socket.getservbyname("http", "sctp-nope"))
show("unknown port proto", lambda: socket.getservbyport(80, "zz"))
show("unknown protocol", lambda: socket.getprotobyname("zz"))
show("port range high", lambda: socket.getservbyport(70000))
show("port range low", lambda: socket.getservbyport(-1))
show("port 2**40", lambda: socket.getservbyport(2**40))
show("port 2**70", lambda: socket.getservbyport(2**70))
show("port str", lambda: socket.getservbyport("80"))
show("port float", lambda: socket.getservbyport(80.0))
show("name int", lambda: socket.getservbyname(1))
show("proto int", lambda: socket.getservbyname("http", 1))
show("port proto bytes", lambda: socket.getservbyport(80, b"tcp"))
show("protocol bytes", lambda: socket.getprotobyname(b"tcp"))
show("no args", lambda: socket.getservbyname())
show("too many", lambda: socket.getservbyname("a", "b", "c"))
show("port no args", lambda: socket.getservbyport())
show("protocol no args", lambda: socket.getprotobyname())
show("keywords", lambda: socket.getservbyname(servicename="http"))
`

func TestServiceDatabaseDiff(t *testing.T) {
	want := pytesting.CPython36Output(t, "servdb", servdbScript)
	got := runPy(t, servdbScript)
	assert.Equal(t, lines(want), lines(got))
}
