package pylib_test

import (
	"bufio"
	"bytes"
	"context"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// The http tests: http.HTTPStatus by table, and http.client against two
// real servers on 127.0.0.1, CPython's http.server (a small script run by
// CPython, 3.6 when installed) and a Go server answering each path with
// canned bytes, well-formed or not. The same client script runs under
// CPython 3.6 (or its stored output) and gpython-ssl; the ports reach it
// through the environment, so that the script's text stays the same.

const httpStatusPrelude = pytesting.ShowRepr + `import http
from http import HTTPStatus
`

var httpStatusCases = []pytesting.Case{
	{"repr", `repr(HTTPStatus.OK)`},
	{"str", `str(HTTPStatus.NOT_FOUND)`},
	{"attrs", `(HTTPStatus.OK.name, HTTPStatus.OK.value, HTTPStatus.OK.phrase, HTTPStatus.OK.description)`},
	{"by_value", `HTTPStatus(404)`},
	{"by_member", `HTTPStatus(HTTPStatus.FOUND)`},
	{"by_name", `HTTPStatus['IM_A_TEAPOT'] if hasattr(HTTPStatus, 'IM_A_TEAPOT') else HTTPStatus['GONE']`},
	{"bad_value", `HTTPStatus(999)`},
	{"bad_value_str", `HTTPStatus('200')`},
	{"bad_name", `HTTPStatus['NOPE']`},
	{"len", `len(HTTPStatus)`},
	{"all", `[(s.value, s.name, s.phrase, s.description) for s in HTTPStatus]`},
	{"int_ops", `(HTTPStatus.OK == 200, HTTPStatus.OK + 1, HTTPStatus.OK < 300, int(HTTPStatus.CREATED), hash(HTTPStatus.OK) == hash(200))`},
	{"isinstance", `(isinstance(HTTPStatus.OK, int), isinstance(HTTPStatus.OK, HTTPStatus), type(HTTPStatus.OK) is HTTPStatus)`},
	{"format", `('%d|%s|%r' % (HTTPStatus.OK, HTTPStatus.OK, HTTPStatus.OK), '{}|{:5d}|{!s}'.format(HTTPStatus.OK, HTTPStatus.OK, HTTPStatus.OK), format(HTTPStatus.OK))`},
	{"dict_key", `{200: 'x'}[HTTPStatus.OK]`},
	{"members", `(len(HTTPStatus.__members__), HTTPStatus.__members__['OK'])`},
	{"class_repr", `repr(HTTPStatus)`},
	{"sorted", `sorted([HTTPStatus.NOT_FOUND, HTTPStatus.OK, HTTPStatus.CONTINUE])`},
	{"module_all", `http.__all__`},
	{"identity", `HTTPStatus(200) is HTTPStatus.OK`},
}

func TestHTTPStatus(t *testing.T) {
	pytesting.DiffCases(t, "http_status", httpStatusPrelude, httpStatusCases)
}

// httpPeerScript is the CPython http.server peer: argv port-file
// [certfile keyfile]. It writes its port to the port file and serves
// until killed.
const httpPeerScript = `import http.server, socketserver, ssl, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *a):
        pass
    def reply(self, code, body, headers=(), reason=None):
        self.send_response(code, reason)
        self.send_header('Content-Length', str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)
    def do_GET(self):
        p = self.path
        if p == '/chunked':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for part in [b'hello ', b'chunked ', b'world', b'!' * 3000]:
                self.wfile.write(b'%X;ext=1\r\n%s\r\n' % (len(part), part))
            self.wfile.write(b'0\r\nX-Trailer: 1\r\n\r\n')
        elif p == '/close':
            self.send_response(200)
            self.send_header('Connection', 'close')
            self.end_headers()
            self.wfile.write(b'until close')
            self.close_connection = True
        elif p.startswith('/status/'):
            code = int(p[8:])
            self.reply(code, b'' if code in (204, 304) else b'status body')
        elif p == '/headers':
            seen = sorted('%s=%s' % (k.lower(), 'PEER' if v.startswith('127.0.0.1:') else v) for k, v in self.headers.items())
            self.reply(200, '\n'.join(seen).encode('latin-1'))
        elif p == '/big':
            self.reply(200, bytes(range(256)) * 4096)
        else:
            body = ('%s %s\n' % (self.command, self.path)).encode()
            self.reply(200, body, [('Content-Type', 'text/plain; charset=UTF-8'), ('X-Multi', 'a'), ('X-Multi', 'b'), ('x-lower', 'v')])
    do_HEAD = do_GET
    def do_POST(self):
        if self.headers.get('Transfer-Encoding') == 'chunked':
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
            data = self.rfile.read(int(self.headers.get('Content-Length', 0)))
            how = 'length=%s' % self.headers.get('Content-Length')
        self.reply(201, ('%s %s ' % (self.command, how)).encode() + data, reason='Made It')
    do_PUT = do_PATCH = do_POST
` + httpPeerServe

// httpPeerServe ends the http.server peers: it serves handler class H
// (threaded, over TLS with argv's certificate and key when given), writes
// the port to the port file argv[1] names, and serves until killed.
const httpPeerServe = `class S(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
srv = S(('127.0.0.1', 0), H)
if len(sys.argv) > 2:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER) if hasattr(ssl, 'PROTOCOL_TLS_SERVER') else ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_cert_chain(sys.argv[2], sys.argv[3])
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
with open(sys.argv[1] + '.tmp', 'w') as f:
    f.write(str(srv.server_address[1]))
import os
os.rename(sys.argv[1] + '.tmp', sys.argv[1])
srv.serve_forever()
`

// peerPython is the interpreter that runs the server peers: CPython 3.6
// when installed, else python3.
func peerPython(t *testing.T) string {
	if p := pytesting.CPython36(); p != "" {
		return p
	}
	p, err := exec.LookPath("python3")
	if err != nil {
		t.Fatalf("no CPython (python3) to run the server peer")
	}
	return p
}

// startPythonPeer runs script with args under peerPython, waits for the
// port it writes, and stops it when the test ends. The peer lives at
// most a few minutes whatever happens.
func startPythonPeer(t *testing.T, script string, args ...string) int {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "peer.py")
	require.NoError(t, os.WriteFile(src, []byte(script), 0o644))
	portFile := filepath.Join(dir, "port")
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	cmd := exec.CommandContext(ctx, peerPython(t), append([]string{src, portFile}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr // tracebacks of requests the cases cut short
	require.NoError(t, cmd.Start())
	t.Cleanup(func() {
		cancel()
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("server peer's stderr:\n%s", stderr.String())
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if data, err := os.ReadFile(portFile); err == nil {
			port, err := strconv.Atoi(strings.TrimSpace(string(data)))
			require.NoError(t, err)
			return port
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the server peer wrote no port")
	return 0
}

// rawResponses are what the Go peer answers, by request path.
var rawResponses = map[string]string{
	"/bad-status":    "HTTX/1.1 200 OK\r\n\r\n",
	"/garbage":       "garbage\r\n",
	"/empty":         "",
	"/short":         "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc",
	"/http10":        "HTTP/1.0 200 OK\r\nX-A: 1\r\n\r\nbody until close",
	"/http10-ka":     "HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nka",
	"/long-header":   "HTTP/1.1 200 OK\r\nX-Long: " + strings.Repeat("a", 70000) + "\r\n\r\n",
	"/long-status":   "HTTP/1.1 200 " + strings.Repeat("b", 70000) + "\r\n\r\n",
	"/many-headers":  "HTTP/1.1 200 OK\r\n" + strings.Repeat("X-H: v\r\n", 101) + "\r\n",
	"/bad-chunk":     "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
	"/chunk-short":   "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nabcde\r\nA\r\nxyz",
	"/continue":      "HTTP/1.1 100 Continue\r\nX-Skip: 1\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
	"/status-99":     "HTTP/1.1 99 Low\r\n\r\n",
	"/status-1000":   "HTTP/1.1 1000 High\r\n\r\n",
	"/status-abc":    "HTTP/1.1 abc Bad\r\n\r\n",
	"/no-reason":     "HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n",
	"/http2":         "HTTP/2.0 200 OK\r\n\r\n",
	"/http12":        "HTTP/1.2 200 OK\r\nContent-Length: 1\r\n\r\nx",
	"/folded":        "HTTP/1.1 200 OK\r\nX-Fold: one\r\n two\r\n\tthree\r\nX-Next:  spaced  \r\nContent-Length: 0\r\n\r\n",
	"/no-content":    "HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n",
	"/bad-length":    "HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nread to close",
	"/neg-length":    "HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nread to close",
	"/odd-headers":   "HTTP/1.1 200 OK\r\nX-Empty:\r\nX-Colon: a:b\r\nx-case: 1\r\nX-CASE: 2\r\nContent-Length: 0\r\n\r\n",
	"/body-header":   "HTTP/1.1 200 OK\r\nX-A: 1\r\nnot a header\r\nX-B: 2\r\nContent-Length: 0\r\n\r\n",
	"/chunk-trailer": "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 1\r\nX-U: 2\r\n\r\n",
	"/chunk-upper":   "HTTP/1.1 200 OK\r\nTransfer-Encoding: CHUNKED\r\n\r\n1a\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\n\r\n",
	"/lf-only":       "HTTP/1.1 200 OK\nContent-Length: 3\n\nabc",
	"/reason-spaces": "HTTP/1.1 404   Not   Found  \r\nContent-Length: 0\r\n\r\n",
}

// startRawPeer serves rawResponses on 127.0.0.1, one response a
// connection, which it then closes.
func startRawPeer(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	var wg sync.WaitGroup
	t.Cleanup(func() {
		ln.Close()
		wg.Wait()
	})
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer c.Close()
				_ = c.SetDeadline(time.Now().Add(30 * time.Second))
				r := bufio.NewReader(c)
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				for {
					h, err := r.ReadString('\n')
					if err != nil || h == "\r\n" || h == "\n" {
						break
					}
				}
				fields := strings.Fields(line)
				if len(fields) < 2 {
					return
				}
				_, _ = c.Write([]byte(rawResponses[fields[1]]))
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

const httpClientPrelude = pytesting.ShowRepr + `import http.client, os, ssl
PORT = int(os.getenv('NET15_HTTP_PORT'))
RAW = int(os.getenv('NET15_RAW_PORT'))
C = http.client.HTTPConnection('127.0.0.1', PORT, timeout=20)
def resp_info(r):
    return (r.status, r.reason, r.version, r.will_close, r.chunked, r.length)
def onC(method, path, body=None, headers={}, **kw):
    C.request(method, path, body, headers, **kw)
    r = C.getresponse()
    return resp_info(r) + (r.read(),)
def req(method, path, body=None, headers={}, **kw):
    # Each request gets a connection of its own, so that no case inherits
    # what an earlier one left on the wire (a body the server did not read
    # to the end); keep-alive reuse has cases of its own on C.
    c = http.client.HTTPConnection('127.0.0.1', PORT, timeout=20)
    try:
        c.request(method, path, body, headers, **kw)
        r = c.getresponse()
        return resp_info(r) + (r.read(),)
    finally:
        c.close()
def raw(path, method='GET', reads=None):
    c = http.client.HTTPConnection('127.0.0.1', RAW, timeout=20)
    try:
        c.request(method, path)
        r = c.getresponse()
        out = [resp_info(r), sorted(r.getheaders())]
        if reads is None:
            out.append(r.read())
        else:
            for n in reads:
                out.append(r.read(n))
        out.append(r.isclosed())
        return out
    finally:
        c.close()
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return (type(e).__name__, repr(e), str(e), e.args)
def etype_(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
class Body:
    def __init__(self, data):
        self.data = data
    def read(self, n):
        d, self.data = self.data[:n], self.data[n:]
        return d
`

var httpClientCases = []pytesting.Case{
	{"get", `req('GET', '/hello?x=1')`},
	{"get_again_same_socket", `(C.sock is not None, onC('GET', '/again'), C.sock is not None)`},
	{"headers", `(lambda r: (r.getheader('content-type'), r.getheader('X-MULTI'), r.getheader('missing'), r.getheader('missing', 'dflt'), r.getheader('missing', ['a', 'b']), r.headers['x-lower'], r.headers['nope'], 'X-Lower' in r.headers, r.msg.get_all('x-multi'), r.msg.get_all('nope'), r.msg.get_content_type(), r.msg.get_content_charset(), r.info() is r.headers, r.getcode(), r.read()))((C.request('GET', '/h'), C.getresponse())[1])`},
	{"header_keys", `(lambda r: ([k for k in r.headers.keys() if k not in ('Server', 'Date')], len(r.headers), r.read()))((C.request('GET', '/k'), C.getresponse())[1])`},
	{"request_headers", `req('GET', '/headers', headers={'X-Custom': 'v1', 'X-Int': 42})`},
	{"request_host_override", `req('GET', '/headers', headers={'Host': 'example.org', 'Accept-Encoding': 'gzip'})`},
	{"absolute_url_host", `req('GET', 'http://example.net:8080/headers')`},
	{"post_bytes", `req('POST', '/p', b'data!')`},
	{"post_str", `req('POST', '/p', 'caf\u00e9')`},
	{"post_str_not_latin1", `(err(req, 'POST', '/p', '\u20ac uro')[::3], C.close())`},
	{"post_iter_chunked", `req('POST', '/p', iter([b'ab', b'', b'cd']))`},
	{"post_file_chunked", `(lambda r: r[:5] + (len(r[5]),))(req('POST', '/p', Body(b'x' * 20000)))`},
	{"post_bytearray", `req('POST', '/p', bytearray(b'ba'))`},
	{"post_empty", `req('POST', '/p')`},
	{"put_length_given", `req('PUT', '/p', b'12345', {'Content-Length': '5'})`},
	{"post_encode_chunked", `req('POST', '/p', [b'abc', b'def'], {'Transfer-Encoding': 'chunked'}, encode_chunked=True)`},
	{"head", `req('HEAD', '/head')`},
	{"status_404", `req('GET', '/status/404')`},
	{"status_204", `req('GET', '/status/204')`},
	{"status_500", `req('GET', '/status/500')`},
	{"chunked", `req('GET', '/chunked')`},
	{"chunked_partial_reads", `(lambda r: (r.read(3), r.read(10), len(r.read(5000)), r.read(), r.read(), r.isclosed()))((C.request('GET', '/chunked'), C.getresponse())[1])`},
	{"readinto", `(lambda r, b: (r.readinto(b), bytes(b), r.read(), r.readinto(b)))((C.request('GET', '/ri'), C.getresponse())[1], bytearray(5))`},
	{"readline", `(lambda r: (r.readline(), r.readline(), r.isclosed(), r.read(), r.isclosed()))((C.request('GET', '/line'), C.getresponse())[1])`},
	{"big", `(lambda d: (len(d), d[:3], d[-3:]))(req('GET', '/big')[-1])`},
	{"read_negative", `(lambda r: r.read(-1))((C.request('GET', '/neg'), C.getresponse())[1])`},
	{"connection_close", `(onC('GET', '/close'), C.sock)`},
	{"after_close_reconnects", `req('GET', '/back')`},
	{"manual_request", `(C.putrequest('GET', '/headers'), C.putheader('X-Two', 'a', 'b'), C.putheader(b'X-Bytes', b'v'), C.endheaders(), C.getresponse().read())`},
	{"manual_skip", `(C.putrequest('GET', '/headers', skip_host=True, skip_accept_encoding=True), C.putheader('Host', 'h'), C.endheaders(), C.getresponse().read())`},
	{"not_ready", `err(C.getresponse)`},
	{"cannot_send_request", `(C.request('GET', '/x'), err(C.request, 'GET', '/y'), C.getresponse().read())`},
	{"cannot_send_header", `err(C.putheader, 'X', 'y')`},
	{"endheaders_idle", `err(C.endheaders)`},
	{"bad_header_name", `(C.putrequest('GET', '/'), err(C.putheader, 'Bad Name:', 'v'), err(C.putheader, ' lead', 'v'), err(C.putheader, '', 'v'), err(C.putheader, 'X', 'a\r\nInjected: 1'), err(C.putheader, 'X', 'a\nb'), C.putheader('X', 'ok\r\n folded'), C.close())`},
	{"bad_url", `err(C.putrequest, 'GET', '/a b')`},
	{"bad_url_ctl", `err(http.client.HTTPConnection('h').putrequest, 'GET', '/\x7f')`},
	{"bad_method", `err(http.client.HTTPConnection('h').putrequest, 'GE\nT', '/')`},
	{"bad_host", `err(http.client.HTTPConnection, 'h\nx')`},
	{"hostport", `[(c.host, c.port) for c in [http.client.HTTPConnection('h'), http.client.HTTPConnection('h:81'), http.client.HTTPConnection('h:'), http.client.HTTPConnection('[::1]:82'), http.client.HTTPConnection('[::1]'), http.client.HTTPConnection('h', 83), http.client.HTTPSConnection('h', context=ssl._create_unverified_context())]]`},
	{"hostport_bad", `err(http.client.HTTPConnection, 'h:x')`},
	{"send_bad", `(lambda c: (c.connect(), err(c.send, 5), c.close()))(http.client.HTTPConnection('127.0.0.1', PORT))`},
	{"not_connected", `(lambda c: (setattr(c, 'auto_open', 0), err(c.send, b'x')))(http.client.HTTPConnection('127.0.0.1', PORT))`},
	{"raw_bad_status", `err(raw, '/bad-status')`},
	{"raw_garbage", `err(raw, '/garbage')`},
	{"raw_empty", `err(raw, '/empty')`},
	{"remote_disconnected_bases", `(lambda e: (isinstance(e, ConnectionResetError), isinstance(e, http.client.BadStatusLine), isinstance(e, OSError), e.line, e.args, e.errno))(http.client.RemoteDisconnected('x'))`},
	{"raw_short", `err(raw, '/short')`},
	{"raw_short_partial", `raw('/short', reads=[2, 1, 5])`},
	{"raw_http10", `raw('/http10')`},
	{"raw_http10_keepalive", `raw('/http10-ka')`},
	{"raw_long_header", `err(raw, '/long-header')`},
	{"raw_long_status", `err(raw, '/long-status')`},
	{"raw_many_headers", `err(raw, '/many-headers')`},
	{"raw_bad_chunk", `err(raw, '/bad-chunk')`},
	{"raw_chunk_short", `err(raw, '/chunk-short')`},
	{"raw_continue", `raw('/continue')`},
	{"raw_status_99", `err(raw, '/status-99')`},
	{"raw_status_1000", `err(raw, '/status-1000')`},
	{"raw_status_abc", `err(raw, '/status-abc')`},
	{"raw_no_reason", `raw('/no-reason')`},
	{"raw_http2", `err(raw, '/http2')`},
	{"raw_http12", `raw('/http12')`},
	{"raw_folded", `raw('/folded')`},
	{"raw_no_content", `raw('/no-content')`},
	{"raw_bad_length", `raw('/bad-length')`},
	{"raw_neg_length", `raw('/neg-length')`},
	{"raw_odd_headers", `raw('/odd-headers')`},
	{"raw_body_header", `raw('/body-header')`},
	{"raw_chunk_trailer", `raw('/chunk-trailer')`},
	{"raw_chunk_upper", `raw('/chunk-upper', reads=[5, 100])`},
	{"raw_lf_only", `raw('/lf-only')`},
	{"raw_reason_spaces", `raw('/reason-spaces')`},
	{"raw_head", `raw('/http10', method='HEAD')`},
	{"exceptions", `[(c.__name__, [b.__name__ for b in c.__bases__]) for c in [http.client.HTTPException, http.client.NotConnected, http.client.InvalidURL, http.client.UnknownProtocol, http.client.UnknownTransferEncoding, http.client.UnimplementedFileMode, http.client.IncompleteRead, http.client.ImproperConnectionState, http.client.CannotSendRequest, http.client.CannotSendHeader, http.client.ResponseNotReady, http.client.BadStatusLine, http.client.LineTooLong, http.client.RemoteDisconnected]]`},
	{"exception_values", `[repr(http.client.IncompleteRead(b'ab')), str(http.client.IncompleteRead(b'ab', 3)), http.client.BadStatusLine('').args, http.client.BadStatusLine('x').line, str(http.client.LineTooLong('status line')), http.client.UnknownProtocol('v').version, http.client.error is http.client.HTTPException, str(http.client.RemoteDisconnected('gone')), http.client.RemoteDisconnected('gone').args]`},
	{"constants", `(http.client.HTTP_PORT, http.client.HTTPS_PORT, http.client.OK, http.client.NOT_FOUND, http.client.responses[200], http.client.responses[404], len(http.client.responses), http.client._MAXLINE, sorted(http.client.__all__))`},
	{"https_check_hostname", `err(http.client.HTTPSConnection, 'h', context=ssl._create_unverified_context(), check_hostname=True)`},
	{"content_length", `[http.client.HTTPConnection._get_content_length(b, m) for b, m in [(None, 'GET'), (None, 'post'), (b'abc', 'GET'), ('\u00e9\u00e9', 'POST'), (Body(b''), 'POST'), (iter([]), 'POST'), (bytearray(4), 'PUT')]]`},
	{"parse_headers", `(lambda m: (m.items(), m['a'], m.get_all('b')))(http.client.parse_headers(__import__('io').BytesIO(b'A: 1\r\nB: 2\r\nb: 3\r\n\r\nrest')))`},
	{"message_mapping", `(lambda m: (len(m), list(m), m.keys(), m.values(), 'a' in m, 'C' in m, m.get('c', 'dflt'), m['missing'], m.get_all('b', []), m.get_all('z', 'none'), m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(), m.get_param('charset'), m.get_content_charset(), m.get_filename(), m.is_multipart(), m.get_default_type()))(http.client.parse_headers(__import__('io').BytesIO(b'A: 1\r\nB: 2\r\nb: 3\r\nContent-Type: Text/HTML; Charset="UTF-8"\r\n\r\n')))`},
	{"message_edit", `(lambda m: (m.__setitem__('X', 'new'), m.__delitem__('b'), m.items(), m.replace_header('a', 'r'), m.items(), etype_(lambda: m.replace_header('zz', 1))))(http.client.parse_headers(__import__('io').BytesIO(b'A: 1\r\nB: 2\r\nb: 3\r\n\r\n')))`},
	{"message_str", `str(http.client.parse_headers(__import__('io').BytesIO(b'A: 1\r\nB:  two words\r\n\r\n')))`},
	{"message_default_type", `(lambda m: (m.get_content_type(), m.get_content_charset('x')))(http.client.parse_headers(__import__('io').BytesIO(b'Content-Type: bogus\r\n\r\n')))`},
	{"message_disposition", `http.client.parse_headers(__import__('io').BytesIO(b'Content-Disposition: attachment; filename="a b.txt"\r\n\r\n')).get_filename()`},
}

func TestHTTPClient(t *testing.T) {
	t.Setenv("NET15_HTTP_PORT", strconv.Itoa(startPythonPeer(t, httpPeerScript)))
	t.Setenv("NET15_RAW_PORT", strconv.Itoa(startRawPeer(t)))
	pytesting.DiffCases(t, "http_client", httpClientPrelude, httpClientCases)
}

// httpsClientScript talks to the peer over TLS: verified with the test
// CA (hostname checked), unverified, and refused (unknown CA, wrong host).
const httpsClientScript = `import http.client, os, ssl
PORT = int(os.getenv('NET15_HTTPS_PORT'))
CA = os.getenv('NET15_CA')
def get(host, ctx, path='/', **kw):
    c = http.client.HTTPSConnection(host, PORT, timeout=20, context=ctx, **kw)
    try:
        c.request('GET', path)
        r = c.getresponse()
        return (r.status, r.reason, r.read(), type(c.sock).__name__)
    except Exception as e:
        return (isinstance(e, ssl.SSLError), isinstance(e, OSError), getattr(e, 'reason', None))
    finally:
        c.close()
verified = ssl.create_default_context(cafile=CA)
print(get('localhost', verified))
print(get('localhost', verified, '/chunked')[2][-5:])
print(get('127.0.0.1', verified, '/ip'))
unverified = ssl._create_unverified_context()
print(get('localhost', unverified, '/unverified'))
print(get('localhost', ssl.create_default_context()))
nohost = ssl.create_default_context(cafile=CA)
nohost.check_hostname = False
print(get('127.0.0.1', nohost, '/nohost'))
print(get('localhost', nohost, '/nohost', check_hostname=True))
c = http.client.HTTPSConnection('localhost', PORT, timeout=20, context=verified)
for i in range(3):
    c.request('POST', '/keep', body=b'n%d' % i)
    r = c.getresponse()
    print(r.status, r.read(), r.will_close)
c.close()
`

func TestHTTPSClient(t *testing.T) {
	fx, err := testcerts.Generate(t.TempDir())
	require.NoError(t, err)
	t.Setenv("NET15_HTTPS_PORT", strconv.Itoa(startPythonPeer(t, httpPeerScript, fx.LeafPEM, fx.LeafKey)))
	t.Setenv("NET15_CA", fx.CAPEM)
	want := pytesting.CPython36Output(t, "https_client", httpsClientScript)
	got, err := pytesting.RunGuarded(t, httpsClientScript)
	require.NoError(t, err, "output so far:\n%s", got)
	require.Equal(t, want, got)
}

// httpClientMorePrelude drives http.client without a network: FakeSock
// records what a connection sends and serves canned bytes as the reply,
// so that the cases below see exactly what goes on the wire.
const httpClientMorePrelude = pytesting.ShowRepr + `import http.client, io, socket, ssl, sys, warnings
class Peekable(io.BytesIO):
    # what a socket file offers beyond BytesIO (CPython's chunked readline uses it)
    def peek(self, n=-1):
        at = self.tell()
        data = self.read()
        self.seek(at)
        return data
class TextBody(io.StringIO):
    def __repr__(self):
        return 'TextBody()'
class Chunks:
    def __init__(self, *parts):
        self.parts = parts
    def __iter__(self):
        return iter(self.parts)
    def __repr__(self):
        return 'Chunks()'
class FakeSock:
    def __init__(self, reply=b''):
        self.reply = reply
        self.sent = []
        self.opts = []
    def makefile(self, mode, *a):
        return Peekable(self.reply)
    def sendall(self, data):
        self.sent.append(bytes(data))
    def setsockopt(self, *a):
        self.opts.append(a)
    def close(self):
        pass
def conn(host='example.com', port=None, reply=b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok', cls=http.client.HTTPConnection, **kw):
    c = cls(host, port, **kw)
    c.sock = FakeSock(reply)
    return c
def wire(method='GET', url='/', body=None, headers={}, **kw):
    c = conn()
    c.request(method, url, body, headers, **kw)
    return b''.join(c.sock.sent)
def resp(data, method=None):
    r = http.client.HTTPResponse(FakeSock(data), method=method)
    r.begin()
    return r
def info(r):
    return (r.status, r.reason, r.version, r.will_close, r.chunked, r.length)
def err(f, *a, **kw):
    try:
        return f(*a, **kw)
    except Exception as e:
        return (type(e).__name__, str(e))
def captured(f):
    out, old = io.StringIO(), sys.stdout
    sys.stdout = out
    try:
        f()
    finally:
        sys.stdout = old
    return out.getvalue()
def ph(data):
    return http.client.parse_headers(io.BytesIO(data))
class HTTP10(http.client.HTTPConnection):
    _http_vsn = 10
    _http_vsn_str = 'HTTP/1.0'
`

var httpClientMoreCases = []pytesting.Case{
	{"message_is_email_message", `(lambda m: (isinstance(m, __import__('email.message').message.Message), m.get_content_type(), m.get_param('charset'), m.get_all('x-a'), m.is_multipart(), (m.__delitem__('x-a'), m.keys())[1], (m.__setitem__('N', 'v'), m.items())[1], m.as_string()))(http.client.parse_headers(io.BytesIO(b'Content-Type: text/html; charset=utf-8\r\nX-A: 1\r\nX-A: 2\r\n\r\n')))`},
	{"wire_get", `wire()`},
	{"wire_host_forms", `[b''.join((lambda c: (c.request('GET', '/'), c.sock.sent)[1])(conn(h, p))).split(b'\r\n')[1] for h, p in [('h', 80), ('h', 81), ('::1', None), ('[::1]:8080', None), ('h:', None)]]`},
	{"wire_absolute_url_host", `[wire(url='http://other:99/p').split(b'\r\n')[1], wire(url='https://o/x').split(b'\r\n')[1], wire(url='httpx').split(b'\r\n')[1]]`},
	{"wire_bodies", `[wire('POST', '/', b), wire('PUT', '/', 'caf\u00e9')] if False else [wire('POST', '/', b) for b in [b'ab', bytearray(b'cd'), memoryview(b'ef'), '\u00e9', None]]`},
	{"wire_get_none_body", `[wire('GET'), wire('get', body=None), wire('patch'), wire('PATCH')]`},
	{"wire_file_bodies", `[wire('POST', '/', io.BytesIO(b'xyz')), wire('POST', '/', io.StringIO('t\u00e9')), wire('POST', '/', io.BytesIO(b''))]`},
	{"wire_iterables", `[wire('POST', '/', iter([b'a', b'', b'bc'])), wire('POST', '/', (x for x in [b'q'])), wire('POST', '/', iter([]))]`},
	{"wire_list_body", `wire('POST', '/', [b'a', b'b'])`},
	{"wire_given_length", `[wire('POST', '/', iter([b'ab']), {'Content-Length': '2'}), wire('POST', '/', iter([b'ab']), {'content-length': 2}, encode_chunked=True)]`},
	{"wire_given_te", `[wire('POST', '/', [b'ab'], {'Transfer-Encoding': 'chunked'}), wire('POST', '/', [b'ab', b'c'], {'transfer-encoding': 'chunked'}, encode_chunked=True), wire('POST', '/', b'raw', {'Transfer-Encoding': 'gzip'})]`},
	{"wire_header_values", `(lambda c: (c.putrequest('GET', '/', skip_host=1, skip_accept_encoding=1), c.putheader('X-Many', 'a', b'b', 3), c.putheader('X-Fold', 'a\r\n b', 'c\n\td', 'e\r\tf'), c.putheader(b'X-Bytes', bytearray(b'v')), c.putheader('X-None'), c.putheader('X Space', 'v'), c.endheaders(), c.sock.sent)[-1])(conn())`},
	{"bad_header_values", `(lambda c: (c.putrequest('GET', '/'), [err(c.putheader, 'X', v) for v in ['a\rb', 'a\n', 'a\r', '\nx', 'a\r\nb', 'a\r\r\n b']], err(c.putheader, 'X', 1.5), err(c.putheader, 'X', None), err(c.putheader, 5, 'v')))(conn())`},
	{"bad_header_names", `(lambda c: (c.putrequest('GET', '/'), [err(c.putheader, n, 'v') for n in ['\x0bX', '\tX', 'X\r', 'a:b', ':', b' x', '\u00e9']]))(conn())`},
	{"bad_request_lines", `[err(conn().putrequest, 'GET', '/\u00e9'), err(conn().putrequest, 'G\x7fT', '/'), err(conn().putrequest, 'GET', '/a\tb'), err(conn().putrequest, 'GET', '/\x00'), err(conn().putrequest, 'GET\x1f', '/')]`},
	{"state_after_bad_url", `(lambda c: (err(c.putrequest, 'GET', '/a b'), err(c.putrequest, 'GET', '/'), err(c.endheaders), err(lambda: c.getresponse().status)))(conn())`},
	{"empty_url_and_http10", `[wire(url=''), (lambda c: (c.request('POST', '', [b'x'], encode_chunked=True), c.sock.sent)[1])(conn(cls=HTTP10))]`},
	{"send_forms", `(lambda c: (c.send(b'a'), c.send(bytearray(b'b')), c.send([b'c', b'd']), c.send(io.BytesIO(b'e')), c.send(io.StringIO('\u00e9')), err(c.send, 'str'), err(c.send, None), c.sock.sent))(conn())`},
	{"unread_response_blocks", `(lambda c: (c.request('GET', '/'), c.getresponse().status, c.request('GET', '/2'), err(c.getresponse)))(conn())`},
	{"read_response_frees", `(lambda c: (c.request('GET', '/'), c.getresponse().read(), c.request('GET', '/2'), c.getresponse().read()))(conn())`},
	{"close_resets", `(lambda c: (c.putrequest('GET', '/'), c.close(), c.sock, err(c.putheader, 'X', 'y'), err(c.getresponse)))(conn())`},
	{"connect_args", `(lambda c, seen: (setattr(c, '_create_connection', lambda *a: seen.append(a) or FakeSock()), c.connect(), seen[0][0], seen[0][1] is socket._GLOBAL_DEFAULT_TIMEOUT, seen[0][2], c.sock.opts))(http.client.HTTPConnection('h', 5), [])`},
	{"connect_timeout_source", `(lambda c, seen: (setattr(c, '_create_connection', lambda *a: seen.append(a) or FakeSock()), c.request('GET', '/'), seen, c.timeout, c.source_address))(http.client.HTTPConnection('h', 5, 3.5, ('127.0.0.1', 0)), [])`},
	{"auto_open_off", `(lambda c: (setattr(c, 'auto_open', 0), err(c.request, 'GET', '/'), c.sock))(http.client.HTTPConnection('h'))`},
	{"tunnel_host_header", `(lambda c: (c.set_tunnel('target', 8443, {'Proxy-Authorization': 'x'}), setattr(c, 'sock', FakeSock()), c.request('GET', '/'), c.sock.sent, c._tunnel_host, c._tunnel_port, c._tunnel_headers))(http.client.HTTPConnection('proxy', 3128))`},
	{"tunnel_established", `(lambda c: (c.set_tunnel('t:444'), err(c.set_tunnel, 'x')) if c.sock is None else None)(http.client.HTTPConnection('p'))`},
	{"tunnel_connect", `(lambda c, s: (c.set_tunnel('target', 8443, {'X': 'y'}), setattr(c, '_create_connection', lambda *a: s), c.connect(), s.sent))(http.client.HTTPConnection('proxy', 3128), FakeSock(b'HTTP/1.0 200 Connection established\r\nVia: p\r\n\r\n'))`},
	{"tunnel_refused", `(lambda c, s: (c.set_tunnel('target'), setattr(c, '_create_connection', lambda *a: s), err(c.connect), c.sock))(http.client.HTTPConnection('proxy', 3128), FakeSock(b'HTTP/1.0 407 Proxy Auth Required  \r\n\r\n'))`},
	{"set_tunnel_connected", `(lambda c: err(c.set_tunnel, 'x'))(conn())`},
	{"debug_output", `(lambda c: captured(lambda: (c.set_debuglevel(1), c.request('POST', '/x', Chunks(b'ab', b'')), c.getresponse().read())))(conn(reply=b'HTTP/1.1 100 Continue\r\nX: y\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\nA: b\r\nA: c\r\n\r\nok'))`},
	{"debug_file_body", `(lambda c: captured(lambda: (c.set_debuglevel(2), c.request('PUT', '/f', TextBody('hi')), c.send(TextBody('\u00e9')))))(conn())`},
	{"resp_framing", `[info(resp(d, m)) for d, m in [(b'HTTP/1.1 304 Not Modified\r\nContent-Length: 5\r\n\r\n', None), (b'HTTP/1.1 102 Processing\r\n\r\n', None), (b'HTTP/1.0 200 OK\r\nKeep-Alive: 5\r\nContent-Length: 0\r\n\r\n', None), (b'HTTP/1.0 200 OK\r\nProxy-Connection: Keep-Alive\r\nContent-Length: 0\r\n\r\n', None), (b'HTTP/1.1 200 OK\r\nConnection: Upgrade, Close\r\nContent-Length: 1\r\n\r\nx', None), (b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc', 'HEAD'), (b'HTTP/0.9 200 OK\r\n\r\n', None), (b'HTTP/1.1 200 OK\r\nContent-Length:  +7 \r\n\r\n', None), (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n', None)]]`},
	{"resp_status_forms", `[info(resp(s + b'\r\n\r\n')) if not isinstance(err(resp, s + b'\r\n\r\n'), tuple) else err(resp, s + b'\r\n\r\n') for s in [b'HTTP/1.1 2_00 OK', b'HTTP/1.1   200   OK  ', b'HTTP/1.1 200', b'http/1.1 200 OK', b'HTTP/1.1', b'HTTP/1.1 -200 X', b'HTTP/1.1 0200 X', b'HTTP/1.1 999 X', b'HTTP/1.10 200 X', b'HTTP/1 200 X', b' HTTP/1.1 200 X', b'HTTP/1.1 \xe9 X']]`},
	{"resp_reads", `(lambda r: (r.read(2), r.read1(3), r.readline(), r.readline(2), r.read(), r.read(), r.isclosed()))(resp(b'HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\nabcdef\nghijklmnop'))`},
	{"resp_readinto_short", `(lambda r, b: (r.readinto(b), bytes(b), r.readinto(b), r.isclosed(), r.length))(resp(b'HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc'), bytearray(5))`},
	{"resp_read_amt_short", `(lambda r: (r.read(100), r.isclosed(), r.read(1)))(resp(b'HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc'))`},
	{"resp_until_close_reads", `(lambda r: (r.readline(), r.read1(2), r.read(1), r.read(), r.isclosed()))(resp(b'HTTP/1.0 200 OK\r\n\r\nline\nrest of it'))`},
	{"resp_chunked_lines", `(lambda r: (list(r), r.isclosed()))(resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nab\nc\r\n3;x=y\r\nd\ne\r\n0\r\n\r\n'))`},
	{"resp_chunked_readline_limit", `(lambda r: (r.readline(2), r.readline(10), r.read1(1), r.read1(), r.read1(), r.read(), r.chunk_left))(resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8\r\nabc\ndefg\r\n 2 \r\nhi\r\n0\r\nT: 1\r\n\r\n'))`},
	{"resp_chunked_readinto", `(lambda r, b: (r.readinto(b), bytes(b), r.chunk_left, r.readinto(b), bytes(b[:2]), r.readinto(b)))(resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n'), bytearray(5))`},
	{"resp_chunk_errors", `[err(lambda: resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' + d).read()) for d in [b'3\r\nabc\r\n' + b'9' * 70000 + b'\r\n', b'3\r\nabc\r\n0\r\n' + b'T' * 70000 + b'\r\n', b'3\r\nabcXY1\r\nd\r\n0\r\n\r\n', b'', b'-1\r\n', b'3\r\nab']]`},
	{"resp_chunk_readinto_error", `(lambda r, b: (err(r.readinto, b), r.isclosed()))(resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n4\r\nde'), bytearray(10))`},
	{"resp_chunked_readinto_cut", `(lambda r, b: (err(r.readinto, b), bytes(b), r.chunk_left))(resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab'), bytearray(4))`},
	{"resp_chunked_lines_cut", `[err(lambda: list(resp(b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' + d))) for d in [b'', b'zz\r\n', b'5\r\nab', b'3\r\na\nb\r\n1\r\n\n\r\n0\r\n\r\n', b'2\r\nabXY']]`},
	{"resp_interim_limits", `[err(resp, b'HTTP/1.1 100 Continue\r\n' + b'X: y\r\n' * 101 + b'\r\nHTTP/1.1 200 OK\r\n\r\n'), err(resp, b'HTTP/1.1 100 Continue\r\nX: ' + b'y' * 70000 + b'\r\n\r\n'), info(resp(b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 204 No\r\n\r\n'))]`},
	{"resp_header_limit_edges", `[len(ph(b'X: 1\r\n' * 99 + b'\r\n')), err(ph, b'X: 1\r\n' * 100 + b'\r\n'), err(ph, b'X: 1\r\n' * 100), len(ph(b'X: ' + b'a' * 65000 + b'\r\n\r\n')), err(ph, b'X: ' + b'a' * 65534 + b'\r\n\r\n')]`},
	{"resp_not_ready", `(lambda r: (err(r.getheader, 'x'), err(r.getheaders), r.status, r.version, r.length, r.chunk_left, err(r.geturl)))(http.client.HTTPResponse(FakeSock(b'')))`},
	{"resp_getheader_defaults", `(lambda r: (r.getheader('x'), r.getheader('y', 'd'), r.getheader('y', ['p', 'q']), r.getheader('y', 5), r.getheader('y', ()), r.getheaders(), r.info()['X']))(resp(b'HTTP/1.1 200 OK\r\nX: 1\r\nx: 2\r\n\r\n'))`},
	{"resp_close", `(lambda r: (r.close(), r.isclosed(), r.closed, r.read(), r.readinto(bytearray(2)), r.read1(), r.readline(), r.readable()))(resp(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'))`},
	{"resp_begin_twice", `(lambda r: (r.begin(), r.status, r.read()))(resp(b'HTTP/1.1 201 Yes\r\nContent-Length: 1\r\n\r\nz'))`},
	{"resp_negative_read", `err(resp(b'HTTP/1.1 200 OK\r\n\r\n').read, -2)`},
	{"msg_parse_edges", `[ph(b'From nobody\r\nA: 1\r\n\tcont\r\n:bad\r\nB: 2\r\nFrom x\r\nC: 3\r\n\r\n').items(), ph(b' lead\r\nA: 1\r\nnot header\r\nB: 2\r\n\r\n').items(), ph(b'A: a\rB: b\r\n\r\n').items(), ph(b'\xff\xfe: \xe9\r\n\r\n').items(), ph(b'A:1\nB :2\n\n').items(), ph(b'A:   \t x \t \r\n\r\n').items(), ph(b'').items(), ph(b'A: 1\r\nFrom y\r\n\r\n').items()]`},
	{"msg_payload_unixfrom", `[(lambda m: (m.get_unixfrom(), m.get_payload(), str(m)))(ph(b'From nobody\r\nA: 1\r\n\r\n')), (lambda m: (m.get_payload(), str(m), m.as_string()))(ph(b'A: 1\r\nnot header\r\nB: 2\r\n\r\n')), ph(b'A: 1\r\nFrom y\r\n\r\n').get_payload(), http.client.HTTPMessage().get_payload()]`},
	{"msg_params", `(lambda m: (m.get_params(), m.get_params(unquote=False), m.get_param('charset'), m.get_param('D'), m.get_param('c'), m.get_param('zz', 'F'), m.get_param('charset', unquote=False), m.get_filename(), m.get_content_disposition(), m.get_params(header='x-none'), m.get_param('a', header='x-none'), m.get_content_charset()))(ph(b'Content-Type: text/html; charset="ut\\"f"; a=b; c; D = " e f " \r\nContent-Disposition: inline; filename*=utf-8\'\'%C3%BC.txt\r\n\r\n'))`},
	{"msg_params_quoting", `[ph(b'Content-Type: a/b; x="1;2"; y=3\r\n\r\n').get_params(), ph(b'Content-Type: a/b;; k=v;\r\n\r\n').get_params(), ph(b'Content-Type: a/b; t*0=ab; t*1=cd\r\n\r\n').get_param('t'), ph(b'Content-Type: a/b; name="<n>"\r\n\r\n').get_filename(), ph(b'Content-Type: \r\n\r\n').get_params()]`},
	{"msg_rfc2231_bare", `[ph(b'Content-Type: a/b; x*1*=q; t*=v\r\n\r\n').get_params(), ph(b'Content-Disposition: inline; filename*=%C3%BC\r\n\r\n').get_filename(), ph(b'Content-Type: a/b; charset*=us-ascii\'en\'UTF-8\r\n\r\n').get_content_charset()]`},
	{"msg_str_non_ascii", `(lambda m: (m.__setitem__('X', '\u00e9\r\n x'), m.__setitem__('Y', 'a b \u00e9'), m.__setitem__('Z', '\u00e9 ' * 30), str(m)))(ph(b'A: caf\xc3\xa9\r\n\r\n'))`},
	{"msg_content_types", `[(m.get_content_type(), m.get_content_maintype(), m.get_content_subtype(), m.get_content_charset('fb')) for m in [ph(b'Content-Type: multipart/mixed\r\n\r\n'), ph(b'Content-Type: a/b/c\r\n\r\n'), ph(b'Content-Type: \r\n\r\n'), ph(b'Content-Type: TEXT/X; charset=\xfc\r\n\r\n'), ph(b'content-type: text/plain; CHARSET=Latin-1\r\n\r\n'), ph(b'\r\n')]]`},
	{"msg_add_header", `(lambda m: (m.add_header('X-Y', 'v', a='b c', flag=None, q='x"y', e=''), m.add_header('Z', None, k_v='v'), m.add_header('F', 'attachment', filename='\u00fc.txt'), m.items()))(ph(b'A: 1\r\n\r\n'))`},
	{"msg_mapping_edit", `(lambda m: (m.__setitem__('a', 'two'), m.get_all('A'), m.__delitem__('nope'), len(m), list(m), 'B' in m, m.replace_header('A', 'r'), m.items(), m.__delitem__('a'), m.keys(), m.values(), str(m), bytes(m)))(ph(b'A: 1\r\nB: 2\r\n\r\n'))`},
	{"msg_default_type", `(lambda m: (m.set_default_type('message/rfc822'), m.get_content_type(), m.get_default_type(), len(m), list(m), 'x' in m, m.is_multipart(), err(m.replace_header, 'x', 'y'), m.get('x', 'd'), m.get_all('x', 'none'), m.getallmatchingheaders('x')))(http.client.HTTPMessage())`},
	{"msg_folded_str", `[str(ph(b'X-F: a\r\n b\r\n\tc\r\nY:\r\n\r\n')), ph(b'X-F: a\r\n b\r\n\r\n').getallmatchingheaders('X-F')]`},
	{"parse_headers_class", `(lambda m: (type(m).__name__, m.items()))(http.client.parse_headers(io.BytesIO(b'A: 1\r\n\r\n'), _class=type('Sub', (http.client.HTTPMessage,), {})))`},
	{"exceptions_more", `[repr(http.client.IncompleteRead(b'abc', 0)), http.client.IncompleteRead(b'x').expected, str(http.client.IncompleteRead(bytearray(3), 2)), http.client.BadStatusLine(None).line, http.client.BadStatusLine(0).args, str(http.client.LineTooLong('x')), http.client.UnknownProtocol('HTTP/3').args, repr(http.client.NotConnected()), repr(http.client.InvalidURL('u')), http.client.RemoteDisconnected(104, 'reset').errno, str(http.client.RemoteDisconnected(104, 'reset')), http.client.RemoteDisconnected().line, isinstance(http.client.CannotSendHeader(), http.client.ImproperConnectionState)]`},
	{"module_values", `(http.client.MAXAMOUNT, http.client._MAXHEADERS, http.client.HTTPConnection.default_port, http.client.HTTPSConnection.default_port, http.client.HTTPConnection.auto_open, http.client.HTTPConnection.debuglevel, http.client.HTTPConnection.response_class is http.client.HTTPResponse, http.client.CONTINUE, http.client.IM_USED, type(list(http.client.responses)[0]).__name__, http.client.responses[http.HTTPStatus.NOT_FOUND], 418 in http.client.responses, sorted(http.client._METHODS_EXPECTING_BODY), http.client.error.__name__)`},
	{"content_length_more", `[http.client.HTTPConnection._get_content_length(b, m) for b, m in [(memoryview(b'abcd')[1:], 'x'), (None, 'Patch'), (5, 'POST'), ([b'a'], 'PUT'), ('', 'GET'), (b'', 'GET')]]`},
	{"https_args", `(lambda ctx: [err(http.client.HTTPSConnection, 'h', context=ctx, check_hostname=True), http.client.HTTPSConnection('h', context=ctx).port, http.client.HTTPSConnection('h:8443', context=ctx).port, http.client.HTTPSConnection('h', context=ctx, check_hostname=False)._check_hostname, http.client.HTTPSConnection('h', context=ctx).key_file])(ssl._create_unverified_context())`},
	{"https_deprecation", `(lambda ctx: (lambda w: [(c.category.__name__, str(c.message)) for c in w])((lambda rec: (warnings.simplefilter('always'), http.client.HTTPSConnection('h', context=ctx, check_hostname=False), http.client.HTTPSConnection('h', context=ctx), rec)[-1])(warnings.catch_warnings(record=True).__enter__())))(ssl.create_default_context())`},
	{"https_default_context", `(lambda c: (c._context.verify_mode == ssl.CERT_REQUIRED, c._check_hostname, c.host, c.port))(http.client.HTTPSConnection('example.org'))`},
	{"parse_headers_block_shapes", `[(lambda m: (m.items(), m.get_payload(), m.get_unixfrom()))(ph(b)) for b in [b'A: 1\r\n\r\n', b'A:\r\nB:   \r\nC: \tx \r\n\r\n', b'From: me\r\nX-Y:a:b\r\n\r\n', b'A: 1\r\n \tfold\r\n\r\n', b'From x\r\nA: 1\r\n\r\n', b'A b: 1\r\n\r\n', b'\xe9: 1\r\n\r\n', b'A: \xe9\x0b\x0c\r\n\r\n', b'A: 1\rB: 2\r\n\r\n', b'A: 1\nB: 2\r\n\r\n', b':x\r\nA: 1\r\n\r\n', b'A: 1\r\n\n', b'\r\n']]`},
}

func TestHTTPClientMore(t *testing.T) {
	pytesting.DiffCases(t, "http_client_more", httpClientMorePrelude, httpClientMoreCases)
}
