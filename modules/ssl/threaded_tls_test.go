package ssl_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl" // every module, in this process
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// threadedTLSScript runs, in one interpreter, a TLS server with a thread
// per client and 16 client threads. Each client has a writer thread
// sending its payload while the client's own thread reads the echo from
// the same SSLSocket, so one connection is read and written by two threads
// at once, in both directions. Half the clients use blocking sockets, half
// timeouts; the server's sockets are blocking.
const threadedTLSScript = `
import socket, ssl, _thread, time
CERT, KEY, CA, N, SIZE = %q, %q, %q, %d, %d
server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server_ctx.load_cert_chain(CERT, KEY)
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client_ctx.load_verify_locations(CA)
client_ctx.check_hostname = False
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(N)
port = listener.getsockname()[1]
mu = _thread.allocate_lock()
results = {}

def record(key, value):
    with mu:
        results[key] = value

def handle(conn, i):
    try:
        with server_ctx.wrap_socket(conn, server_side=True) as s:
            total = 0
            while True:
                data = s.recv(8192)
                if not data:
                    break
                s.sendall(data)
                total += len(data)
        record(("server", i), total)
    except Exception as e:
        record(("server", i), repr(e))

def serve():
    for i in range(N):
        conn, _ = listener.accept()
        _thread.start_new_thread(handle, (conn, i))

def payload(i):
    return bytes((i * 7 + k) %% 251 for k in range(SIZE))

def writer(s, data, done):
    try:
        for k in range(0, len(data), 1000):
            s.sendall(data[k:k + 1000])
    except Exception as e:
        record(("writer", done), repr(e))
    finally:
        done.release()

def client(i):
    try:
        raw = socket.create_connection(("127.0.0.1", port))
        if i %% 2:
            raw.settimeout(30)
        s = client_ctx.wrap_socket(raw)
        data = payload(i)
        done = _thread.allocate_lock()
        done.acquire()
        _thread.start_new_thread(writer, (s, data, done))
        got = bytearray()
        while len(got) < len(data):
            chunk = s.recv(65536)
            if not chunk:
                break
            got += chunk
        done.acquire()
        s.close()
        record(("client", i), bytes(got) == data)
    except Exception as e:
        record(("client", i), repr(e))

_thread.start_new_thread(serve, ())
for i in range(N):
    _thread.start_new_thread(client, (i,))
deadline = time.time() + 60
while time.time() < deadline:
    with mu:
        if sum(1 for k in results if k[0] in ("client", "server")) == 2 * N:
            break
    time.sleep(0.01)
for key in sorted(results, key=str):
    print(key[0], key[1], results[key])
`

// Sixteen threads doing TLS both ways in one interpreter, in this process,
// so that the race detector (make test runs with -race) sees the
// interpreter lock, the socket layer and the TLS layer from every side.
func TestThreadedTLSBothWays(t *testing.T) {
	fx, err := testcerts.Generate(t.TempDir())
	require.NoError(t, err)
	const n, size = 16, 20000
	src := fmt.Sprintf(threadedTLSScript, fx.LeafPEM, fx.LeafKey, fx.CAPEM, n, size)
	type outcome struct {
		out string
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		out, err := pytesting.RunGuarded(t, src)
		done <- outcome{out, err}
	}()
	var o outcome
	select {
	case o = <-done:
	case <-time.After(3 * time.Minute):
		t.Fatal("threaded TLS script did not finish")
	}
	require.NoError(t, o.err)
	var want strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&want, "client %d True\n", i)
	}
	lines := strings.Split(strings.TrimSpace(o.out), "\n")
	var clients, servers []string
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "client "):
			clients = append(clients, l)
		case strings.HasPrefix(l, "server "):
			servers = append(servers, l)
		default:
			t.Errorf("unexpected line: %s", l)
		}
	}
	sortByNumber(clients)
	assert.Equal(t, want.String(), strings.Join(clients, "\n")+"\n")
	assert.Len(t, servers, n)
	for _, l := range servers {
		assert.True(t, strings.HasSuffix(l, fmt.Sprintf(" %d", size)), "server echoed every byte: %s", l)
	}
}

// sortByNumber orders "client N ..." lines by N.
func sortByNumber(lines []string) {
	num := func(l string) int {
		var n int
		_, _ = fmt.Sscanf(strings.Fields(l)[1], "%d", &n)
		return n
	}
	for i := 1; i < len(lines); i++ {
		for j := i; j > 0 && num(lines[j]) < num(lines[j-1]); j-- {
			lines[j], lines[j-1] = lines[j-1], lines[j]
		}
	}
}
