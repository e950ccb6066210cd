package ssl_test

import (
	"fmt"
	"net"
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// sniPairPrelude makes a client and a server SSLObject over MemoryBIOs
// and pumps a handshake; the server's servername callback is cb.
const sniPairPrelude = `
import os, ssl
CERT, KEY = os.getenv("REL20_CERT"), os.getenv("REL20_KEY")
def handshake(cb):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(CERT, KEY)
    sctx.set_servername_callback(cb)
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.check_hostname = False
    cctx.verify_mode = ssl.CERT_NONE
    ci, co, si, so = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    c = cctx.wrap_bio(ci, co, server_hostname="example.com")
    s = sctx.wrap_bio(si, so, server_side=True)
    done = set()
    for i in range(10):
        for name, o in (("client", c), ("server", s)):
            if name in done:
                continue
            try:
                o.do_handshake()
                done.add(name)
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLError as e:
                return name + " " + str(e.reason)
        si.write(co.read())
        ci.write(so.read())
    c.write(b"after")
    si.write(co.read())
    return "ok " + repr(s.read(100))
`

// TestReliabilityServernameCallbackReentry: do_handshake, read, write and
// unwrap on the connection from inside its own servername callback raise
// SSLError instead of re-entering OpenSSL's handshake (CPython 3.6 aborts
// with "double free or corruption" on do_handshake and corrupts the
// stream on write). Caught, the handshake goes on and data flows; let
// through, it fails the handshake with CALLBACK_FAILED (issue 20, item 3).
func TestReliabilityServernameCallbackReentry(t *testing.T) {
	fx, err := testcerts.Generate(t.TempDir())
	require.NoError(t, err)
	t.Setenv("REL20_CERT", fx.ECLeafPEM)
	t.Setenv("REL20_KEY", fx.ECLeafKey)
	for _, op := range []string{"do_handshake()", "read(10)", "read(10, bytearray(10))", "write(b'x')", "unwrap()"} {
		t.Run(op, func(t *testing.T) {
			src := sniPairPrelude + fmt.Sprintf(`
seen = []
def catching(sslobj, name, ctx):
    try:
        sslobj.%[1]s
        seen.append("no exception")
    except ssl.SSLError as e:
        seen.append(type(e).__name__ + ": " + str(e))
    # What the callback may do still works: read its own state.
    seen.append(sslobj.server_hostname is None and sslobj.pending() == 0 and sslobj.context is not None)
def raising(sslobj, name, ctx):
    sslobj.%[1]s
print(handshake(catching))
print(seen)
print(handshake(raising))
`, op)
			out, err := pytesting.RunGuarded(t, src)
			require.NoError(t, err, out)
			lines := strings.Split(strings.TrimSpace(out), "\n")
			require.Len(t, lines, 3, out)
			assert.Equal(t, "ok b'after'", lines[0])
			assert.Contains(t, lines[1], "SSLError: the connection cannot be used for I/O from its own handshake callback")
			assert.Contains(t, lines[1], "True]")
			assert.Equal(t, "server CALLBACK_FAILED", lines[2])
		})
	}
}

// TestReliabilityInvalidServerNames: names a client sends that are not
// host names (not ASCII, an empty label, a label over 63 characters) fail
// the handshake with CALLBACK_FAILED before the callback sees them, as in
// CPython 3.7+ (3.6 let overlong ASCII labels through); valid names reach
// the callback unchanged. The client is openssl s_client, which sends any
// name it is given.
func TestReliabilityInvalidServerNames(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl command not found")
	}
	fx, err := testcerts.Generate(t.TempDir())
	require.NoError(t, err)
	t.Setenv("REL20_CERT", fx.ECLeafPEM)
	t.Setenv("REL20_KEY", fx.ECLeafKey)
	long := strings.Repeat("a", 250)
	cases := []struct{ name, want string }{
		{long + ".com", "failed CALLBACK_FAILED"},
		{"\xff\xfe.com", "failed CALLBACK_FAILED"},
		{"caf\xc3\xa9.com", "failed CALLBACK_FAILED"},
		{"a..b", "failed CALLBACK_FAILED"},
		{strings.Repeat("b", 64) + ".com", "failed CALLBACK_FAILED"},
		{"c." + strings.Repeat("d", 64), "failed CALLBACK_FAILED"},
		{strings.Repeat("e", 63) + ".com", "ok '" + strings.Repeat("e", 63) + ".com'"},
		{"-a.com", "ok '-a.com'"},
		{"A_B.com", "ok 'A_B.com'"},
		{"xn--zz.com", "ok 'xn--zz.com'"},
		{"trailing.dot.", "ok 'trailing.dot.'"},
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	lf, err := ln.(*net.TCPListener).File()
	require.NoError(t, err)
	defer lf.Close()
	fd, err := syscall.Dup(int(lf.Fd())) // the Python socket owns (and closes) this one
	require.NoError(t, err)
	t.Setenv("REL20_LISTEN_FD", fmt.Sprint(fd))
	port := ln.Addr().(*net.TCPAddr).Port

	clients := make(chan error, 1)
	go func() {
		for _, c := range cases {
			cmd := exec.Command(openssl, "s_client", "-connect", fmt.Sprintf("127.0.0.1:%d", port), "-servername", c.name)
			cmd.Stdin = strings.NewReader("")
			_ = cmd.Run() // a refused handshake is an exit status
		}
		clients <- nil
	}()
	src := fmt.Sprintf(`
import os, socket, ssl, sys
sys.stderr = sys.stdout
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(os.getenv("REL20_CERT"), os.getenv("REL20_KEY"))
got = []
def cb(sslobj, name, ctx):
    got.append(name)
sctx.set_servername_callback(cb)
ls = socket.socket(fileno=int(os.getenv("REL20_LISTEN_FD")))
for i in range(%d):
    c, _ = ls.accept()
    del got[:]
    try:
        s = sctx.wrap_socket(c, server_side=True)
        print("RESULT ok", repr(got[0]) if got else "no callback")
        s.close()
    except ssl.SSLError as e:
        print("RESULT failed", e.reason, len(got))
        c.close()
ls.close()
`, len(cases))
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, out)
	require.NoError(t, <-clients)
	var results []string
	for _, line := range strings.Split(out, "\n") {
		if r, ok := strings.CutPrefix(line, "RESULT "); ok {
			results = append(results, r)
		}
	}
	require.Len(t, results, len(cases), out)
	for i, c := range cases {
		want := c.want
		if strings.HasPrefix(want, "failed") {
			want += " 0" // the callback never saw the name
		}
		assert.Equal(t, want, results[i], "server name %q", c.name)
	}
}
