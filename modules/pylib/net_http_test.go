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
