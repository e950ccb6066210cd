package tests

import (
	"crypto/tls"
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
)

// collectServer is a crypto/tls server that takes n connections one
// after the other and keeps what each sent until it closed.
func collectServer(t *testing.T, n int, certfile string) (port int, received func() [][]byte) {
	t.Helper()
	cert, err := tls.LoadX509KeyPair(certfile, certfile)
	require.NoError(t, err)
	// No session tickets: the client never reads, and unread data in its
	// socket at close would reset the connection before the peer read all.
	conf := &tls.Config{Certificates: []tls.Certificate{cert}, SessionTicketsDisabled: true}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var mu sync.Mutex
	var got [][]byte
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer l.Close()
		for i := 0; i < n; i++ {
			_ = l.(*net.TCPListener).SetDeadline(time.Now().Add(60 * time.Second))
			c, err := l.Accept()
			if err != nil {
				return
			}
			_ = c.SetDeadline(time.Now().Add(30 * time.Second))
			data, _ := io.ReadAll(tls.Server(c, conf)) // EOF with or without close_notify
			c.Close()
			mu.Lock()
			got = append(got, data)
			mu.Unlock()
		}
	}()
	t.Cleanup(func() { l.Close() })
	return l.Addr().(*net.TCPAddr).Port, func() [][]byte {
		select {
		case <-done:
		case <-time.After(60 * time.Second):
			t.Fatal("collect server: timed out")
		}
		mu.Lock()
		defer mu.Unlock()
		return got
	}
}

// sendfileScript sends DATAFILE's bytes with SSLSocket.sendfile, one
// connection per case, and prints each return value and the file's
// position after it; then the argument errors. argv: PORT CAFILE
// DATAFILE EMPTYFILE KTLS(0/1).
const sendfileScript = `import socket, ssl, sys
port, cafile, datafile, emptyfile, ktls = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] == '1'
ctx = ssl.create_default_context(cafile=cafile)
if ktls:
    ctx.options |= getattr(ssl, 'OP_ENABLE_KTLS', 0)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers('ECDHE-RSA-AES128-GCM-SHA256')

def connect():
    sock = socket.create_connection(('127.0.0.1', int(port)))
    return ctx.wrap_socket(sock, server_hostname='localhost')

def case(label, path, pre_seek, *args, **kwargs):
    with open(path, 'rb') as f:
        if pre_seek:
            f.seek(pre_seek)
        with connect() as conn:
            n = conn.sendfile(f, *args, **kwargs)
            print(label, n, f.tell())

case('whole', datafile, 0)
case('offset', datafile, 0, 1000)
case('offset count', datafile, 0, 1000, 5000)
case('keywords', datafile, 0, offset=7, count=70000)
case('position kept', datafile, 50, 0, 10)
case('count past end', datafile, 0, 99990, 1000)
case('empty file', emptyfile, 0)
case('offset past end', datafile, 0, 200000)

with connect() as conn:
    with open(datafile, 'rb') as f:
        for args in [(f, 0, 0), (f, 0, -1), (f, 0, 'x'), (f, 0, 1.5), (f, 'x')]:
            try:
                print('args', conn.sendfile(*args))
            except (TypeError, ValueError) as e:
                print('args', type(e).__name__, e)
    with open(datafile, 'r') as t:
        try:
            conn.sendfile(t)
        except ValueError as e:
            print('text file', e)
    conn.settimeout(0)
    with open(datafile, 'rb') as f:
        try:
            conn.sendfile(f)
        except ValueError as e:
            print('non-blocking', e)
`

// sendfileCases is what each connection of sendfileScript must deliver,
// as slices of the data file.
var sendfileCases = []struct{ from, to int }{
	{0, 100000}, {1000, 100000}, {1000, 6000}, {7, 70007}, {50, 60}, {99990, 100000}, {0, 0}, {0, 0}, {0, 0},
}

const sendfileWant = `whole 100000 100000
offset 99000 100000
offset count 5000 6000
keywords 70000 70007
position kept 10 10
count past end 10 100000
empty file 0 0
offset past end 0 200000
args ValueError count must be a positive integer (got 0)
args ValueError count must be a positive integer (got -1)
args TypeError count must be a positive integer (got 'x')
args TypeError count must be a positive integer (got 1.5)
args TypeError 'str' object cannot be interpreted as an integer
text file file should be opened in binary mode
non-blocking non-blocking sockets are not supported
`

func sendfileData(t *testing.T) (data []byte, datafile, emptyfile, scriptPath string) {
	dir := t.TempDir()
	data = make([]byte, 100000)
	for i := range data {
		data[i] = byte(i*7 + i/251)
	}
	datafile = filepath.Join(dir, "data.bin")
	require.NoError(t, os.WriteFile(datafile, data, 0o644))
	emptyfile = filepath.Join(dir, "empty.bin")
	require.NoError(t, os.WriteFile(emptyfile, nil, 0o644))
	scriptPath = filepath.Join(dir, "sendfile.py")
	writeFile(t, scriptPath, sendfileScript)
	return
}

func checkSendfile(t *testing.T, interp string, ktls bool) string {
	p := testPKI(t)
	data, datafile, emptyfile, path := sendfileData(t)
	port, received := collectServer(t, len(sendfileCases), p.RSA)
	flag := "0"
	if ktls {
		flag = "1"
	}
	r := runCmd(t, 120*time.Second, interp, path, strconv.Itoa(port), p.CA, datafile, emptyfile, flag)
	require.Equal(t, 0, r.Code, r.Stderr)
	got := received()
	require.Len(t, got, len(sendfileCases))
	cases := append(sendfileCases[:0:0], sendfileCases...)
	if ktls {
		// os.sendfile's semantics (CPython's _sendfile_use_sendfile): the
		// file's own position is not where sending starts.
		cases[4] = struct{ from, to int }{0, 10}
	}
	for i, c := range cases {
		assert.Equal(t, len(data[c.from:c.to]), len(got[i]), "case %d: bytes received", i)
		assert.True(t, string(data[c.from:c.to]) == string(got[i]), "case %d: bytes differ", i)
	}
	return r.Stdout
}

// TestSendfilePlainPath: SSLSocket.sendfile without kernel TLS (the
// read-and-send path) delivers the file's bytes intact to a crypto/tls
// peer, returns the count and leaves the file's position where CPython's
// socket.sendfile leaves it (offset + sent, the current position used
// when offset is 0), with CPython's argument errors. CPython 3.11 runs
// the same script against the same kind of peer and prints the same.
func TestSendfilePlainPath(t *testing.T) {
	got := checkSendfile(t, binary, false)
	assert.Equal(t, sendfileWant, got)
	if py3 := python3Path(); py3 != "" {
		want := checkSendfile(t, py3, false)
		assert.Equal(t, want, got, "gpython-ssl and CPython 3.11 disagree")
	} else {
		t.Log("python3 not found: CPython comparison skipped")
	}
}

// ktlsUnavailable says why this machine cannot give a connection kernel
// TLS, or "" when it may.
func ktlsUnavailable() string {
	b, err := os.ReadFile("/proc/sys/net/ipv4/tcp_available_ulp")
	if err != nil {
		return "cannot read /proc/sys/net/ipv4/tcp_available_ulp: " + err.Error()
	}
	for _, ulp := range strings.Fields(string(b)) {
		if ulp == "tls" {
			return ""
		}
	}
	if m, err := os.ReadFile("/proc/modules"); err == nil && strings.Contains(string(m), "\ntls ") {
		return ""
	}
	return "the kernel offers no tls ULP (tcp_available_ulp: " + strings.TrimSpace(string(b)) + "; the tls module is not loaded)"
}

// TestSendfileKernelTLS: with OP_ENABLE_KTLS and an AES-GCM TLS 1.2
// connection the kernel takes over sending and sendfile goes through
// SSL_sendfile; the bytes, return values and file positions are those of
// the plain path. Skipped where the kernel has no TLS support.
func TestSendfileKernelTLS(t *testing.T) {
	if why := ktlsUnavailable(); why != "" {
		t.Skip("kernel TLS unavailable: " + why)
	}
	// As with os.sendfile in CPython: sending starts at offset, not at
	// the file's position, and a file sent nothing is not sought.
	want := strings.Replace(sendfileWant, "offset past end 0 200000", "offset past end 0 0", 1)
	assert.Equal(t, want, checkSendfile(t, binary, true))
}
