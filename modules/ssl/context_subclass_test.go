package ssl_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/thread"  // threading
	_ "github.com/gpython-ssl/gpython-ssl/modules/weakref" // _weakref, for threading
)

// TestContextSubclassHandshake: classes derived from ssl.SSLContext do
// real TLS, over memory BIOs and over a socket pair, with their own
// methods, attributes and overrides in the path, and the connections
// name the instance as their context. The expected lines are CPython
// 3.6's output for the same script.
func TestContextSubclassHandshake(t *testing.T) {
	out, err := pytesting.Run(t, ctxScript(`
import socket, ssl, threading

class Context(ssl.SSLContext):
    def __init__(self, protocol, *, role):
        super().__init__(protocol)
        self.role = role
        self.wrapped = []
    def wrap_bio(self, incoming, outgoing, *args, **kwargs):
        self.wrapped.append('bio')
        return super().wrap_bio(incoming, outgoing, *args, **kwargs)
    def wrap_socket(self, sock, *args, **kwargs):
        self.wrapped.append('socket')
        return super().wrap_socket(sock, *args, **kwargs)

srv = Context(ssl.PROTOCOL_TLS_SERVER, role='server')
srv.load_cert_chain("{leaf}", "{leafkey}")
cli = Context(ssl.PROTOCOL_TLS_CLIENT, role='client')
cli.load_verify_locations("{ca}")

bios = [ssl.MemoryBIO() for i in range(4)]
c = cli.wrap_bio(bios[0], bios[1], server_hostname='localhost')
s = srv.wrap_bio(bios[2], bios[3], server_side=True)
for i in range(6):
    for o in (c, s):
        try:
            o.do_handshake()
        except ssl.SSLWantReadError:
            pass
    bios[2].write(bios[1].read())
    bios[0].write(bios[3].read())
c.write(b'over bios')
bios[2].write(bios[1].read())
print('bio', s.read(100), c.context is cli, s.context is srv, c.getpeercert()['subject'] is not None)

a, b = socket.socketpair()
got = []
def serve():
    conn = srv.wrap_socket(a, server_side=True)
    got.append(conn.recv(20))
    conn.sendall(b'pong')
    conn.close()
th = threading.Thread(target=serve)
th.start()
conn = cli.wrap_socket(b, server_hostname='localhost')
conn.sendall(b'over sockets')
print('socket', conn.recv(4), conn.context is cli, isinstance(conn, ssl.SSLSocket))
th.join()
conn.close()
print(got[0], srv.role, srv.wrapped, cli.role, cli.wrapped)
`))
	require.NoError(t, err, out)
	assert.Equal(t, []string{
		"bio b'over bios' True True True",
		"socket b'pong' True True",
		"b'over sockets' server ['bio', 'socket'] client ['bio', 'socket']",
	}, strings.Split(strings.TrimSpace(out), "\n"))
}
