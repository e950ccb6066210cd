package ssl_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/socket"
)

// TestReturnedBytesDoNotShareStorage: gpython's bytes += appends in
// place when the Go slice has spare capacity, so a bytes object returned
// with room behind it (a short read into a larger buffer) let two
// "x = d; x += ..." results overwrite each other. Every producer of bytes
// here must hand out exact-capacity slices.
func TestReturnedBytesDoNotShareStorage(t *testing.T) {
	out, err := pytesting.Run(t, ctxScript(`
import socket, ssl
def check(name, d):
    x = d
    x += b"1"
    y = d
    y += b"2"
    print(name, x == d + b"1" and y == d + b"2")
a, b = socket.socketpair()
a.send(b"hi")
check("socket.recv", b.recv(100))
a.send(b"hi")
check("socket.recvfrom", b.recvfrom(100)[0])
a.send(b"hi\n")
f = b.makefile("rb", buffering=0)
check("makefile.read", f.read(100))
m = ssl.MemoryBIO()
m.write(b"hello")
check("MemoryBIO.read", m.read(100))
der = ssl.PEM_cert_to_DER_cert(open("{ca}").read())
check("PEM_cert_to_DER_cert", der)
srv = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
srv.load_cert_chain("{leaf}", "{leafkey}")
cli = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
cli.load_verify_locations("{ca}")
bios = [ssl.MemoryBIO() for i in range(4)]
c = cli.wrap_bio(bios[0], bios[1], server_hostname="localhost")
s = srv.wrap_bio(bios[2], bios[3], server_side=True)
for i in range(6):
    for o in (c, s):
        try:
            o.do_handshake()
        except ssl.SSLWantReadError:
            pass
    bios[2].write(bios[1].read())
    bios[0].write(bios[3].read())
check("tls-unique", c.get_channel_binding())
c.write(b"short")
bios[2].write(bios[1].read())
check("SSLObject.read", s.read(1000))
`))
	require.NoError(t, err, out)
	want := ""
	for _, n := range []string{"socket.recv", "socket.recvfrom", "makefile.read", "MemoryBIO.read",
		"PEM_cert_to_DER_cert", "tls-unique", "SSLObject.read"} {
		want += n + " True\n"
	}
	assert.Equal(t, want, out)
}
