package socket_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/modules/socket"
)

func TestMoreSocketMethods(t *testing.T) {
	path := filepath.Join(t.TempDir(), "payload")
	require.NoError(t, os.WriteFile(path, []byte(strings.Repeat("0123456789", 2000)), 0o600))
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"SOCK_NONBLOCK in type", `
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK)
print(s.type == socket.SOCK_STREAM, s.gettimeout())
s.close()
`, []string{"False 0.0"}}, // 3.6 keeps SOCK_NONBLOCK in type
		{"dup and fromfd", `
import socket
a, b = socket.socketpair()
a.settimeout(3)
c = a.dup()
print(c.fileno() != a.fileno(), c.gettimeout(), c.family == a.family)
a.close()
c.sendall(b"via dup")
print(b.recv(100))
d = socket.fromfd(b.fileno(), socket.AF_UNIX, socket.SOCK_STREAM)
print(d.fileno() != b.fileno())
b.close()
c.sendall(b"via fromfd")
print(d.recv(100))
fd = c.detach()
socket.close(fd)
d.close()
`, []string{"True 3.0 True", "b'via dup'", "True", "b'via fromfd'"}},
		{"sendfile", fmt.Sprintf(`
import socket
a, b = socket.socketpair()
b.settimeout(5)
with open(%q, "rb") as f:
    print(a.sendfile(f, 0, 15))
print(b.recv(100))
a.close()
b.close()
`, path), []string{"15", "b'012345678901234'"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, lines(runPy(t, tc.src)))
		})
	}
}

// TestSendAllLarge sends more than the socket buffers hold, so sendall
// must wait for writability (timeout mode) or block (blocking mode) while a
// goroutine drains the peer.
func TestSendAllLarge(t *testing.T) {
	const size = 4 << 20
	for _, mode := range []string{"None", "10"} {
		t.Run("timeout="+mode, func(t *testing.T) {
			a, b, err := socket.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM, 0)
			require.NoError(t, err)
			defer b.Close()
			require.NoError(t, b.SetTimeout(10*time.Second, true))
			got := make(chan int, 1)
			go func() {
				buf := make([]byte, 65536)
				total := 0
				for total < size {
					n, err := b.Recv(buf, 0)
					if err != nil || n == 0 {
						break
					}
					total += n
				}
				got <- total
			}()
			sock := py.Object(a)
			out, err := runWith(t, sock, fmt.Sprintf(`
s.settimeout(%s)
data = b"0123456789abcdef"
for i in range(18):
    data = data + data
s.sendall(data)
print("sent")
s.close()
`, mode))
			require.NoError(t, err, out)
			assert.Equal(t, "sent\n", out)
			select {
			case n := <-got:
				assert.Equal(t, size, n)
			case <-time.After(20 * time.Second):
				t.Fatal("reader did not finish")
			}
		})
	}
}

// runWith runs src with the socket object bound to the name s, through a
// one-shot module (pytesting has no way to pass objects in).
func runWith(t *testing.T, s py.Object, src string) (string, error) {
	t.Helper()
	name := strings.ReplaceAll("_sockarg_"+t.Name(), "/", "_")
	name = strings.ReplaceAll(name, "=", "_")
	py.RegisterModule(&py.ModuleImpl{Info: py.ModuleInfo{Name: name}, Globals: py.StringDict{"s": s}})
	return pytesting.Run(t, "from "+name+" import s\n"+src)
}

// TestTwoContexts runs a Python server and a Python client at the same time
// in two interpreter contexts (goroutines), the threads-free way to test a
// server in Python.
func TestTwoContexts(t *testing.T) {
	ln, err := socket.New(syscall.AF_INET, syscall.SOCK_STREAM, 0)
	require.NoError(t, err)
	require.NoError(t, ln.Bind(py.Tuple{py.String("127.0.0.1"), py.Int(0)}))
	require.NoError(t, ln.Listen(5))
	addr, err := ln.SockName()
	require.NoError(t, err)
	port := int(addr.(py.Tuple)[1].(py.Int))
	fd := ln.Detach()

	var wg sync.WaitGroup
	var serverOut string
	var serverErr error
	wg.Add(1)
	go func() {
		defer wg.Done()
		serverOut, serverErr = pytesting.Run(t, fmt.Sprintf(`
import socket, select
srv = socket.socket(fileno=%d)
srv.settimeout(10)
for i in range(3):
    conn, addr = srv.accept()
    conn.settimeout(10)
    f = conn.makefile('rw')
    line = f.readline()
    f.write(line.upper())
    f.close()
    conn.close()
srv.close()
print("served 3")
`, fd))
	}()
	out := runPy(t, fmt.Sprintf(`
import socket
for word in ["alpha", "beta", "gamma"]:
    with socket.create_connection(("127.0.0.1", %d), timeout=10) as c:
        c.sendall(b"x")
        f = c.makefile('rw')
        f.write(word + "\n")
        f.flush()
        print(f.readline().strip())
        f.close()
`, port))
	wg.Wait()
	require.NoError(t, serverErr, serverOut)
	assert.Equal(t, "served 3\n", serverOut)
	assert.Equal(t, []string{"XALPHA", "XBETA", "XGAMMA"}, lines(out))
}
