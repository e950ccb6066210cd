package tests

import (
	"bufio"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Issue 15's end-to-end tests of threads and servers, each running the
// gpython-ssl binary: a threaded TLS echo server under 100 concurrent
// clients, an HTTPS server made of http.server and SSLContext.wrap_socket
// answering the project's http.client and CPython's, the spec's
// server-side example with a thread per client, and what a script's
// threads print and leave behind at exit, against CPython 3.6. Every
// process is bounded in time and every port is chosen by the kernel.

// threadsScript writes src into the test's directory and returns its path.
func threadsScript(t *testing.T, name, src string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	writeFile(t, p, src)
	return p
}

// serverPair is the pki's RSA leaf split into certificate and key files.
func serverPair(t *testing.T) (certfile, keyfile string, pool *x509.CertPool) {
	t.Helper()
	p := testPKI(t)
	dir := t.TempDir()
	certfile, keyfile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	splitPEM(t, p.RSA, certfile, keyfile)
	pool = x509.NewCertPool()
	ca, err := os.ReadFile(p.CA)
	require.NoError(t, err)
	require.True(t, pool.AppendCertsFromPEM(ca))
	return certfile, keyfile, pool
}

func portLine(t *testing.T, p *process) int {
	t.Helper()
	line := p.waitLine(t, "PORT ", 30*time.Second)
	port, err := strconv.Atoi(strings.TrimPrefix(line, "PORT "))
	require.NoError(t, err)
	return port
}

// tlsEchoServerScript: a thread per client, each wrapping its socket
// (the handshake runs in the client's thread) and echoing until the
// client's close_notify; N clients, then it joins them and reports.
const tlsEchoServerScript = `import socket, ssl, sys, threading
CERT, KEY, N = sys.argv[1], sys.argv[2], int(sys.argv[3])
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(CERT, KEY)
listener = socket.socket()
listener.bind(('127.0.0.1', 0))
listener.listen(128)
print('PORT', listener.getsockname()[1], flush=True)
lock = threading.Lock()
totals = []
errors = []

def handle(conn):
    try:
        with ctx.wrap_socket(conn, server_side=True) as s:
            n = 0
            while True:
                data = s.recv(16384)
                if not data:
                    break
                s.sendall(data)
                n += len(data)
        with lock:
            totals.append(n)
    except Exception as e:
        with lock:
            errors.append(repr(e))

threads = []
for i in range(N):
    conn, _ = listener.accept()
    t = threading.Thread(target=handle, args=(conn,))
    t.start()
    threads.append(t)
peak = threading.active_count()
for t in threads:
    t.join(120)
listener.close()
print('SERVED', len(totals), sum(totals), 'ERRORS', len(errors), errors[:3])
print('ALIVE', sum(t.is_alive() for t in threads), 'PEAK', peak > 1)
`

// TestThreadsTLSEcho100 runs the threaded echo server against 100 Go
// TLS clients at once, each sending 48 KiB of random bytes while reading
// the echo, and checks every byte.
func TestThreadsTLSEcho100(t *testing.T) {
	const clients, size = 100, 48 << 10
	certfile, keyfile, pool := serverPair(t)
	srv := startProcess(t, 4*time.Minute, binary, threadsScript(t, "echo.py", tlsEchoServerScript), certfile, keyfile, strconv.Itoa(clients))
	addr := "127.0.0.1:" + strconv.Itoa(portLine(t, srv))

	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, clients)
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs <- echoClient(addr, pool, size)
		}()
	}
	wg.Wait()
	close(errs)
	failed := 0
	for err := range errs {
		if err != nil {
			failed++
			t.Errorf("client: %v", err)
		}
	}
	elapsed := time.Since(start)
	out := srv.Wait(t, 2*time.Minute)
	require.Zero(t, failed)
	assert.Contains(t, out, fmt.Sprintf("SERVED %d %d ERRORS 0 []", clients, clients*size))
	assert.Contains(t, out, "ALIVE 0 PEAK True")
	t.Logf("%d concurrent TLS clients, %d KiB each echoed intact in %v", clients, size>>10, elapsed.Round(time.Millisecond))
}

// echoClient sends size random bytes over TLS and reads them back,
// writing and reading at once; then sends close_notify.
func echoClient(addr string, pool *x509.CertPool, size int) error {
	c, err := tls.DialWithDialer(&net.Dialer{Timeout: 60 * time.Second}, "tcp", addr,
		&tls.Config{RootCAs: pool, ServerName: "localhost"})
	if err != nil {
		return err
	}
	defer c.Close()
	_ = c.SetDeadline(time.Now().Add(3 * time.Minute))
	payload := make([]byte, size)
	if _, err := rand.Read(payload); err != nil {
		return err
	}
	werr := make(chan error, 1)
	go func() {
		for off := 0; off < size; off += 4096 {
			if _, err := c.Write(payload[off:min(off+4096, size)]); err != nil {
				werr <- err
				return
			}
		}
		werr <- nil
	}()
	got := make([]byte, size)
	if _, err := io.ReadFull(c, got); err != nil {
		return fmt.Errorf("reading the echo: %w", err)
	}
	if err := <-werr; err != nil {
		return err
	}
	for i := range got {
		if got[i] != payload[i] {
			return fmt.Errorf("byte %d differs", i)
		}
	}
	return c.CloseWrite()
}

// httpsServerScript: http.server's ThreadingHTTPServer with its socket
// wrapped by SSLContext.wrap_socket; GET /shutdown stops it.
const httpsServerScript = `import http.server, ssl, sys, threading
CERT, KEY = sys.argv[1], sys.argv[2]

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def reply(self, body, code=200):
        self.send_response(code)
        self.send_header('Content-Type', 'text/plain')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == '/shutdown':
            self.reply(b'bye')
            threading.Thread(target=self.server.shutdown).start()
            return
        self.reply(('GET %s ua=%s tls=%s' % (self.path, self.headers.get('User-Agent'),
                                             type(self.connection).__name__)).encode())

    def do_POST(self):
        if self.headers.get('Transfer-Encoding', '').lower() == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline().split(b';')[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b'\r\n', b'\n', b''):
                        pass
                    break
                data += self.rfile.read(size)
                self.rfile.readline()
            how = 'chunked'
        else:
            data = self.rfile.read(int(self.headers['Content-Length']))
            how = 'length'
        self.reply(('POST %s %s %d %s' % (self.path, how, len(data), data[:8])).encode(), 201)

srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(CERT, KEY)
srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
print('PORT', srv.server_address[1], flush=True)
srv.serve_forever(poll_interval=0.05)
srv.server_close()
print('STOPPED', flush=True)
`

// httpsClientScript is run by both clients: keep-alive GETs, a large
// and a chunked POST, an error page, on one verified connection.
const httpsClientScript = `import http.client, ssl, sys
port, ca = int(sys.argv[1]), sys.argv[2]
ctx = ssl.create_default_context(cafile=ca)
c = http.client.HTTPSConnection('localhost', port, context=ctx, timeout=30)
for i in range(3):
    c.request('GET', '/item/%d' % i, headers={'User-Agent': 'client'})
    r = c.getresponse()
    print(r.status, r.reason, r.version, r.getheader('Content-Type'), r.getheader('Content-Length'), r.read(), r.will_close)
c.request('POST', '/big', body=b'x' * 200000)
r = c.getresponse()
print(r.status, r.reason, r.read())
c.request('POST', '/chunks', body=iter([b'ab', b'cd', b'ef']))
r = c.getresponse()
print(r.status, r.read())
c.request('PUT', '/nope')
r = c.getresponse()
print(r.status, r.reason, r.getheader('Connection'), len(r.read()), r.will_close)
c.close()
print('DONE')
`

// TestThreadsHTTPSServer serves HTTPS from http.server in the binary and
// has the project's http.client and CPython's (3.6 when installed, else
// python3) talk to it at the same time; both print the same.
func TestThreadsHTTPSServer(t *testing.T) {
	certfile, keyfile, _ := serverPair(t)
	p := testPKI(t)
	srv := startProcess(t, 3*time.Minute, binary, threadsScript(t, "server.py", httpsServerScript), certfile, keyfile)
	port := strconv.Itoa(portLine(t, srv))
	client := threadsScript(t, "client.py", httpsClientScript)

	cpython := pytesting.CPython36()
	if cpython == "" {
		cpython = needPython3(t)
	}
	var wg sync.WaitGroup
	var ours, theirs result
	wg.Add(2)
	go func() {
		defer wg.Done()
		ours = runCmd(t, 2*time.Minute, binary, client, port, p.CA)
	}()
	go func() {
		defer wg.Done()
		theirs = runCmd(t, 2*time.Minute, cpython, client, port, p.CA)
	}()
	wg.Wait()
	require.Equal(t, 0, ours.Code, "gpython client stderr: %s", ours.Stderr)
	require.Equal(t, 0, theirs.Code, "CPython client stderr: %s", theirs.Stderr)
	assert.Equal(t, theirs.Stdout, ours.Stdout)
	assert.Contains(t, ours.Stdout, "200 OK 11 text/plain 35 b'GET /item/0 ua=client tls=SSLSocket' False\n")
	assert.Contains(t, ours.Stdout, "201 Created b\"POST /big length 200000 b'xxxxxxxx'\"\n")
	assert.Contains(t, ours.Stdout, "501 Unsupported method ('PUT') close 496 True\nDONE\n")

	// the server stops through its own shutdown()
	r := runCmd(t, time.Minute, binary, "-c", fmt.Sprintf(`import http.client, ssl
c = http.client.HTTPSConnection('127.0.0.1', %s, context=ssl._create_unverified_context(), timeout=20)
c.request('GET', '/shutdown')
print(c.getresponse().read())`, port))
	require.Equal(t, 0, r.Code, r.Stderr)
	assert.Equal(t, "b'bye'\n", r.Stdout)
	out := srv.Wait(t, time.Minute)
	assert.Equal(t, "STOPPED", out[len(out)-1])
}

// TestThreadsHTTPSServerLog checks the access log http.server writes to
// stderr, through the binary.
func TestThreadsHTTPSServerLog(t *testing.T) {
	src := `import http.server, http.client, threading, sys, time
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_error(404 if self.path == '/x' else 418)
srv = http.server.ThreadingHTTPServer(('127.0.0.1', 0), H)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
for path in ['/x', '/tea']:
    c = http.client.HTTPConnection(*srv.server_address, timeout=20)
    c.request('GET', path)
    r = c.getresponse()
    print(r.status, r.reason, len(r.read()))
    c.close()
srv.shutdown()
srv.server_close()
t.join(10)
# a daemon handler thread may still be closing its connection after the
# client read the response (CPython's ThreadingHTTPServer does not join them)
deadline = time.monotonic() + 10
while threading.active_count() > 1 and time.monotonic() < deadline:
    time.sleep(0.01)
print(t.is_alive(), threading.active_count())
`
	r := gpython(t, threadsScript(t, "log.py", src))
	require.Equal(t, 0, r.Code, r.Stderr)
	assert.Equal(t, "404 Not Found 447\n418 ??? 415\nFalse 1\n", r.Stdout)
	lines := strings.Split(strings.TrimSpace(r.Stderr), "\n")
	require.Len(t, lines, 4, r.Stderr)
	for i, want := range []string{`code 404, message Not Found`, `"GET /x HTTP/1.1" 404 -`, `code 418, message ???`, `"GET /tea HTTP/1.1" 418 -`} {
		assert.True(t, strings.HasPrefix(lines[i], "127.0.0.1 - - ["), lines[i])
		assert.Contains(t, lines[i], "] "+want, lines[i])
	}
}

// specServerThreads is the spec's "Server-side operation" example
// (ssl.rst; tests/scripts/spec_server.py) with the change the spec
// suggests: each client is served by a thread of its own.
const specServerThreads = `import sys
import socket, ssl, threading

context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(certfile=sys.argv[1], keyfile=sys.argv[2])

bindsocket = socket.socket()
bindsocket.bind(('127.0.0.1', 0))
bindsocket.listen(5)
print("PORT", bindsocket.getsockname()[1])
sys.stdout.flush()


def do_something(connstream, data):
    if len(data) == 0:
        return False
    connstream.sendall(data.upper())
    return True


def deal_with_client(connstream):
    data = connstream.recv(1024)
    # empty data means the client is finished with us
    while data:
        if not do_something(connstream, data):
            # we'll assume do_something returns False
            # when we're finished with client
            break
        data = connstream.recv(1024)
    # finished with client


def serve(newsocket):
    connstream = context.wrap_socket(newsocket, server_side=True)
    try:
        deal_with_client(connstream)
    finally:
        connstream.shutdown(socket.SHUT_RDWR)
        connstream.close()


while True:
    newsocket, fromaddr = bindsocket.accept()
    threading.Thread(target=serve, args=(newsocket,), daemon=True).start()
`

// TestThreadsSpecServer connects 20 clients before any of them sends a
// line: only a server with a thread per client answers them all.
func TestThreadsSpecServer(t *testing.T) {
	const clients = 20
	certfile, keyfile, pool := serverPair(t)
	srv := startProcess(t, 2*time.Minute, binary, threadsScript(t, "spec_threads.py", specServerThreads), certfile, keyfile)
	addr := "127.0.0.1:" + strconv.Itoa(portLine(t, srv))
	conns := make([]*tls.Conn, clients)
	for i := range conns {
		c, err := tls.DialWithDialer(&net.Dialer{Timeout: 30 * time.Second}, "tcp", addr,
			&tls.Config{RootCAs: pool, ServerName: "localhost"})
		require.NoError(t, err)
		_ = c.SetDeadline(time.Now().Add(time.Minute))
		conns[i] = c
		defer c.Close()
	}
	for round := 0; round < 3; round++ {
		for i := len(conns) - 1; i >= 0; i-- { // the last connected first
			_, err := fmt.Fprintf(conns[i], "client %d round %d\n", i, round)
			require.NoError(t, err)
		}
		for i, c := range conns {
			buf := make([]byte, 64)
			n, err := c.Read(buf)
			require.NoError(t, err)
			assert.Equal(t, fmt.Sprintf("CLIENT %d ROUND %d\n", i, round), string(buf[:n]))
		}
	}
	for _, c := range conns {
		require.NoError(t, c.CloseWrite())
		_, err := bufio.NewReader(c).ReadByte() // the server's shutdown ends it
		assert.Error(t, err)
	}
}

// threadsExitScript: an uncaught exception in a thread (printed as 3.6
// prints it), a non-daemon thread the interpreter waits for at exit, and
// a daemon thread it does not. stderr goes to stdout so that CPython 3.6's
// stdout (or the stored copy) is the whole oracle.
const threadsExitScript = `import sys, threading, time
sys.stderr = sys.stdout

def boom():
    raise ValueError('in thread')

class Failing(threading.Thread):
    def run(self):
        {}['missing']

def late():
    time.sleep(0.2)
    print('non-daemon thread finished', threading.current_thread().name)

t = threading.Thread(target=boom)
t.start()
t.join()
f = Failing(name='Failing-1')
f.start()
f.join()
threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
threading.Thread(target=late, name='late').start()
print('main done', threading.active_count())
`

// TestThreadsExit compares the binary with CPython 3.6 on threadsExitScript;
// the frames of threading.py itself (paths and line numbers are the
// implementation's) are normalized, and the process must end well before
// the daemon thread's minute.
func TestThreadsExit(t *testing.T) {
	want := pytesting.CPython36Output(t, "threads_exit", threadsExitScript)
	start := time.Now()
	r := gpython(t, threadsScript(t, "exit.py", threadsExitScript))
	require.Equal(t, 0, r.Code, r.Stderr)
	assert.Less(t, time.Since(start), 30*time.Second)
	assert.Equal(t, normalizeThreadFrames(want), normalizeThreadFrames(r.Stdout))
}

// normalizeThreadFrames rewrites the frames of the threading module as
// "  File threading, in NAME" and the script's own file name as SCRIPT,
// dropping source lines.
func normalizeThreadFrames(s string) string {
	var out []string
	skip := false
	for _, line := range strings.Split(s, "\n") {
		if skip && strings.HasPrefix(line, "    ") {
			skip = false
			continue
		}
		skip = false
		if strings.HasPrefix(line, "  File ") {
			file := strings.SplitN(line, ",", 2)[0]
			if strings.Contains(file, "threading") {
				out = append(out, "  File threading, in "+line[strings.LastIndex(line, " in ")+4:])
				skip = true
				continue
			}
			if rest := strings.SplitN(line, ",", 2); len(rest) == 2 {
				line = "  File SCRIPT," + rest[1]
			}
			skip = true // CPython reading the script from stdin shows no source
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// tlsEchoClientsScript: N client threads in one interpreter, started
// together behind a barrier, each sending SIZE random bytes and checking
// the echo.
const tlsEchoClientsScript = `import os, socket, ssl, sys, threading
PORT, CA, N, SIZE = int(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
ctx = ssl.create_default_context(cafile=CA)
barrier = threading.Barrier(N, timeout=120)
results = []
lock = threading.Lock()

def client(i):
    try:
        payload = os.urandom(SIZE)
        barrier.wait()
        with socket.create_connection(('127.0.0.1', PORT), timeout=120) as raw:
            with ctx.wrap_socket(raw, server_hostname='localhost') as s:
                s.sendall(payload)
                got = b''
                while len(got) < SIZE:
                    data = s.recv(SIZE - len(got))
                    if not data:
                        break
                    got += data
        ok = got == payload
    except Exception as e:
        ok = repr(e)
    with lock:
        results.append(ok)

threads = [threading.Thread(target=client, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join(180)
print('CLIENTS', len(results), 'INTACT', results.count(True), [r for r in results if r is not True][:3])
`

// TestThreadsTLSEchoPythonClients is TestThreadsTLSEcho100 with the 100
// clients as threads of a second gpython-ssl process.
func TestThreadsTLSEchoPythonClients(t *testing.T) {
	const clients, size = 100, 16 << 10
	certfile, keyfile, _ := serverPair(t)
	p := testPKI(t)
	srv := startProcess(t, 4*time.Minute, binary, threadsScript(t, "echo.py", tlsEchoServerScript), certfile, keyfile, strconv.Itoa(clients))
	port := strconv.Itoa(portLine(t, srv))
	start := time.Now()
	r := runCmd(t, 4*time.Minute, binary, threadsScript(t, "clients.py", tlsEchoClientsScript), port, p.CA, strconv.Itoa(clients), strconv.Itoa(size))
	require.Equal(t, 0, r.Code, r.Stderr)
	assert.Equal(t, fmt.Sprintf("CLIENTS %d INTACT %d []\n", clients, clients), r.Stdout)
	out := srv.Wait(t, 2*time.Minute)
	assert.Contains(t, out, fmt.Sprintf("SERVED %d %d ERRORS 0 []", clients, clients*size))
	t.Logf("%d client threads x %d KiB through a threaded TLS server: %v", clients, size>>10, time.Since(start).Round(time.Millisecond))
}
