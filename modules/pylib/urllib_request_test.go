package pylib_test

import (
	"encoding/hex"
	"fmt"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// The urllib.request tests: the same client cases under CPython 3.6 (or
// its stored output) and gpython-ssl, against a CPython http.server peer
// with redirects, Basic authentication and error statuses, over HTTP and
// HTTPS; plus urllib.error and urllib.response by table.

// urllibPeerScript serves: /redirect/N (N more 302s, then /final),
// /loop (302 to itself), /moved (301 to a path), /see-other (303, POST
// becomes GET), /temp (307), /bad-scheme (302 to gopher:), /auth (Basic
// u:p, realm "R"), /status/N, /headers (the request's headers), /echo
// (method, path and body), anything else: "hello <path>".
const urllibPeerScript = `import base64, http.server, socketserver, ssl, sys
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *a):
        pass
    def reply(self, code, body=b'', headers=()):
        self.send_response(code)
        self.send_header('Content-Length', str(len(body)))
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)
    def body(self):
        n = int(self.headers.get('Content-Length') or 0)
        return self.rfile.read(n)
    def do_GET(self):
        p = self.path
        data = self.body()
        if p.startswith('/redirect/'):
            n = int(p[len('/redirect/'):])
            self.reply(302, b'moving', [('Location', '/redirect/%d' % (n - 1) if n > 1 else '/final')])
        elif p == '/loop':
            self.reply(302, b'', [('Location', '/loop')])
        elif p == '/moved':
            self.reply(301, b'', [('Location', 'http://127.0.0.1:%d/final?from=moved' % self.server.server_address[1])])
        elif p == '/see-other':
            self.reply(303, b'', [('Location', '/echo')])
        elif p == '/temp':
            self.reply(307, b'', [('Location', '/echo')])
        elif p == '/bad-scheme':
            self.reply(302, b'', [('Location', 'gopher://example.com/x')])
        elif p == '/no-location':
            self.reply(302, b'nowhere')
        elif p == '/auth':
            want = 'Basic ' + base64.b64encode(b'u:p').decode()
            if self.headers.get('Authorization') == want:
                self.reply(200, b'welcome')
            else:
                self.reply(401, b'who?', [('WWW-Authenticate', 'Basic realm="R"')])
        elif p.startswith('/status/'):
            code = int(p[len('/status/'):])
            self.reply(code, b'' if code in (204, 304) else b'status body', [('X-Code', str(code))])
        elif p == '/headers':
            seen = sorted('%s=%s' % (k.lower(), 'PEER' if v.startswith('127.0.0.1:') else v) for k, v in self.headers.items())
            self.reply(200, '\n'.join(seen).encode('latin-1'))
        elif p.startswith('/echo'):
            self.reply(200, ('%s %s ' % (self.command, p)).encode() + data, [('Content-Type', 'text/plain')])
        else:
            self.reply(200, ('hello %s' % p).encode(), [('Content-Type', 'text/plain; charset=utf-8')])
    do_POST = do_PUT = do_DELETE = do_HEAD = do_GET
` + httpPeerServe

const urllibRequestPrelude = pytesting.ShowRepr + `import io, os, urllib.request, urllib.error
from urllib.request import Request, urlopen, build_opener
PORT = int(os.getenv('URLLIB_HTTP_PORT'))
BASE = 'http://127.0.0.1:%d' % PORT
def get(path, data=None, **kw):
    with urlopen(BASE + path if path.startswith('/') else path, data, timeout=20, **kw) as r:
        return (r.status, r.reason, r.msg, r.url.replace(str(PORT), 'PORT'), r.getcode(), r.headers['Content-Type'], r.read())
def herr(f, *a, **kw):
    try:
        return f(*a, **kw)
    except urllib.error.HTTPError as e:
        return ('HTTPError', e.code, e.reason, e.msg, str(e).replace(str(PORT), 'PORT'), repr(e), e.geturl().replace(str(PORT), 'PORT'), e.headers.get('X-Code'), e.read())
    except urllib.error.URLError as e:
        return ('URLError', str(e), type(e.reason).__name__)
def opened(opener, path, data=None):
    with opener.open(BASE + path, data, timeout=20) as r:
        return (r.status, r.read())
def _catch(f):
    try:
        f()
    except urllib.error.URLError as e:
        return e
`

var urllibRequestCases = []pytesting.Case{
	{"get", `get('/hello')`},
	{"get request object", `get(Request(BASE + '/obj', headers={'X-Test': '1'}))`},
	{"request headers", `get(Request(BASE + '/headers', headers={'X-Custom': 'v', 'user-agent': 'mine'}))`},
	{"default headers", `get('/headers')`},
	{"post bytes", `get('/echo', b'a=1&b=2')`},
	{"post headers", `get(Request(BASE + '/headers', b'xyz'))`},
	{"post iterable", `herr(get, Request(BASE + '/echo', iter([b'ab', b'cd']), method='PUT'))`},
	{"post str refused", `herr(get, '/echo', 'text')`},
	{"method", `get(Request(BASE + '/echo', method='DELETE'))`},
	{"head", `(lambda r: (r.status, r.read()))(urlopen(Request(BASE + '/echo', method='HEAD'), timeout=20))`},
	{"redirect 302", `get('/redirect/1')`},
	{"redirect chain", `get('/redirect/5')`},
	{"redirect too many", `herr(get, '/redirect/12')`},
	{"redirect loop", `herr(get, '/loop')`},
	{"redirect 301 absolute", `get('/moved')`},
	{"redirect 303 post", `get('/see-other', b'body')`},
	{"redirect 307 get", `get('/temp')`},
	{"redirect 307 post refused", `herr(get, '/temp', b'body')`},
	{"redirect bad scheme", `herr(get, '/bad-scheme')`},
	{"redirect no location", `herr(get, '/no-location')`},
	{"status 404", `herr(get, '/status/404')`},
	{"status 500", `herr(get, '/status/500')`},
	{"status 204", `get('/status/204')`},
	{"status 201", `get('/status/201')`},
	{"error is OSError", `(lambda: [issubclass(urllib.error.HTTPError, OSError), issubclass(urllib.error.URLError, OSError)])()`},
	{"auth refused", `herr(get, '/auth')`},
	{"auth handler", `(lambda m: (m.add_password('R', BASE, 'u', 'p'), opened(build_opener(urllib.request.HTTPBasicAuthHandler(m)), '/auth')))(urllib.request.HTTPPasswordMgr())`},
	{"auth default realm", `(lambda m: (m.add_password(None, BASE + '/', 'u', 'p'), opened(build_opener(urllib.request.HTTPBasicAuthHandler(m)), '/auth')))(urllib.request.HTTPPasswordMgrWithDefaultRealm())`},
	{"auth wrong password", `herr(lambda: (lambda m: (m.add_password('R', BASE, 'u', 'x'), opened(build_opener(urllib.request.HTTPBasicAuthHandler(m)), '/auth')))(urllib.request.HTTPPasswordMgr()))`},
	{"auth prior", `(lambda m: (m.add_password(None, BASE, 'u', 'p', is_authenticated=True), opened(build_opener(urllib.request.HTTPBasicAuthHandler(m)), '/auth')))(urllib.request.HTTPPasswordMgrWithPriorAuth())`},
	{"connection refused", `herr(urlopen, 'http://127.0.0.1:1/', timeout=5)`},
	{"no host", `herr(urlopen, 'http:///x')`},
	{"unknown scheme", `herr(urlopen, 'gopher://x/')`},
	{"bad url", `herr(urlopen, 'no-scheme')`},
	{"custom handler order", `(lambda H: opened(build_opener(H), '/echo/custom'))(type('H', (urllib.request.BaseHandler,), {'http_request': lambda self, r: (r.add_header('X-Added', '1'), r)[1], 'handler_order': 400}))`},
	{"opener addheaders", `(lambda o: (setattr(o, 'addheaders', [('User-agent', 'Agent/1')]), opened(o, '/headers')))(build_opener())`},
	{"install opener", `(lambda o: (urllib.request.install_opener(o), get('/installed'), urllib.request.install_opener(None)))(build_opener())`},
	{"info and iteration", `(lambda r: (sorted(k for k in r.info().keys() if k not in ('Server', 'Date')), list(r)))(urlopen(BASE + '/lines', timeout=20))`},
	{"urlretrieve", `(lambda r: (os.path.basename(r[0]) == os.path.basename(r[0]), open(r[0], 'rb').read(), r[1]['Content-Length']))(urllib.request.urlretrieve(BASE + '/fetch'))`},
	{"urlretrieve hook", `(lambda calls: (urllib.request.urlretrieve(BASE + '/fetch', os.devnull, lambda *a: calls.append(a))[0], calls))([])`},
	{"proxy handler bypass", `opened(build_opener(urllib.request.ProxyHandler({})), '/noproxy')`},
	{"proxy through peer", `(lambda o: herr(lambda: (lambda r: (r.status, r.read()))(o.open('http://example.invalid/echo/proxied', timeout=20))))(build_opener(urllib.request.ProxyHandler({'http': BASE})))`},
	{"status 304", `herr(get, '/status/304')`},
	{"post file with length", `(lambda r: (r.status, r.read()))(urlopen(Request(BASE + '/echo', io.BytesIO(b'filedata'), headers={'Content-length': '8'}), timeout=20))`},
	{"head redirect becomes get", `(lambda r: (r.status, r.read(), r.url.replace(str(PORT), 'PORT')))(urlopen(Request(BASE + '/redirect/1', method='HEAD'), timeout=20))`},
	{"put 302 refused", `herr(urlopen, Request(BASE + '/redirect/1', b'x', method='PUT'), timeout=20)[:2]`},
	{"timeout none", `(lambda r: (r.status, r.read()))(urlopen(BASE + '/t', timeout=None))`},
	{"fragment kept", `(lambda r: (r.url.replace(str(PORT), 'PORT'), r.read()))(urlopen(BASE + '/frag#x', timeout=20))`},
	{"query", `(lambda r: r.read())(urlopen(BASE + '/q?a=1&b=%20', timeout=20))`},
	{"https refused", `herr(urlopen, 'https://127.0.0.1:1/', timeout=5)`},
	{"invalid port", `herr(urlopen, 'http://127.0.0.1:abc/')`},
	{"redirect post 302", `get('/redirect/1', b'data')`},
	{"error body headers", `(lambda e: (e.code, e.info()['Content-Length'], e.getcode(), e.read(), e.read()))(_catch(lambda: urlopen(BASE + '/status/418', timeout=20)))`},
	{"httperror caught as urlerror", `(lambda: [type(e).__name__ for e in [_catch(lambda: urlopen(BASE + '/status/403', timeout=20))]])()`},
	{"response attrs", `(lambda r: (r.code, r.status, r.reason, r.getheader('Content-Length'), r.closed, r.read(), r.isclosed()))(urlopen(BASE + '/attrs', timeout=20))`},
	{"opener error hook", `(lambda H: opened(build_opener(H), '/status/404'))(type('H', (urllib.request.BaseHandler,), {'http_error_404': lambda self, req, fp, code, msg, hdrs: (fp.read(), fp)[1]}))`},
	{"processor response", `(lambda H: opened(build_opener(H), '/p'))(type('H', (urllib.request.BaseHandler,), {'http_response': lambda self, req, r: (setattr(r, 'status', 299), r)[1]}))`},
	{"default open handler", `(lambda H: build_opener(H).open('anything://x').read())(type('H', (urllib.request.BaseHandler,), {'default_open': lambda self, req: io.BytesIO(('default ' + req.full_url).encode())}))`},
	{"unknown open handler", `(lambda H: build_opener(H).open('zz://x').read())(type('H', (urllib.request.BaseHandler,), {'unknown_open': lambda self, req: io.BytesIO(b'mine'), 'handler_order': 100}))`},
	{"redirect visit limit attrs", `(lambda h: (h.max_repeats, h.max_redirections, h.inf_msg))(urllib.request.HTTPRedirectHandler())`},
	{"redirect custom limit", `(lambda h: (setattr(h, 'max_redirections', 2), herr(lambda: opened(build_opener(h), '/redirect/3'))[:2]))(urllib.request.HTTPRedirectHandler())`},
}

func TestURLLibRequest(t *testing.T) {
	t.Setenv("URLLIB_HTTP_PORT", strconv.Itoa(startPythonPeer(t, urllibPeerScript)))
	pytesting.DiffCases(t, "urllib_request", urllibRequestPrelude, urllibRequestCases)
}

// urllibHTTPSScript fetches over TLS: verified with the test CA, with a
// context, with cafile=, an unknown CA and a wrong host name refused
// (URLError whose reason is the SSLError), and a redirect over TLS.
const urllibHTTPSScript = `import os, ssl, urllib.request, urllib.error
PORT = int(os.getenv('URLLIB_HTTPS_PORT'))
CA = os.getenv('URLLIB_CA')
def fetch(url, **kw):
    try:
        with urllib.request.urlopen(url % PORT, timeout=20, **kw) as r:
            return (r.status, r.read(), r.url.replace(str(PORT), 'PORT'))
    except urllib.error.URLError as e:
        return ('URLError', isinstance(e.reason, ssl.SSLError), getattr(e.reason, 'reason', None), str(e.reason).startswith('[SSL: CERTIFICATE_VERIFY_FAILED]'))
print(fetch('https://localhost:%d/verified', context=ssl.create_default_context(cafile=CA)))
print(fetch('https://localhost:%d/cafile', cafile=CA))
print(fetch('https://localhost:%d/redirect/2', cafile=CA))
print(fetch('https://localhost:%d/unknown-ca', context=ssl.create_default_context()))
print(fetch('https://127.0.0.1:%d/wrong-host', context=ssl.create_default_context(cafile=CA)))
print(fetch('https://localhost:%d/unverified', context=ssl._create_unverified_context()))
try:
    urllib.request.urlopen('https://localhost:1/', cafile=CA, context=ssl.create_default_context())
except ValueError as e:
    print('ValueError', e)
h = urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=CA))
with urllib.request.build_opener(h).open('https://localhost:%d/opener' % PORT, timeout=20) as r:
    print(r.status, r.read())
`

func TestURLLibHTTPS(t *testing.T) {
	fx, err := testcerts.Generate(t.TempDir())
	require.NoError(t, err)
	t.Setenv("URLLIB_HTTPS_PORT", strconv.Itoa(startPythonPeer(t, urllibPeerScript, fx.LeafPEM, fx.LeafKey)))
	t.Setenv("URLLIB_CA", fx.CAPEM)
	want := pytesting.CPython36Output(t, "urllib_https", urllibHTTPSScript)
	got, err := pytesting.RunGuarded(t, urllibHTTPSScript)
	require.NoError(t, err, "output so far:\n%s", got)
	require.Equal(t, want, got)
}

// urllibErrorCases cover urllib.error, urllib.response and the old
// urllib.parse splitters urllib.request uses.
var urllibErrorCases = []pytesting.Case{
	{"urlerror", `(lambda e: (repr(e), str(e), e.args, e.reason, e.errno, e.strerror, e.filename))(urllib.error.URLError('reason here'))`},
	{"urlerror oserror", `str(urllib.error.URLError(OSError(111, 'Connection refused')))`},
	{"urlerror filename", `urllib.error.URLError('r', 'f.txt').filename`},
	{"httperror", `(lambda h: (repr(h), str(h), h.code, h.msg, h.hdrs, h.reason, h.headers, h.geturl(), h.getcode(), h.read(), h.info()))(urllib.error.HTTPError('http://x/', 404, 'Not Found', {'a': 'b'}, io.BytesIO(b'body')))`},
	{"httperror no fp", `(lambda h: (repr(h), str(h), h.fp, h.errno))(urllib.error.HTTPError('http://x/', 500, 'Oops', None, None))`},
	{"httperror raise", `_raise(urllib.error.HTTPError('http://x/', 403, 'Forbidden', {}, None))`},
	{"content too short", `(lambda c: (repr(c), c.content, c.reason))(urllib.error.ContentTooShortError('msg', b'content'))`},
	{"mro", `[c.__name__ for c in urllib.error.HTTPError.__mro__]`},
	{"addinfourl", `(lambda a: (a.geturl(), a.getcode(), a.info(), a.readline(), list(a), a.code, a.url))(urllib.response.addinfourl(io.BytesIO(b'ab\ncd'), {'h': 1}, 'http://u', 200))`},
	{"addinfourl closed", `(lambda a: (a.close(), a.closed, a.fp.closed))(urllib.response.addinfourl(io.BytesIO(b''), {}, 'u'))`},
	{"addclosehook", `(lambda calls: (lambda a: (a.close(), a.close(), calls))(urllib.response.addclosehook(io.BytesIO(b''), calls.append, 'x')))([])`},
	{"with closed", `(lambda a: (a.close(), a.__enter__()))(urllib.response.addbase(io.BytesIO(b'')))`},
	{"splithost", `[urllib.parse.splithost(a) for a in ['//h/p', '//h', '/p', '//h:1/p?q', '//h?q', '//h#f', '//', 'http://x']]`},
	{"splitport", `[urllib.parse.splitport(a) for a in ['h:80', 'h:', 'h:x', '[::1]:80', 'h', 'h:80:90', ':80']]`},
	{"splitnport", `[(urllib.parse.splitnport(a), urllib.parse.splitnport(a, 5)) for a in ['h:80', 'h:', 'h:x', 'h', ':80']]`},
	{"request parts", `(lambda r: (r.full_url, r.type, r.host, r.selector, r.fragment, r.get_method(), sorted(r.header_items()), r.origin_req_host, r.has_header('Content-type')))(urllib.request.Request('http://example.com:8080/path?q=1#frag', data=b'x', headers={'X-a': 'b', 'content-TYPE': 'text/x'}))`},
	{"request data reset", `(lambda r: (r.add_unredirected_header('Content-length', '1'), setattr(r, 'data', b'yy'), r.has_header('Content-length'), r.get_method()))(urllib.request.Request('http://h/', b'x'))`},
	{"request method", `(lambda r: (r.get_method(), setattr(r, 'method', 'PUT'), r.get_method()))(urllib.request.Request('http://h/'))`},
	{"request bad", `urllib.request.Request('nope')`},
	{"request remove header", `(lambda r: (r.remove_header('X-a'), r.header_items(), r.get_header('X-a', 'gone')))(urllib.request.Request('http://h/', headers={'x-a': 1}))`},
	{"request proxy", `(lambda r: (r.set_proxy('proxy:3128', 'http'), r.host, r.type, r.selector, r.has_proxy()))(urllib.request.Request('http://h/p'))`},
	{"request https proxy", `(lambda r: (r.set_proxy('proxy:3128', 'http'), r.host, r.type, r._tunnel_host, r.has_proxy()))(urllib.request.Request('https://h/p'))`},
	{"opener tables", `(lambda o: (sorted(k for k in o.handle_open if k != 'ftp'), sorted(str(k) for k in o.handle_error['http']), sorted(o.process_request), sorted(o.process_response)))(urllib.request.build_opener())`},
	{"opener bad handler", `urllib.request.OpenerDirector().add_handler(object())`},
	{"parse lists", `(urllib.request.parse_http_list('a, "b,c", d'), urllib.request.parse_keqv_list(['a="b"', 'c=d']))`},
	{"proxy parse", `(urllib.request._parse_proxy('http://user:pw@proxy:3128/'), urllib.request._parse_proxy('proxy:3128'))`},
	{"password mgr", `(lambda pm: (pm.add_password(None, 'http://h/a/', 'u', 'p'), pm.find_user_password('r', 'http://h/a/b'), pm.find_user_password('r', 'http://h/c')))(urllib.request.HTTPPasswordMgrWithDefaultRealm())`},
	{"pathname", `(urllib.request.pathname2url('/a b/c'), urllib.request.url2pathname('/a%20b'))`},
	{"data url", `(lambda f: (f.read(), f.info()['content-type'], f.geturl()))(urllib.request.urlopen('data:text/plain;base64,aGVsbG8='))`},
	{"data url plain", `(lambda f: (f.read(), f.info()['Content-type']))(urllib.request.urlopen('data:,a%20b'))`},
	{"file url", `(lambda f: (f.read(), f.info()['Content-type'], f.info()['Content-length'], f.getcode()))(urllib.request.urlopen('file://' + FILE))`},
	{"file url missing", `_reason(lambda: urllib.request.urlopen('file://' + FILE + '.missing'))`},
	{"unknown type", `urllib.request.urlopen('gopher://x/')`},
	{"all", `sorted(n for n in urllib.request.__all__ if 'FTP' not in n and 'Digest' not in n and 'URLopener' not in n)`},
	{"bypass env", `[urllib.request.proxy_bypass_environment(h, {'no': n}) for h, n in [('www.example.com:80', 'example.com, other'), ('example.com', '*'), ('notexample.com', 'example.com'), ('a.b.c', '.b.c'), ('HOST.x', 'host.x'), ('h:8080', 'h'), ('h', ' , ')]] + [urllib.request.proxy_bypass_environment('h', {})]`},
	{"env proxies", `_environ({'HTTP_PROXY': 'http://up:1', 'https_proxy': 'http://s:2', 'no_proxy': 'x', 'FTP_PROXY': 'f', 'ftp_proxy': ''}, lambda: sorted(urllib.request.getproxies_environment().items()))`},
	{"env proxies cgi", `_environ({'HTTP_PROXY': 'http://up:1', 'REQUEST_METHOD': 'GET'}, lambda: sorted(urllib.request.getproxies().items()))`},
	{"env handler", `_environ({'http_proxy': 'http://p:3'}, lambda: urllib.request.ProxyHandler().proxies['http'])`},
	{"proxy not mapping", `urllib.request.ProxyHandler([])`},
	{"proxy no authority", `urllib.request._parse_proxy('http:/bad')`},
	{"proxy parts", `[urllib.request._parse_proxy(p) for p in ['http://u@h:1/x', 'https://h', 'u:p@h:2', 'socks5://a:b@h']]`},
	{"full url set", `(lambda r: (setattr(r, 'full_url', 'https://o/x#y'), r.type, r.host, r.selector, r.fragment, r.full_url, r.get_full_url()))(urllib.request.Request('http://h/'))`},
	{"full url del", `(lambda r: (delattr(r, 'full_url'), r.selector, r.full_url))(urllib.request.Request('http://h/p'))`},
	{"host unquoted", `[urllib.request.Request(u).host for u in ['http://a%20b/', 'http://h:80', 'file:///x', 'http://u:p@h/']]`},
	{"header case", `(lambda r: (r.add_header('x-FOO', 1), r.add_unredirected_header('CONTENT-type', 't'), r.header_items(), r.has_header('X-foo'), r.has_header('x-FOO'), r.get_header('Content-type')))(urllib.request.Request('http://h/'))`},
	{"redirected header wins", `(lambda r: (r.add_unredirected_header('A', 1), r.add_header('a', 2), r.header_items(), r.get_header('A')))(urllib.request.Request('http://h/'))`},
	{"empty method", `[urllib.request.Request('http://h/', d, method='').get_method() for d in (None, b'')]`},
	{"request host fn", `[urllib.request.request_host(urllib.request.Request(u)) for u in ['http://Example.COM:80/x', 'http://[::1]:8/', 'http://h']]`},
	{"unknown via request", `urllib.request.urlopen(urllib.request.Request('foo://x/'))`},
	{"unknown foo", `urllib.request.Request('foo')`},
	{"data no comma", `urllib.request.urlopen('data:text/plain')`},
	{"data charset", `(lambda f: (f.read(), f.info()['content-type'], f.info()['Content-length']))(urllib.request.urlopen('data:text/html;charset=utf-8,%3Cb%3E'))`},
	{"data bad base64", `urllib.request.urlopen('data:;base64,abc')`},
	{"data base64 default type", `(lambda f: (f.read(), f.info()['content-type']))(urllib.request.urlopen('data:;base64,eHk='))`},
	{"httperror headers set", `(lambda h: (setattr(h, 'headers', {'x': 1}), h.hdrs, h.info()))(urllib.error.HTTPError('u', 400, 'Bad', {}, io.BytesIO(b'')))`},
	{"httperror iterate", `(lambda h: (h.readline(), h.read(), h.getcode(), h.geturl(), h.status if hasattr(h, 'status') else 'none'))(urllib.error.HTTPError('u', 400, 'Bad', {}, io.BytesIO(b'a\nb')))`},
	{"error subclasses", `[issubclass(urllib.error.ContentTooShortError, urllib.error.URLError), issubclass(urllib.error.HTTPError, urllib.response.addinfourl), urllib.error.URLError.__module__]`},
	{"urlerror oserror reason", `(lambda e: (e.reason.errno, e.args, e.errno))(urllib.error.URLError(OSError(2, 'gone')))`},
	{"retrieve file url", `(lambda r: (r[0] == FILE, r[1]['Content-length']))(urllib.request.urlretrieve('file://' + FILE))`},
	{"retrieve file to name", `(lambda r: (r[0] == FILE + '.copy', open(r[0]).read()))(urllib.request.urlretrieve('file://' + FILE, FILE + '.copy'))`},
	{"file remote host", `urllib.request.urlopen('file://example.invalid' + FILE)`},
	{"file localhost", `(lambda f: (f.read(), f.geturl() == 'file://localhost' + FILE))(urllib.request.urlopen('file://localhost' + FILE))`},
	{"file dir", `_reason(lambda: urllib.request.urlopen('file://' + os.path.dirname(FILE)).read())`},
	{"http lists", `(urllib.request.parse_http_list('a, "b\\"c", , d ,"e,f" '), urllib.request.parse_http_list(''), urllib.request.parse_keqv_list(['a=""', 'b="x', 'c=d=e']))`},
	{"password mgr lists", `(lambda pm: (pm.add_password('r', ['http://h', 'https://g:444/x'], 'u', 'p'), pm.find_user_password('r', 'http://h:80/a'), pm.find_user_password('r', 'g:444/x/y'), pm.find_user_password('r', 'https://g/x'), pm.find_user_password('other', 'http://h/')))(urllib.request.HTTPPasswordMgr())`},
	{"reduce uri", `(lambda pm: [pm.reduce_uri('http://h/p'), pm.reduce_uri('h:1'), pm.reduce_uri('https://h', False), pm.reduce_uri('https://h'), pm.reduce_uri('ftp://h/x'), pm.is_suburi(('h', '/a'), ('h', '/ab')), pm.is_suburi(('h', '/a'), ('g', '/a'))])(urllib.request.HTTPPasswordMgr())`},
	{"prior auth", `(lambda pm: (pm.is_authenticated('http://h/'), pm.add_password('r', 'http://h/', 'u', 'p', True), pm.is_authenticated('http://h/x'), pm.find_user_password(None, 'http://h/'), pm.update_authenticated('http://h/', False), pm.is_authenticated('http://h/')))(urllib.request.HTTPPasswordMgrWithPriorAuth())`},
	{"basic unsupported", `urllib.request.HTTPBasicAuthHandler().http_error_401(urllib.request.Request('http://h/'), None, 401, 'U', http.client.parse_headers(io.BytesIO(b'WWW-Authenticate: Digest realm="x"\r\n\r\n')))`},
	{"basic no creds", `urllib.request.HTTPBasicAuthHandler().http_error_401(urllib.request.Request('http://h/'), None, 401, 'U', http.client.parse_headers(io.BytesIO(b'WWW-Authenticate: Basic realm="x"\r\n\r\n')))`},
	{"handler order", `[n for n in [type(h).__name__ for h in urllib.request.build_opener().handlers] if 'FTP' not in n]`},
	{"replace standard", `(lambda o: [type(h).__name__ for h in o.handlers].count('HTTPHandler'))(urllib.request.build_opener(urllib.request.HTTPHandler, urllib.request.HTTPSHandler()))`},
	{"add handler twice", `(lambda o, h: (o.add_handler(h), o.add_handler(h), len(o.handlers), len(o.handle_open['http'])))(urllib.request.OpenerDirector(), urllib.request.HTTPHandler())`},
	{"handler no hooks", `(lambda o: (o.add_handler(urllib.request.BaseHandler()), o.handlers))(urllib.request.OpenerDirector())`},
	{"handler lt", `[urllib.request.BaseHandler() < object(), urllib.request.ProxyHandler({}) < urllib.request.HTTPErrorProcessor()]`},
	{"addbase with", `(lambda a: (a.__enter__() is a, a.read(), a.__exit__(None, None, None), a.closed))(urllib.response.addbase(io.BytesIO(b'x')))`},
	{"pathname unicode", `(urllib.request.pathname2url('/\u00fc?#%'), urllib.request.url2pathname('/%C3%BC%3F'))`},
	{"opener str data", `urllib.request.build_opener().open('http://h/', 'text')`},
	{"no opener", `urllib.request.urlopen(None)`},
	{"http list edges", `[urllib.request.parse_http_list(s) for s in [',a', 'a,', 'a, ', ' ', ',', 'a,,b', '"x\\\\y"', '"unclosed, x']]`},
	{"file types", `[urllib.request.urlopen('file://' + _touch(n)).info()['Content-type'] for n in ['a.html', 'b.json', 'c.tar.gz', 'd.gz', 'e.unknownext', 'f.PNG', 'g.txt.bz2', 'h']]`},
}

const urllibErrorPrelude = pytesting.ShowRepr + `import http.client, io, os, urllib.error, urllib.response, urllib.parse, urllib.request
FILE = os.path.join(os.getenv('URLLIB_TMP'), 'f.txt')
with open(FILE, 'w') as f:
    f.write('hello\nworld\n')
def _raise(e):
    raise e
def _reason(f):
    try:
        f()
    except urllib.error.URLError as e:
        return (type(e).__name__, type(e.reason).__name__, e.reason.errno, e.reason.strerror)
def _touch(name):
    path = os.path.join(os.getenv('URLLIB_TMP'), name)
    open(path, 'w').close()
    return path
def _environ(values, f):
    # Run f with the proxy variables replaced by values, then restore.
    saved = dict(os.environ)
    for k in list(os.environ):
        if k.lower().endswith('_proxy') or k == 'REQUEST_METHOD':
            del os.environ[k]
    os.environ.update(values)
    try:
        return f()
    finally:
        os.environ.clear()
        os.environ.update(saved)
`

func TestURLLibErrorsAndParts(t *testing.T) {
	t.Setenv("URLLIB_TMP", t.TempDir())
	pytesting.DiffCases(t, "urllib_errors", urllibErrorPrelude, urllibErrorCases)
}

// urllibFuzzScript feeds the text whose UTF-8 bytes are hex-encoded in the
// first line to urllib.request's parsers of untrusted input: URLs given to
// Request, data: URLs, header lists, proxy settings and no_proxy lists.
// It prints "ok" or the class of the exception CPython would raise.
const urllibFuzzScript = `import urllib.request, urllib.error
s = bytes.fromhex(%q).decode('utf-8', 'replace')
try:
    urllib.request.parse_http_list(s)
    try:
        urllib.request.parse_keqv_list(urllib.request.parse_http_list(s))
    except (ValueError, IndexError):
        pass
    urllib.request.proxy_bypass_environment('host.example:80', {'no': s})
    try:
        urllib.request._parse_proxy(s)
    except ValueError:
        pass
    try:
        r = urllib.request.Request(s)
        (r.type, r.host, r.selector, r.full_url, r.origin_req_host)
    except ValueError:
        pass
    urllib.request.urlopen('data:' + s).read()
    print('ok')
except (ValueError, urllib.error.URLError, UnicodeError) as e:
    print(type(e).__name__)
`

func FuzzURLLibRequestParsers(f *testing.F) {
	for _, s := range []string{",x", "text/plain;base64,aGk=", ";base64,a", "a=\"b\", c", "http://u:p@h:1/", "http:/x", "\"\\", "%zz,%41", "*", ".a, b,,", "\x00"} {
		f.Add(s)
	}
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, s string) {
		out, err := shared.Run(t, fmt.Sprintf(urllibFuzzScript, hex.EncodeToString([]byte(s))))
		require.NoError(t, err, "input %q", s)
		require.Regexp(t, `^(ok|ValueError|Error|URLError|UnicodeEncodeError|UnicodeDecodeError)\n$`, out, "input %q", s)
	})
}

// The deprecated URLopener and FancyURLopener, against the same peer.
const urllibLegacyPrelude = pytesting.ShowRepr + `import gc, os, tempfile, warnings, urllib.request, urllib.error
warnings.simplefilter('ignore', DeprecationWarning)
PORT = int(os.getenv('URLLIB_HTTP_PORT'))
BASE = 'http://127.0.0.1:%d' % PORT
def P(s):
    return str(s).replace(str(PORT), 'PORT')
def fetch(opener, url, data=None):
    try:
        r = opener.open(url if ':' in url else BASE + url, data)
        # the error paths drop the response whose file r reads: 3.6's
        # reference counts close it there, a collection does it here
        gc.collect()
        try:
            body = r.read()
        except ValueError as e:
            body = type(e).__name__
        return (r.getcode(), P(r.geturl()), r.info().get('Content-Type'), body)
    except Exception as e:
        return type(e).__name__, P(e)
def F():
    return urllib.request.FancyURLopener()
def U():
    return urllib.request.URLopener()
def quoted():
    class Spam(urllib.request.URLopener):
        def open_spam(self, url):
            return url
    return [Spam().open('spam://example/ /'), Spam().open("spam://c:|windows%/:=&?~#+!$,;'@()*[]|/path/"), fetch(Spam(), 'local_file://x'), fetch(Spam(), 'local-file://x')]
def local():
    fd, name = tempfile.mkstemp()
    os.write(fd, b'contents\n')
    os.close(fd)
    try:
        r = U().open(name)
        out = [r.read(), r.geturl() == 'file://' + name, r.getcode(), r.info()['Content-Length'], r.info()['Content-Type']]
        r.close()
        r = U().open('file://localhost' + name)
        out += [r.read(), r.geturl() == 'file://' + name]
        r.close()
        f, h = U().retrieve('file:' + name)
        out += [f == name, h['Content-Length']]
        o = U()
        f, h = o.retrieve(BASE + '/fetch.txt?q=1')
        out += [open(f, 'rb').read(), h['Content-Length'], os.path.splitext(f)[1]]
        o.close()
        out.append(os.path.exists(f))
    finally:
        os.unlink(name)
    e = fetch(U(), 'file://localhost' + name)
    return out + [e[0], e[1].replace(name, 'NAME')]
def warned():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        urllib.request.FancyURLopener()
        urllib.request.URLopener()
    return [(x.category.__name__, str(x.message)) for x in w]
`

var urllibLegacyCases = []pytesting.Case{
	{"get", `fetch(F(), '/hello')`},
	{"plain opener get", `fetch(U(), '/hello')`},
	{"redirect", `fetch(F(), '/redirect/3')`},
	{"redirect loop", `fetch(F(), '/loop')`},
	{"redirect bad scheme", `fetch(F(), '/bad-scheme')`},
	{"plain opener redirect", `fetch(U(), '/redirect/1')`},
	{"status 404 returned", `fetch(F(), '/status/404')`},
	{"status 404 raised", `fetch(U(), '/status/404')`},
	{"auth", `fetch(F(), '/auth')`},
	{"headers", `fetch(F(), '/headers')`},
	{"credentials in url", `fetch(F(), 'http://a b:c d@127.0.0.1:%d/headers' % PORT)`},
	{"post", `fetch(F(), '/echo', b'x=1')`},
	{"data url", `[fetch(U(), u)[:2] for u in ('data:,a%20b', 'data:text/html;base64,PGI+', 'data:nocomma')]`},
	{"unknown scheme", `fetch(U(), 'gopher://x/')`},
	{"connection refused", `fetch(U(), 'http://127.0.0.1:1/')`},
	{"no host", `[fetch(U(), 'http:///x'), fetch(U(), 'ftp:///x')]`},
	{"remote file refused", `fetch(U(), 'file://example.com/x')`},
	{"quoting and local_file", `quoted()`},
	{"local files", `local()`},
	{"helpers", `(type(urllib.request.thishost()).__name__, urllib.request.localhost(), urllib.request.MAXFTPCACHE, urllib.request.ftpcache, F().maxtries, U().version == 'Python-urllib/3.6', urllib.request.ftperrors()[0].__name__)`},
	{"deprecation", `warned()`},
}

func TestURLLibLegacyOpeners(t *testing.T) {
	t.Setenv("URLLIB_HTTP_PORT", strconv.Itoa(startPythonPeer(t, urllibPeerScript)))
	pytesting.DiffCases(t, "urllib_legacy", urllibLegacyPrelude, urllibLegacyCases)
}
