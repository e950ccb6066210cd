package pylib_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// The http.server test: the script serves BaseHTTPRequestHandler and
// SimpleHTTPRequestHandler subclasses from threads (a ThreadingMixIn
// server, as CPython 3.6 has no ThreadingHTTPServer) and the cases send
// requests, well-formed or not, over raw sockets and http.client. Dates
// and the log's clock are masked; the served directory is made by the
// test with fixed modification times.

const httpServerPrelude = pytesting.ShowRepr + `import http.server, http.client, socketserver, threading, socket, sys, io, os
LOG = []
class Quiet:
    def log_message(self, fmt, *args):
        LOG.append(fmt % args)
class H(Quiet, http.server.BaseHTTPRequestHandler):
    def reply(self, body, code=200):
        self.send_response(code)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)
    def do_GET(self):
        if self.path == '/err':
            self.send_error(404)
        elif self.path == '/err-msg':
            self.send_error(403, 'No <way>', 'Because & so')
        elif self.path == '/err-204':
            self.send_error(204)
        elif self.path == '/err-unknown':
            self.send_error(599)
        elif self.path == '/raise':
            raise ValueError('handler failed')
        else:
            self.reply(('%s %s %s %s\n' % (self.command, self.path, self.request_version, sorted(self.headers.items()))).encode())
    do_HEAD = do_GET
    def do_POST(self):
        n = int(self.headers.get('Content-Length', 0))
        self.reply(b'posted ' + self.rfile.read(n), 201)
class H11(H):
    protocol_version = 'HTTP/1.1'
ROOT = os.getenv('NET15_WWW')
class Files(Quiet, http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path):
        p = super().translate_path(path)
        return ROOT + p[len(os.getcwd()):]
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    def handle_error(self, request, client_address):
        LOG.append('handle_error %s' % (sys.exc_info()[0].__name__,))
SERVERS = {}
def serve(handler):
    if handler not in SERVERS:
        srv = Server(('127.0.0.1', 0), handler)
        t = threading.Thread(target=srv.serve_forever, kwargs={'poll_interval': 0.05})
        t.start()
        SERVERS[handler] = (srv, t)
    return SERVERS[handler][0].server_address
def stop_all():
    out = []
    for srv, t in SERVERS.values():
        srv.shutdown()
        srv.server_close()
        t.join(10)
        out.append(t.is_alive())
    return out
def masked(data):
    lines = data.split(b'\r\n')
    return [b'Date: -' if l.startswith(b'Date: ') else l for l in lines]
def raw(data, handler=H, shut=False):
    s = socket.create_connection(serve(handler), timeout=20)
    try:
        s.sendall(data)
        if shut:
            s.shutdown(socket.SHUT_WR)
        out = b''
        while True:
            d = s.recv(65536)
            if not d:
                break
            out += d
        return masked(out)
    finally:
        s.close()
def logged(f):
    del LOG[:]
    r = f()
    return (r, list(LOG))
def get(path, handler=Files, method='GET'):
    c = http.client.HTTPConnection(*serve(handler), timeout=20)
    try:
        c.request(method, path)
        r = c.getresponse()
        hs = [(k, v) for k, v in r.getheaders() if k not in ('Date', 'Server')]
        return (r.status, r.reason, hs, r.read())
    finally:
        c.close()
`

var httpServerCases = []pytesting.Case{
	{"get_10", `logged(lambda: raw(b'GET /x?y=1 HTTP/1.0\r\nX-A: 1\r\n\r\n'))`},
	{"head_10", `raw(b'HEAD /h HTTP/1.0\r\n\r\n')`},
	{"post_10", `raw(b'POST /p HTTP/1.0\r\nContent-Length: 3\r\n\r\nabc')`},
	{"http09", `raw(b'GET /old\r\n\r\n')`},
	{"http09_post", `logged(lambda: raw(b'POST /old\r\n\r\n'))`},
	{"send_error_404", `logged(lambda: raw(b'GET /err HTTP/1.0\r\n\r\n'))`},
	{"send_error_escaped", `logged(lambda: raw(b'GET /err-msg HTTP/1.0\r\n\r\n'))`},
	{"send_error_204", `raw(b'GET /err-204 HTTP/1.0\r\n\r\n')`},
	{"send_error_unknown", `raw(b'GET /err-unknown HTTP/1.0\r\n\r\n')`},
	{"send_error_head", `raw(b'HEAD /err HTTP/1.0\r\n\r\n')`},
	{"unsupported_method", `logged(lambda: raw(b'BREW /pot HTTP/1.0\r\n\r\n'))`},
	{"bad_syntax", `logged(lambda: raw(b'GET / HTTP/1.0 extra\r\n\r\n'))`},
	{"bad_version", `logged(lambda: raw(b'GET / HTTX/1.0\r\n\r\n'))`},
	{"bad_version_number", `raw(b'GET / HTTP/1.x\r\n\r\n')`},
	{"bad_version_parts", `raw(b'GET / HTTP/1.0.1\r\n\r\n')`},
	{"version_2", `logged(lambda: raw(b'GET / HTTP/2.0\r\n\r\n'))`},
	{"empty_request", `raw(b'\r\n', shut=True)`},
	{"no_request", `raw(b'', shut=True)`},
	{"uri_too_long", `logged(lambda: raw(b'GET /' + b'a' * 70000 + b' HTTP/1.0\r\n\r\n'))`},
	{"header_too_long", `logged(lambda: raw(b'GET / HTTP/1.0\r\nX: ' + b'b' * 70000 + b'\r\n\r\n'))`},
	{"too_many_headers", `logged(lambda: raw(b'GET / HTTP/1.0\r\n' + b'X: y\r\n' * 101 + b'\r\n'))`},
	{"handler_raises", `logged(lambda: raw(b'GET /raise HTTP/1.0\r\n\r\n'))`},
	{"keepalive_11", `raw(b'GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\n', H11)`},
	{"keepalive_10_header", `raw(b'GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /b HTTP/1.0\r\n\r\n', H11)`},
	{"protocol_10_closes", `raw(b'GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n', H)`},
	{"expect_100", `raw(b'POST /p HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok', H11)`},
	{"expect_100_10", `raw(b'POST /p HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok', H11)`},
	{"client_keepalive", `(lambda c: [(c.request('GET', '/k%d' % i, headers={'Host': 'h'}), (lambda r: (r.status, r.read(), r.will_close))(c.getresponse()))[1] for i in range(3)])(http.client.HTTPConnection(*serve(H11), timeout=20))`},
	{"log_format", `(lambda h: (h.address_string(), h.version_string(), len(h.log_date_time_string()), h.log_date_time_string()[2::3], h.date_time_string(0), h.date_time_string(1e9), h.date_time_string(1700000000.5)))(type('X', (http.server.BaseHTTPRequestHandler,), {'__init__': lambda self: setattr(self, 'client_address', ('10.0.0.1', 5))})())`},
	{"log_message_default", `(lambda h, buf: (setattr(sys, 'stderr', buf), h.log_request(200), h.log_request(http.server.HTTPStatus.NOT_FOUND, 12), h.log_error('oops %s', 'x'), setattr(sys, 'stderr', sys.__stderr__), [(l[:14], len(l.split('] ', 1)[0]), l.split('] ', 1)[1]) for l in buf.getvalue().splitlines()]))(type('X', (http.server.BaseHTTPRequestHandler,), {'__init__': lambda self: (setattr(self, 'client_address', ('10.0.0.1', 5)), setattr(self, 'requestline', 'GET / HTTP/1.0'))[0]})(), io.StringIO())`},
	{"class_attrs", `(http.server.BaseHTTPRequestHandler.server_version, http.server.SimpleHTTPRequestHandler.server_version, http.server.BaseHTTPRequestHandler.sys_version, http.server.BaseHTTPRequestHandler.protocol_version, http.server.BaseHTTPRequestHandler.default_request_version, http.server.DEFAULT_ERROR_CONTENT_TYPE, http.server.BaseHTTPRequestHandler.responses[404], len(http.server.BaseHTTPRequestHandler.responses), http.server.BaseHTTPRequestHandler.MessageClass.__name__, http.server.__version__)`},
	{"error_message_format", `http.server.DEFAULT_ERROR_MESSAGE`},
	{"server_attrs", `(lambda s: (s.server_port == s.server_address[1], s.server_name, s.allow_reuse_address, s.socket.type == socket.SOCK_STREAM))(SERVERS[H][0] if H in SERVERS else None)`},
	{"files_get", `get('/hello.txt')`},
	{"files_head", `get('/hello.txt', method='HEAD')`},
	{"files_py", `get('/code.py')`},
	{"files_unknown_ext", `get('/data.unknownext')`},
	{"files_upper_ext", `get('/PAGE.HTML')`},
	{"files_json", `get('/d.json')`},
	{"files_missing", `get('/missing.txt')`},
	{"files_dir_redirect", `get('/sub?q=1')`},
	{"files_dir_listing", `get('/sub/')`},
	{"files_root_listing", `get('/')`},
	{"files_index", `get('/site/')`},
	{"files_quoted", `get('/sub/with%20space.txt')`},
	{"files_dotdot", `get('/../sub/../hello.txt')`},
	{"files_query", `get('/hello.txt?x=1#frag')`},
	{"files_post", `get('/hello.txt', method='POST')`},
	{"guess_type", `(lambda h: [h.guess_type(p) for p in ['a.txt', 'a.html', 'a.HTML', 'a.py', 'a.c', 'a.png', 'a.css', 'a', 'a.json', 'a.Z9']])(Files.__new__(Files))`},
	{"translate_path", `(lambda h: [h[len(os.getcwd()):] for h in [http.server.SimpleHTTPRequestHandler.translate_path(None, p) for p in ['/a/b', '/a/../../b/', '/%2e%2e/x', '/a?q', '/./c/.', '//d//e']]])(None)`},
	{"stop", `stop_all()`},
}

func TestHTTPServer(t *testing.T) {
	www := t.TempDir()
	mtime := time.Date(2020, 2, 29, 12, 34, 56, 0, time.UTC)
	files := map[string]string{
		"hello.txt":            "hello, world\n",
		"code.py":              "print(1)\n",
		"data.unknownext":      "\x00\x01",
		"PAGE.HTML":            "<p>upper</p>",
		"d.json":               "{}",
		"sub/with space.txt":   "spaced",
		"sub/b.txt":            "b",
		"sub/A.txt":            "A",
		"sub/inner/x":          "x",
		"sub/<esc>&.txt":       "escaped",
		"site/index.html":      "<h1>index</h1>",
		"site/other.html":      "other",
		"site/index.htm.extra": "not the index",
	}
	for name, data := range files {
		p := filepath.Join(www, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
		require.NoError(t, os.Chtimes(p, mtime, mtime))
	}
	t.Setenv("NET15_WWW", www)
	pytesting.DiffCases(t, "http_server", httpServerPrelude, httpServerCases)
}
