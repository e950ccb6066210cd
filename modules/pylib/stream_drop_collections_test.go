package pylib_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// TestHTTPExchangeDropsCollectNot checks that a client dropping the
// http.client responses it read to the end, and http.server dropping its
// handlers' write files, run no garbage collections: both are io streams
// with a finalizer (IOBase's __del__ calls close()) that has nothing left
// to do, declared so (_io._finalizer_inert). Each drop cost a collection
// of the whole heap before, which made a small HTTPS log-summary script
// spend three quarters of its CPU time collecting.
func TestHTTPExchangeDropsCollectNot(t *testing.T) {
	const requests = 25
	src := `import http.server, http.client, threading
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = self.path.encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
srv = http.server.HTTPServer(('127.0.0.1', 0), H)
t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
t.start()
got = []
def fetch(path):
    c = http.client.HTTPConnection('127.0.0.1', srv.server_address[1], timeout=10)
    c.request('GET', path)
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, body
try:
    for i in range(N):
        got.append(fetch('/%d' % i))
finally:
    srv.shutdown()
    srv.server_close()
    t.join(10)
print(len(got), got[0], got[-1])
`
	before := vm.CollectionsRun()
	out, err := pytesting.Run(t, "N = "+strconv.Itoa(requests)+"\n"+src)
	ran := vm.CollectionsRun() - before
	require.NoError(t, err, out)
	assert.Equal(t, "25 (200, b'/0') (200, b'/24')\n", out)
	// the imports and the server's start may drop a few objects that
	// collect; the exchanges themselves none
	assert.LessOrEqual(t, ran, uint64(4), "collections in a script making %d exchanges", requests)
}

// TestClosedStreamDropsCollectNot checks that closed io streams (a zip
// member read through a with statement, a script's own stream class
// closed by close()) are dropped without a collection, while a stream
// dropped open is still closed at its drop, as CPython's IOBase
// finalizer does.
func TestClosedStreamDropsCollectNot(t *testing.T) {
	src := `import io, zipfile
log = []
class Stream(io.RawIOBase):
    def readable(self):
        return True
    def close(self):
        if not self.closed:
            log.append('close')
        super().close()
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    for i in range(5):
        z.writestr('m%d.txt' % i, b'member %d' % i)
def read_all(z):
    out = []
    for name in z.namelist():
        with z.open(name) as f:
            out.append(f.read())
    return out
def closed_streams(n):
    for i in range(n):
        s = Stream()
        s.close()
        s = None
z = zipfile.ZipFile(buf)
for _ in range(20):
    got = read_all(z)
closed_streams(50)
print(got[0], got[-1], len(log))
def dropped_open():
    s = Stream()
    s = None
    return len(log)
print(dropped_open())
`
	before := vm.CollectionsRun()
	out, err := pytesting.Run(t, src)
	ran := vm.CollectionsRun() - before
	require.NoError(t, err, out)
	assert.Equal(t, "b'member 0' b'member 4' 50\n51\n", out)
	// 100 zip members and 50 streams dropped closed collect nothing (54
	// collections before); the zip files' own drops and the open stream
	// dropped last do
	assert.LessOrEqual(t, ran, uint64(10), "collections")
}
