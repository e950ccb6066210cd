package socket_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// gethostbyname_ex, gethostbyaddr and getfqdn against CPython 3.6. The
// cases print what does not depend on the machine's /etc/hosts beyond
// "127.0.0.1 localhost": shapes, membership, errors.
const hostdbScript = `
import socket
def show(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__name__, e, e.errno if isinstance(e, OSError) else "")
def shape(t):
    return (type(t).__name__, len(t), type(t[0]).__name__, type(t[1]).__name__, type(t[2]).__name__)
show("ex shape", lambda: shape(socket.gethostbyname_ex("localhost")))
show("ex has loopback", lambda: "127.0.0.1" in socket.gethostbyname_ex("localhost")[2])
show("ex literal", lambda: socket.gethostbyname_ex("10.1.2.3"))
show("ex bytes", lambda: "127.0.0.1" in socket.gethostbyname_ex(b"localhost")[2])
show("ex ipv6 literal", lambda: socket.gethostbyname_ex("::1"))
show("ex unknown", lambda: socket.gethostbyname_ex("no-such-host.invalid"))
show("ex int", lambda: socket.gethostbyname_ex(3))
show("ex no args", lambda: socket.gethostbyname_ex())
show("ex keyword", lambda: socket.gethostbyname_ex(host="localhost"))
show("addr shape", lambda: shape(socket.gethostbyaddr("127.0.0.1")))
show("addr loopback addr", lambda: socket.gethostbyaddr("127.0.0.1")[2])
show("addr by name", lambda: socket.gethostbyaddr("localhost")[2])
show("addr unknown ip", lambda: socket.gethostbyaddr("10.255.255.1"))
show("addr unknown name", lambda: socket.gethostbyaddr("no-such-host.invalid"))
show("addr empty", lambda: socket.gethostbyaddr(""))
show("addr int", lambda: socket.gethostbyaddr(1))
show("addr two args", lambda: socket.gethostbyaddr("127.0.0.1", 1))
show("herror type", lambda: issubclass(socket.herror, OSError))
show("fqdn type", lambda: type(socket.getfqdn()).__name__)
show("fqdn self", lambda: socket.getfqdn() == socket.getfqdn("0.0.0.0") == socket.getfqdn(""))
show("fqdn unknown ip", lambda: socket.getfqdn("10.255.255.1"))
show("fqdn unknown name", lambda: socket.getfqdn("no-such-host.invalid"))
show("fqdn spaces", lambda: socket.getfqdn("  no-such-host.invalid  "))
show("fqdn localhost", lambda: socket.getfqdn("localhost") == socket.gethostbyaddr("localhost")[0] or "." in socket.getfqdn("localhost"))
show("fqdn int", lambda: socket.getfqdn(3))
show("fqdn keyword", lambda: socket.getfqdn(name="no-such-host.invalid"))
`

func TestHostDatabaseDiff(t *testing.T) {
	want := pytesting.CPython36Output(t, "hostdb", hostdbScript)
	got := runPy(t, hostdbScript)
	assert.Equal(t, lines(want), lines(got))
}
