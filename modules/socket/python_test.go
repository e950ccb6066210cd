package socket_test

import (
	"fmt"
	"net"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/modules/socket"
)

// goEchoServer accepts one connection on ln (a Go net.Listener) and echoes
// until EOF; the returned channel yields the server's error.
func goEchoServer(t *testing.T, ln net.Listener) <-chan error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		defer ln.Close()
		c, err := ln.Accept()
		if err != nil {
			done <- err
			return
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(10 * time.Second))
		buf := make([]byte, 4096)
		for {
			n, err := c.Read(buf)
			if n > 0 {
				if _, werr := c.Write(buf[:n]); werr != nil {
					done <- werr
					return
				}
			}
			if err != nil {
				done <- nil
				return
			}
		}
	}()
	return done
}

func TestEchoClients(t *testing.T) {
	const client = `
import socket
s = socket.socket(%s, socket.SOCK_STREAM)
s.settimeout(10)
s.connect(%s)
print(s.family == %s, s.type == socket.SOCK_STREAM, s.proto)
s.sendall(b"ping")
got = b""
for i in range(100):
    chunk = s.recv(10)
    if chunk == b"":
        break
    got = got + chunk
    if got == b"ping":
        break
print(got)
s.shutdown(socket.SHUT_WR)
print(s.recv(10))
s.close()
`
	tests := []struct {
		name   string
		listen func(t *testing.T) (net.Listener, string)
		family string
	}{
		{"tcp4", func(t *testing.T) (net.Listener, string) {
			ln, err := net.Listen("tcp4", "127.0.0.1:0")
			require.NoError(t, err)
			return ln, fmt.Sprintf("('127.0.0.1', %d)", ln.Addr().(*net.TCPAddr).Port)
		}, "socket.AF_INET"},
		{"tcp6", func(t *testing.T) (net.Listener, string) {
			ln, err := net.Listen("tcp6", "[::1]:0")
			if err != nil {
				t.Skipf("no IPv6 loopback: %v", err)
			}
			return ln, fmt.Sprintf("('::1', %d, 0, 0)", ln.Addr().(*net.TCPAddr).Port)
		}, "socket.AF_INET6"},
		{"unix", func(t *testing.T) (net.Listener, string) {
			path := filepath.Join(t.TempDir(), "echo.sock")
			ln, err := net.Listen("unix", path)
			require.NoError(t, err)
			return ln, fmt.Sprintf("'%s'", path)
		}, "socket.AF_UNIX"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ln, addr := tc.listen(t)
			done := goEchoServer(t, ln)
			out := runPy(t, fmt.Sprintf(client, tc.family, addr, tc.family))
			// 3.6: a socket with a timeout has SOCK_NONBLOCK in its type
			assert.Equal(t, []string{"True False 0", "b'ping'", "b''"}, lines(out))
			select {
			case err := <-done:
				assert.NoError(t, err)
			case <-time.After(10 * time.Second):
				t.Fatal("server did not finish")
			}
		})
	}
}

// TestPythonServerGoClient runs the server in Python (accept, makefile) and
// the client in a goroutine with Go's net package.
func TestPythonServerGoClient(t *testing.T) {
	ln, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	require.NoError(t, ln.Bind(py.Tuple{py.String("127.0.0.1"), py.Int(0)}))
	require.NoError(t, ln.Listen(1))
	addr, err := ln.SockName()
	require.NoError(t, err)
	port := int(addr.(py.Tuple)[1].(py.Int))
	fd := ln.Detach()

	reply := make(chan string, 1)
	go func() {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 10*time.Second)
		if err != nil {
			reply <- err.Error()
			return
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(10 * time.Second))
		_, _ = c.Write([]byte("GET /\r\nsecond line\n"))
		buf := make([]byte, 100)
		n, _ := c.Read(buf)
		reply <- string(buf[:n])
	}()
	out := runPy(t, fmt.Sprintf(`
import socket
srv = socket.socket(fileno=%d)
print(srv.family, srv.type)
srv.settimeout(10)
conn, peer = srv.accept()
print(peer[0], conn.gettimeout())
conn.settimeout(10)
f = conn.makefile('rwb')
print(f.readline())
print(f.readline())
f.write(b"ok\n")
f.flush()
f.close()
conn.close()
srv.close()
`, fd))
	assert.Equal(t, []string{"AddressFamily.AF_INET SocketKind.SOCK_STREAM", "127.0.0.1 None", "b'GET /\\r\\n'", "b'second line\\n'"}, lines(out))
	select {
	case r := <-reply:
		assert.Equal(t, "ok\n", r)
	case <-time.After(10 * time.Second):
		t.Fatal("client did not finish")
	}
}

func TestPythonBehaviour(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"socketpair echo", `
import socket
a, b = socket.socketpair()
print(a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM)
a.sendall(b"hello")
print(b.recv(100))
b.send(b"back")
print(a.recv(4))
a.close(); b.close()
`, []string{"True True", "b'hello'", "b'back'"}},
		{"timeout raises socket.timeout", `
import socket
a, b = socket.socketpair()
b.settimeout(0.05)
print(b.gettimeout(), b.timeout)
for cls in (socket.timeout, OSError):
    try:
        b.recv(1)
    except cls as e:
        print("caught", e, e.errno)
try:
    try:
        b.recv(1)
    except TimeoutError:
        print("caught as TimeoutError")
except socket.timeout as e:
    print(e.args[0])
a.close(); b.close()
`, []string{"0.05 0.05", "caught timed out None", "caught timed out None", "timed out"}},
		{"non-blocking raises BlockingIOError", `
import socket
a, b = socket.socketpair()
b.setblocking(False)
print(b.gettimeout(), hasattr(b, "getblocking"))
try:
    b.recv(1)
except BlockingIOError as e:
    print(e.errno, e)
b.settimeout(0)
try:
    b.recv(1)
except OSError as e:
    print(e.errno)
b.setblocking(True)
print(b.gettimeout())
a.close(); b.close()
`, []string{"0.0 False", "11 [Errno 11] Resource temporarily unavailable", "11", "None"}},
		{"closed socket is EBADF", `
import socket
s = socket.socket()
s.close()
s.close()
print(s.fileno())
for op in (lambda: s.recv(1), lambda: s.send(b"x"), lambda: s.getsockname(), lambda: s.bind(('127.0.0.1', 0))):
    try:
        op()
    except OSError as e:
        print(e.errno, e)
print(repr(s))
`, []string{"-1", "9 [Errno 9] Bad file descriptor", "9 [Errno 9] Bad file descriptor", "9 [Errno 9] Bad file descriptor", "9 [Errno 9] Bad file descriptor", "<socket.socket [closed] fd=-1, family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM, proto=0>"}},
		{"recv_into a writable buffer", `
import socket, _sockettest
a, b = socket.socketpair()
a.sendall(b"abcdef")
buf = _sockettest.buffer(8)
print(b.recv_into(buf, 4))
print(buf.getvalue())
print(b.recv_into(buf))
print(buf.getvalue())
try:
    b.recv_into(buf, 9)
except ValueError as e:
    print(e)
try:
    b.recv_into(b"immutable")
except TypeError as e:
    print("TypeError")
a.sendall(b"xy")
n, addr = b.recvfrom_into(buf)
print(n, buf.getvalue())
a.close(); b.close()
`, []string{"4", "b'abcd\\x00\\x00\\x00\\x00'", "2", "b'efcd\\x00\\x00\\x00\\x00'", "buffer too small for requested bytes", "TypeError", "2 b'xycd\\x00\\x00\\x00\\x00'"}},
		{"makefile text round trip", `
import socket
a, b = socket.socketpair()
w = a.makefile('w')
w.write("héllo\r\nwörld\rlast\n")
w.write("tail")
w.flush()
w.close()
a.close()
r = b.makefile('r')
print(repr(r.readline()))
print(repr(r.readline()))
print(r.readlines())
print(repr(r.read()))
r.close()
print(b.fileno() >= 0)
b.close()
`, []string{"'héllo\\n'", "'wörld\\n'", "['last\\n', 'tail']", "''", "True"}},
		{"makefile binary read sizes and iteration", `
import socket
a, b = socket.socketpair()
with a.makefile('wb') as w:
    w.write(b"12345\nabc\nxyz")
a.close()
with b.makefile('rb') as r:
    print(r.read(3))
    for line in r:
        print(line)
b.close()
`, []string{"b'123'", "b'45\\n'", "b'abc\\n'", "b'xyz'"}},
		{"makefile keeps the descriptor until closed", `
import socket
a, b = socket.socketpair()
f = b.makefile('rb')
b.close()
print(b.fileno() >= 0)
a.sendall(b"still here\n")
print(f.readline())
f.close()
print(b.fileno())
a.close()
`, []string{"True", "b'still here\\n'", "-1"}},
		{"connect_ex to a closed port", `
import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()
c = socket.socket()
print(c.connect_ex(('127.0.0.1', port)))
c.close()
c = socket.socket()
try:
    c.connect(('127.0.0.1', port))
except ConnectionRefusedError as e:
    print("refused", e.errno)
c.close()
c = socket.socket()
c.settimeout(5)
print(c.connect_ex(('127.0.0.1', port)))
c.close()
`, []string{"111", "refused 111", "111"}},
		{"non-blocking connect", `
import socket, select
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
c = socket.socket()
c.setblocking(False)
err = c.connect_ex(srv.getsockname())
print(err in (0, 115))
r, w, x = select.select([], [c], [], 5)
print(len(w), c.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
conn, addr = srv.accept()
print(addr == c.getsockname(), c.getpeername() == srv.getsockname())
conn.close(); c.close(); srv.close()
`, []string{"True", "1 0", "True True"}},
		{"udp sendto recvfrom", `
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 0))
b.settimeout(5)
print(a.sendto(b"dgram", b.getsockname()))
data, addr = b.recvfrom(100)
print(data, addr[0])
a.sendto(b"two", 0, b.getsockname())
print(b.recv(100))
a.close(); b.close()
`, []string{"5", "b'dgram' 127.0.0.1", "b'two'"}},
		{"socket options", `
import socket
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE, 4) == b"\x01\x00\x00\x00")
s.close()
`, []string{"1", "1", "1", "True"}},
		{"argument errors", `
import socket
s = socket.socket()
for f in (lambda: s.bind('x'), lambda: s.bind(('x',)), lambda: s.bind(('127.0.0.1', 70000)), lambda: s.recv(-1), lambda: s.settimeout(-1), lambda: socket.socket(socket.AF_UNIX).bind("x" * 200)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ if hasattr(type(e), '__name__') else 'exc', e)
s.close()
`, nil},
		{"unix addresses", `
import socket
u = socket.socket(socket.AF_UNIX)
print(repr(u.getsockname()))
u.bind("\0gpython-abstract-test")
print(u.getsockname())
u.close()
`, []string{"''", "b'\\x00gpython-abstract-test'"}},
		{"gaierror", `
import socket
try:
    socket.getaddrinfo(None, None)
except socket.gaierror as e:
    print(e.errno, e)
try:
    socket.getaddrinfo('', 80)
except OSError as e:
    print(e.errno)
`, []string{"-2 [Errno -2] Name or service not known", "-2"}},
		{"default timeout", `
import socket
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout())
socket.setdefaulttimeout(None)
t = socket.socket()
print(t.gettimeout())
s.close(); t.close()
`, []string{"None", "2.5", "None"}},
		{"detach and fileno", `
import socket
s = socket.socket()
fd = s.fileno()
d = s.detach()
print(fd == d, s.fileno())
t = socket.socket(fileno=d)
print(t.fileno() == d, t.family, t.type, t.proto)
t.close()
`, []string{"True -1", "True AddressFamily.AF_INET SocketKind.SOCK_STREAM 0"}}, // 3.6: proto 0, not the descriptor's

	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := runPy(t, tc.src)
			if tc.want != nil {
				assert.Equal(t, tc.want, lines(out))
			} else {
				t.Log(out)
			}
		})
	}
}
