package pylib_test

import (
	"encoding/hex"
	"fmt"
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

// makeWWW fills a temporary directory with files (name -> content) whose
// modification time is fixed, and points NET15_WWW at it.
func makeWWW(t *testing.T, files map[string]string) string {
	t.Helper()
	www := t.TempDir()
	mtime := time.Date(2020, 2, 29, 12, 34, 56, 0, time.UTC)
	for name, data := range files {
		p := filepath.Join(www, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(data), 0o644))
		require.NoError(t, os.Chtimes(p, mtime, mtime))
	}
	t.Setenv("NET15_WWW", www)
	return www
}

func TestHTTPServer(t *testing.T) {
	makeWWW(t, map[string]string{
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
	})
	pytesting.DiffCases(t, "http_server", httpServerPrelude, httpServerCases)
}

// The second http.server table: request lines at and past every limit
// (400 for bad versions, 505, 501, 414 at 65536 bytes, 431), malformed
// header blocks, Expect handling, what handlers may get wrong
// (non-latin-1 headers, end_headers() first), the error page for codes
// without a body, date and log formatting, and SimpleHTTPRequestHandler's
// corners: an unreadable directory (404), listings of symbolic links and
// of non-ASCII names, queries in listing titles, redirects, HTTP/0.9,
// NUL bytes and escaped slashes in paths. The prelude extends the first
// table's.
const httpServerMorePrelude = httpServerPrelude + `import time, tempfile
class Odd(H11):
    def do_GET(self):
        p = self.path
        if p == '/keepalive-10':
            self.protocol_version = 'HTTP/1.0'
            self.send_response(200)
            self.send_header('Connection', 'keep-alive')
            self.send_header('Content-Length', '2')
            self.end_headers()
            self.wfile.write(b'ka')
        elif p == '/latin':
            self.send_response(200)
            self.send_header('X-Name', 'caf\u00e9')
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif p == '/euro':
            self.send_response(200)
            self.send_header('X-Name', '\u20ac')
            self.end_headers()
        elif p == '/no-response':
            self.end_headers()
        elif p == '/unknown-code':
            self.send_response(299)
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif p == '/custom-reason':
            self.send_response(200, 'Fine <really>')
            self.send_header('Content-Length', '0')
            self.end_headers()
        elif p.startswith('/error/'):
            parts = p.split('/')
            code = int(parts[2])
            self.send_error(code, *[None if x == '-' else x for x in parts[3:]])
        elif p == '/only':
            self.send_response_only(200)
            self.send_header('Content-Length', '1')
            self.end_headers()
            self.wfile.write(b'o')
        else:
            H11.do_GET(self)
class NoExpect(H11):
    def handle_expect_100(self):
        self.send_error(417)
        return False
class Slow(H11):
    timeout = 0.2
class Handlers(H):
    def address_string(self):
        return 'ADDR'
    def version_string(self):
        return 'Custom/1'
    def date_time_string(self, timestamp=None):
        return 'DATE'
def etype(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
def listdir_fails(path):
    raise PermissionError(13, 'Permission denied', path)
def with_listdir(f, replacement):
    old = os.listdir
    os.listdir = replacement
    try:
        return f()
    finally:
        os.listdir = old
def unmasked(data, handler):
    s = socket.create_connection(serve(handler), timeout=20)
    try:
        s.sendall(data)
        out = b''
        while True:
            d = s.recv(65536)
            if not d:
                break
            out += d
        return out
    finally:
        s.close()
def dts(v):
    try:
        return http.server.BaseHTTPRequestHandler.date_time_string(None, v)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
class FakeServer:
    def __init__(self, address, handler):
        self.args = (address, handler.__name__, handler.protocol_version)
        self.socket = self
    def getsockname(self):
        return ('1.2.3.4', 99)
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('exit', self.args)
    def serve_forever(self):
        raise KeyboardInterrupt
def run_test_function():
    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        try:
            http.server.test(H, FakeServer, 'HTTP/1.1', 1234, 'here')
        except SystemExit as e:
            print('exit code', e.code)
    finally:
        sys.stdout = old
    return out.getvalue()
`

var httpServerMoreCases = []pytesting.Case{
	{"bad_version_lower", `logged(lambda: raw(b'GET / http/1.1\r\n\r\n'))`},
	{"bad_version_short", `raw(b'GET / HTTP/1\r\n\r\n')`},
	{"bad_version_nul", `logged(lambda: raw(b'GET / HTTP/1.1\x00\r\n\r\n'))`},
	{"bad_version_latin1", `raw(b'GET / HTTP/\xe9\r\n\r\n')`},
	{"bad_version_empty_number", `raw(b'GET / HTTP/\r\n\r\n')`},
	{"bad_version_slashes", `raw(b'GET / HTTP//1.1\r\n\r\n')`},
	{"version_plus_sign", `raw(b'GET /v HTTP/1.+1\r\n\r\n')`},
	{"version_leading_zero", `raw(b'GET /v HTTP/01.1\r\nConnection: close\r\n\r\n', H11)`},
	{"version_underscore", `raw(b'GET /v HTTP/1.1_0\r\nConnection: close\r\n\r\n', H11)`},
	{"version_negative", `raw(b'GET /v HTTP/1.-1\r\n\r\n', H11)`},
	{"version_1_10_keeps_alive", `raw(b'GET /a HTTP/1.10\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\n', H11)`},
	{"version_505_closes", `logged(lambda: raw(b'GET / HTTP/3.0\r\n\r\nGET /b HTTP/1.1\r\n\r\n', H11))`},
	{"version_505_big", `raw(b'GET / HTTP/12.34\r\n\r\n')`},
	{"unsupported_lowercase", `logged(lambda: raw(b'get / HTTP/1.0\r\n\r\n'))`},
	{"unsupported_latin1", `raw(b'G\xe9T / HTTP/1.0\r\n\r\n')`},
	{"unsupported_11_closes", `raw(b'PUT / HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n', H11)`},
	{"unsupported_head_error", `raw(b'OPTIONS * HTTP/1.0\r\n\r\n', Files)`},
	{"http09_head", `logged(lambda: raw(b'HEAD /x\r\n\r\n'))`},
	{"one_word", `logged(lambda: raw(b'GET\r\n\r\n'))`},
	{"four_words", `raw(b'GET / HTTP/1.0 x y\r\n\r\n')`},
	{"blank_words", `logged(lambda: raw(b'   \t \r\n', shut=True))`},
	{"spaces_kept_in_log", `logged(lambda: raw(b'  GET   /s  HTTP/1.0  \r\n\r\n'))`},
	{"lf_only", `raw(b'GET /lf HTTP/1.0\nX-A: 1\n\n')`},
	{"no_line_end", `raw(b'GET /eof HTTP/1.0', shut=True)`},
	{"uri_at_limit", `(lambda line: raw(b'HEAD /' + b'a' * (65536 - len(line)) + line[5:]))(b'HEAD / HTTP/1.0\r\n')`},
	{"uri_over_limit", `(lambda line: logged(lambda: raw(b'HEAD /' + b'a' * (65537 - len(line)) + line[5:])))(b'HEAD / HTTP/1.0\r\n')`},
	{"header_no_colon", `raw(b'GET /h HTTP/1.0\r\nfoo\r\nX-B: 2\r\n\r\n')`},
	{"header_empty_name", `raw(b'GET /h HTTP/1.0\r\n: x\r\n\r\n')`},
	{"header_leading_space", `raw(b'GET /h HTTP/1.0\r\n x: y\r\n\r\n')`},
	{"header_continuation", `raw(b'GET /h HTTP/1.0\r\nX-A: a\r\n  b\r\n\r\n')`},
	{"header_latin1_value", `raw(b'GET /h HTTP/1.0\r\nX-A: \xe9t\xe9\r\n\r\n')`},
	{"header_empty_value", `raw(b'GET /h HTTP/1.0\r\nX-A:\r\nX-B: \r\n\r\n')`},
	{"header_repeated", `raw(b'GET /h HTTP/1.0\r\nX-A: 1\r\nx-a: 2\r\n\r\n')`},
	{"headers_100_ok", `raw(b'GET /h HTTP/1.0\r\n' + b'X: y\r\n' * 100 + b'\r\n')[:4]`},
	{"connection_close_11", `raw(b'GET /a HTTP/1.1\r\nConnection: CLOSE\r\n\r\nGET /b HTTP/1.1\r\n\r\n', H11)`},
	{"connection_keepalive_on_10_server", `raw(b'GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /b HTTP/1.0\r\n\r\n', H)`},
	{"expect_refused", `logged(lambda: raw(b'POST /p HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok', NoExpect))`},
	{"expect_on_10_server", `raw(b'POST /p HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\nok', H)`},
	{"expect_other", `raw(b'POST /p HTTP/1.1\r\nExpect: something\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok', H11)`},
	{"handler_keepalive_header", `raw(b'GET /keepalive-10 HTTP/1.0\r\n\r\nGET /x HTTP/1.1\r\nConnection: close\r\n\r\n', Odd)`},
	{"handler_latin1_header", `unmasked(b'GET /latin HTTP/1.1\r\nConnection: close\r\n\r\n', Odd).split(b'\r\n')[3]`},
	{"handler_non_latin1_header", `logged(lambda: raw(b'GET /euro HTTP/1.1\r\n\r\n', Odd))`},
	{"handler_end_headers_first", `logged(lambda: raw(b'GET /no-response HTTP/1.1\r\n\r\n', Odd))`},
	{"handler_unknown_code", `raw(b'GET /unknown-code HTTP/1.1\r\nConnection: close\r\n\r\n', Odd)`},
	{"handler_custom_reason", `raw(b'GET /custom-reason HTTP/1.1\r\nConnection: close\r\n\r\n', Odd)`},
	{"handler_response_only", `raw(b'GET /only HTTP/1.1\r\nConnection: close\r\n\r\n', Odd)`},
	{"handler_http09_response_only", `raw(b'GET /only\r\n\r\n', Odd)`},
	{"error_100", `raw(b'GET /error/100 HTTP/1.1\r\n\r\n', Odd)`},
	{"error_205", `raw(b'GET /error/205 HTTP/1.1\r\n\r\n', Odd)`},
	{"error_304", `raw(b'GET /error/304 HTTP/1.1\r\n\r\n', Odd)`},
	{"error_explain_only", `raw(b'GET /error/500/-/why%20not HTTP/1.1\r\n\r\n', Odd)`},
	{"error_unknown_with_message", `raw(b'GET /error/299/odd HTTP/1.1\r\n\r\n', Odd)`},
	{"error_head_11", `raw(b'HEAD /err HTTP/1.1\r\n\r\n', H11)`},
	{"timeout", `logged(lambda: (lambda s: (s.sendall(b'GET /slow HT'), s.recv(100), s.close())[1])(socket.create_connection(serve(Slow), timeout=20)))`},
	{"overridden_helpers", `logged(lambda: raw(b'GET /err HTTP/1.0\r\n\r\n', Handlers)[:4])`},
	{"date_time_string", `[dts(v) for v in (0, 0.999999, -1.5, True, 951827696, 253402300799, 253402300800, 1e20, -1e20, float('nan'), float('inf'), 'x', None is None)]`},
	{"log_message_percent", `(lambda h, buf: (setattr(sys, 'stderr', buf), h.log_message('%d%% done %s', 50, ('t',)), h.log_error('plain'), etype(lambda: h.log_message('%d', 'x')), h.log_request(), h.log_request(418, 0), setattr(sys, 'stderr', sys.__stderr__), [l.split('] ', 1)[1] for l in buf.getvalue().splitlines()]))(type('X', (http.server.BaseHTTPRequestHandler,), {'__init__': lambda self: (setattr(self, 'client_address', ('10.0.0.1', 5)), setattr(self, 'requestline', 'R'))[0]})(), io.StringIO())`},
	{"responses_table", `(lambda r: (sorted(int(k) for k in r)[:5], r[200], r[http.server.HTTPStatus.IM_USED], 418 in r, type(list(r)[0]).__name__))(http.server.BaseHTTPRequestHandler.responses)`},
	{"weekday_month_names", `(http.server.BaseHTTPRequestHandler.weekdayname, http.server.BaseHTTPRequestHandler.monthname)`},
	{"parse_request_direct", `(lambda h: (setattr(h, 'raw_requestline', b'BAD\r\n'), h.parse_request(), h.command, h.request_version, h.close_connection, h.requestline, hasattr(h, 'path'), h.wfile.getvalue()[:15]))((lambda h: (setattr(h, 'rfile', io.BytesIO()), setattr(h, 'wfile', io.BytesIO()), setattr(h, 'client_address', ('c', 1)), h)[3])(Quiet.__new__(type('P', (Quiet, http.server.BaseHTTPRequestHandler), {}))))`},
	{"parse_request_ok", `(lambda h: (setattr(h, 'raw_requestline', b'GET /x HTTP/1.1\r\n'), h.parse_request(), h.command, h.path, h.request_version, h.close_connection, sorted(h.headers.items())))((lambda h: (setattr(h, 'rfile', io.BytesIO(b'Host: z\r\n\r\n')), setattr(h, 'wfile', io.BytesIO()), setattr(h, 'client_address', ('c', 1)), setattr(h, 'protocol_version', 'HTTP/1.1'), h)[4])(Quiet.__new__(type('P', (Quiet, http.server.BaseHTTPRequestHandler), {}))))`},
	{"test_function", `run_test_function()`},
	{"http_server_names", `(lambda s: (s.server_name, s.server_port == s.server_address[1], s.server_close()))(http.server.HTTPServer(('localhost', 0), H))`},
	{"files_listing_unreadable", `logged(lambda: with_listdir(lambda: get('/sub/'), listdir_fails))`},
	{"files_listing_query", `get('/sub/?q=<b>&x=%41')`},
	{"files_listing_links", `get('/links/')`},
	{"files_listing_unicode", `get('/uni/')`},
	{"files_unicode_file", `get('/uni/%C3%A9t%C3%A9%20%E2%82%AC.txt')`},
	{"files_bad_utf8", `get('/uni/%ff.txt')[:2]`},
	{"files_listing_head", `get('/sub/', method='HEAD')`},
	{"files_link_to_file", `get('/links/tofile')`},
	{"files_link_to_dir", `get('/links/todir')`},
	{"files_trailing_slash_on_file", `get('/hello.txt/')[:2]`},
	{"files_dir_named_index", `get('/trap/')[:2]`},
	{"files_redirect_fragment", `raw(b'GET /sub?x=1#frag HTTP/1.0\r\n\r\n', Files)`},
	{"files_redirect_head", `raw(b'HEAD /site HTTP/1.0\r\n\r\n', Files)`},
	{"files_absolute_uri", `get('http://example/hello.txt')[:2]`},
	{"files_escaped_slash", `get('/sub%2Fb.txt')`},
	{"files_double_slash", `get('//hello.txt')[3]`},
	{"files_backslash", `get('/sub\\b.txt')[:2]`},
	{"files_nul", `logged(lambda: raw(b'GET /a%00b HTTP/1.0\r\n\r\n', Files))`},
	{"files_http09", `raw(b'GET /hello.txt\r\n\r\n', Files)`},
	{"files_http09_listing_len", `len(raw(b'GET /sub/\r\n\r\n', Files)[0])`},
	{"files_empty", `get('/empty.txt')`},
	{"guess_type_more", `(lambda h: [h.guess_type(p) for p in ['x.tar.gz', 'x.JS', 'x.Mp3', 'x.H', 'x.C', 'dir.d/noext', 'x.', '.hidden', 'x.PY', 'x.svgz']])(Files.__new__(Files))`},
	{"extensions_map", `(lambda m: (type(m).__name__, m[''], m['.py'], m['.c'], m['.h'], m.get('.html')))(http.server.SimpleHTTPRequestHandler.extensions_map)`},
	{"translate_more", `(lambda h: [h[len(os.getcwd()):] for h in [http.server.SimpleHTTPRequestHandler.translate_path(None, p) for p in ['', '/', '?x', '/a/b/../..', '/a/./b/', '/a%2F..%2F..%2Fb', '/a b ', '/%7Euser', '/a#/b?c', '/a?/b#c', '/..', '/a/. ']]])(None)`},
	{"stop_more", `stop_all()`},
}

func TestHTTPServerMore(t *testing.T) {
	www := makeWWW(t, map[string]string{
		"hello.txt":          "hello, world\n",
		"empty.txt":          "",
		"sub/b.txt":          "b",
		"sub/A.txt":          "A",
		"sub/inner/x":        "x",
		"site/index.html":    "<h1>index</h1>",
		"uni/été €.txt":      "unicode",
		"uni/ascii.txt":      "ascii",
		"trap/index.html/in": "a directory named index.html",
		"links/plain.txt":    "plain",
	})
	require.NoError(t, os.Symlink("../hello.txt", filepath.Join(www, "links", "tofile")))
	require.NoError(t, os.Symlink("../sub", filepath.Join(www, "links", "todir")))
	pytesting.DiffCases(t, "http_server_more", httpServerMorePrelude, httpServerMoreCases)
}

// requestFuzzScript serves the request bytes hex-encoded in its first
// line with a BaseHTTPRequestHandler (HTTP/1.1, so that it reads request
// after request) over in-memory files, as a server reads them from a
// socket. Whatever the bytes, the handler answers or refuses them itself:
// handle() returns, and every response it wrote starts with a status
// line or is an HTTP/0.9 body.
const requestFuzzScript = `import http.server, io
data = bytes.fromhex(%q)
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *args):
        pass
    def do_GET(self):
        body = repr((self.command, self.path, self.request_version, self.headers.items())).encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    do_POST = do_HEAD = do_GET
h = H.__new__(H)
h.rfile, h.wfile, h.client_address = io.BytesIO(data), io.BytesIO(), ('fuzz', 1)
h.handle()
out = h.wfile.getvalue()
print('ok' if not out or out.startswith((b'HTTP/1.1 ', b'<!DOCTYPE', b"('GET'")) else out[:40])
`

func FuzzHTTPRequest(f *testing.F) {
	for _, s := range []string{
		"GET / HTTP/1.0\r\n\r\n",
		"GET /\r\n",
		"POST / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx",
		"GET / HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nConnection: close\r\n\r\n",
		"G\xe9T / HTTP/1.\xff\r\n\r\n",
		"GET / HTTP/1.1\r\nfoo\r\n: x\r\n y\r\n\r\n",
		"GET / HTTP/2.0\r\n\r\n",
		"\r\n\r\n\x00",
		"GET / HTTP/1.1\r\n" + "X: y\r\n" + "X-Long: " + string(make([]byte, 70000)) + "\r\n\r\n",
	} {
		f.Add([]byte(s))
	}
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := shared.Run(t, fmt.Sprintf(requestFuzzScript, hex.EncodeToString(data)))
		require.NoError(t, err, "input %q", data)
		require.Equal(t, "ok\n", out, "input %q", data)
	})
}
