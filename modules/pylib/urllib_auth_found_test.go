package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// urllib.request's authentication handlers against CPython 3.6.15, as
// CPython's own test_urllib2 and test_urllib2_localnet exercise them:
// Digest answers (MD5 and SHA, with and without qop=auth, opaque, the
// refusals), HTTPDigestAuthHandler and ProxyDigestAuthHandler against a
// server in a thread, the Basic handler's challenge parsing (several
// challenges in one header, the unquoted-realm warning, other schemes
// refused) and _proxy_bypass_macosx_sysconf.

const urllibAuthPrelude = pytesting.ShowRepr + `import email.message, http.server, threading, urllib.error, urllib.request, warnings

class FixedDigest(urllib.request.AbstractDigestAuthHandler):
    auth_header = 'Authorization'
    def get_cnonce(self, nonce):
        return '0a4f113b'

def _digest(chal, method='GET', data=None, url='http://example.com/dir/index.html?x=1'):
    mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    mgr.add_password(None, 'http://example.com/', 'Mufasa', 'Circle Of Life')
    h = FixedDigest(mgr)
    req = urllib.request.Request(url, data=data, method=method)
    first = h.get_authorization(req, chal)
    second = h.get_authorization(req, chal)
    return first, second, h.nonce_count

def _reqed(value, retried=0):
    h = FixedDigest()
    h.retried = retried
    headers = email.message.Message()
    if value is not None:
        headers['WWW-Authenticate'] = value
    return h.http_error_auth_reqed('www-authenticate', 'example.com',
                                   urllib.request.Request('http://example.com/'), headers), h.retried

class _Recorder(urllib.request.HTTPBasicAuthHandler):
    def retry_http_basic_auth(self, host, req, realm):
        return ('answered', realm)

def _basic(*values):
    h = _Recorder()
    headers = email.message.Message()
    for v in values:
        headers['WWW-Authenticate'] = v
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            got = h.http_error_auth_reqed('www-authenticate', 'example.com',
                                          urllib.request.Request('http://example.com/'), headers)
        except ValueError as e:
            got = ('ValueError', str(e))
    return got, [str(w.message) for w in caught]

class _DigestServer(http.server.BaseHTTPRequestHandler):
    challenge = 'Digest realm="vault", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41"'
    header, code = 'Authorization', 401
    def do_GET(self):
        got = self.headers.get(self.header)
        if got is None:
            self.send_response(self.code)
            self.send_header('WWW-Authenticate' if self.code == 401 else 'Proxy-Authenticate', self.challenge)
            self.send_header('Content-Length', '0')
            self.end_headers()
            return
        body = got.encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

class _ProxyServer(_DigestServer):
    header, code = 'Proxy-Authorization', 407

def _round_trip(proxy=False):
    server = http.server.HTTPServer(('127.0.0.1', 0), _ProxyServer if proxy else _DigestServer)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    base = 'http://127.0.0.1:%d' % server.server_port
    try:
        if proxy:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password('vault', '127.0.0.1:%d' % server.server_port, 'ann', 'secret')
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({'http': base}),
                                                 urllib.request.ProxyDigestAuthHandler(mgr))
            url = 'http://target.invalid/doc'
        else:
            auth = urllib.request.HTTPDigestAuthHandler()
            auth.add_password('vault', base + '/', 'ann', 'secret')
            opener = urllib.request.build_opener(auth)
            url = base + '/doc?q=1'
        with opener.open(url, timeout=5) as reply:
            text = reply.read().decode()
        return reply.status, text.replace(str(server.server_port), 'PORT')
    except urllib.error.HTTPError as e:
        return 'HTTPError', e.code, e.msg
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)

_MAC = {'exclude_simple': True, 'exceptions': ['', '*.local', '127.0.0.1', '10.1/16', '192.168.0.0/24', 'intra*']}
`

var urllibAuthCases = []pytesting.Case{
	{"digest no qop", `_digest({'realm': 'testrealm@host.com', 'nonce': 'dcd98b7102dd2f0e8b11d0f600bfb0c093'})`},
	{"digest qop auth twice", `_digest({'realm': 'testrealm@host.com', 'nonce': 'dcd98b7102dd2f0e8b11d0f600bfb0c093', 'qop': 'auth,auth-int', 'opaque': '5ccc069c403ebaf9f0171e9517f40e41'})`},
	{"digest SHA post", `_digest({'realm': 'r', 'nonce': 'n', 'algorithm': 'SHA'}, 'POST', b'body')`},
	{"digest unknown algorithm", `_digest({'realm': 'r', 'nonce': 'n', 'algorithm': 'MD5-sess'})`},
	{"digest qop auth-int only", `_digest({'realm': 'r', 'nonce': 'n', 'qop': 'auth-int'})`},
	{"digest without nonce", `_digest({'realm': 'r'})`},
	{"digest unknown user", `_digest({'realm': 'r', 'nonce': 'n'}, url='http://other.example/')`},
	{"reqed no header", `_reqed(None)`},
	{"reqed basic ignored", `_reqed('Basic realm="x"')`},
	{"reqed other scheme", `_reqed('NTLM')`},
	{"reqed too many tries", `_reqed('Digest realm="x", nonce="y"', 6)`},
	{"digest handler names", `(urllib.request.HTTPDigestAuthHandler.handler_order, urllib.request.HTTPDigestAuthHandler.auth_header, urllib.request.ProxyDigestAuthHandler.auth_header, [n for n in urllib.request.__all__ if 'Digest' in n])`},
	{"digest round trip", `_round_trip()`},
	{"proxy digest round trip", `_round_trip(True)`},
	{"basic quoted", `_basic('Basic realm="one"')`},
	{"basic single quoted", `_basic("Basic realm='one'")`},
	{"basic unquoted", `_basic('Basic realm=one')`},
	{"basic after other", `_basic('Digest realm="d", Basic realm="b"')`},
	{"basic two headers", `_basic('NTLM', 'Basic realm="second"')`},
	{"basic other only", `_basic('NTLM')`},
	{"basic other schemes", `_basic('Negotiate realm="n"', 'NTLM')`},
	{"basic empty", `_basic('')`},
	{"mac simple name", `urllib.request._proxy_bypass_macosx_sysconf('intranet', _MAC)`},
	{"mac simple kept", `urllib.request._proxy_bypass_macosx_sysconf('intranet', dict(_MAC, exclude_simple=False))`},
	{"mac pattern", `[urllib.request._proxy_bypass_macosx_sysconf(h, _MAC) for h in ('printer.local', 'printer.local:631', 'www.example.invalid')]`},
	{"mac addresses", `[urllib.request._proxy_bypass_macosx_sysconf(h, _MAC) for h in ('127.0.0.1', '10.1.200.3', '10.2.0.1', '192.168.0.77', '192.168.1.77:8080')]`},
}

func TestUrllibAuthFoundDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "urllib_auth_found", urllibAuthPrelude, urllibAuthCases)
}
