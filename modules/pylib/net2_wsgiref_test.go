package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of wsgiref against CPython 3.6: util, headers,
// the handlers over in-memory streams, the validator, and a real
// make_server on 127.0.0.1 answering http.client (each request served
// by a thread that handles exactly one request; the Date header and the
// interpreter part of Server are masked).

const wsgirefPrelude = pytesting.ShowRepr + `import io, sys, threading, warnings, http.client, socket
from wsgiref import util, headers, handlers, simple_server, validate
from wsgiref.headers import Headers
warnings.simplefilter("ignore")
def env(**kw):
    e = dict(kw)
    util.setup_testing_defaults(e)
    return e
def shifted(script, path):
    e = {"SCRIPT_NAME": script, "PATH_INFO": path}
    name = util.shift_path_info(e)
    return name, e["SCRIPT_NAME"], e["PATH_INFO"]
def app(environ, start_response):
    body = ("%s %s %s %r" % (environ["REQUEST_METHOD"], environ["PATH_INFO"], environ.get("QUERY_STRING"), environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0)))).encode()
    start_response("200 OK", [("Content-Type", "text/plain"), ("X-Path", environ["PATH_INFO"])])
    return [body]
def streamed(environ, start_response):
    write = start_response("201 Created", [("Content-Type", "text/plain")])
    write(b"first;")
    return iter([b"second;", b"", b"third"])
def broken(environ, start_response):
    raise ValueError("app failed")
def late_error(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain")])
    yield b"partial"
    raise ValueError("late")
def no_body(environ, start_response):
    start_response("204 No Content", [])
    return []
def masked(data):
    lines = data.split(b"\r\n")
    out = []
    for line in lines:
        if line.startswith(b"Date: "):
            line = b"Date: <masked>"
        if line.startswith(b"Server: "):
            line = line.split(b" ")[0] + b" " + line.split(b" ")[1] + b" <python>"
        out.append(line)
    return b"\r\n".join(out)
def run(handler_class, application, environ=None, body=b"", **kw):
    out, err = io.BytesIO(), io.StringIO()
    e = env(**(environ or {}))
    h = handler_class(io.BytesIO(body), out, err, e, **kw)
    h.run(application)
    return masked(out.getvalue()), err.getvalue().count("Traceback"), err.getvalue().strip().split("\n")[-1]
def serve(application, requests):
    srv = simple_server.make_server("127.0.0.1", 0, application)
    srv.RequestHandlerClass.log_message = lambda self, *a: None
    port = srv.server_address[1]
    def loop():
        for _ in requests:
            srv.handle_request()
    t = threading.Thread(target=loop)
    saved, sys.stderr = sys.stderr, io.StringIO()
    t.start()
    results = []
    try:
        for method, path, body, hdrs in requests:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=20)
            c.request(method, path, body, hdrs)
            r = c.getresponse()
            hs = [(k, "<masked>" if k == "Date" else (" ".join(v.split()[:1]) if k == "Server" else v)) for k, v in r.getheaders()]
            results.append((r.status, r.reason, r.version, hs, r.read()))
            c.close()
    finally:
        t.join(30)
        srv.server_close()
        sys.stderr = saved
    return results
def W(f):
    try:
        return f()
    except AssertionError as e:
        return "AssertionError", str(e)
def lint(application, environ=None):
    out = io.BytesIO()
    e = env(**(environ or {}))
    h = handlers.SimpleHandler(io.BytesIO(b""), out, io.StringIO(), e)
    h.run(validate.validator(application))
    return masked(out.getvalue())
def V(application, environ=None):
    result = None
    wrapped = validate.validator(application)
    def sr(status, hdrs, exc_info=None):
        return lambda data: None
    e = env(**(environ or {}))
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            it = wrapped(e, sr)
            out = list(it)
            it.close()
        return out, [str(x.message) for x in w]
    except AssertionError as err:
        return "AssertionError", str(err)
def simple(status, hdrs, body=(b"x",)):
    def a(environ, start_response):
        start_response(status, hdrs)
        return list(body)
    return a
`

var wsgirefCases = []pytesting.Case{
	{"names", `(util.__all__, handlers.__all__, simple_server.__all__, validate.__all__)`},
	{"setup_testing_defaults", `sorted((k, v) for k, v in env().items() if not k.startswith("wsgi.") or k in ("wsgi.version", "wsgi.url_scheme", "wsgi.run_once"))`},
	{"setup_testing_defaults https", `(lambda e: (e["wsgi.url_scheme"], e["SERVER_PORT"], e["HTTP_HOST"]))(env(HTTPS="on", SERVER_NAME="h.example"))`},
	{"setup_testing_defaults path", `(lambda e: ("SCRIPT_NAME" in e, e["PATH_INFO"]))(env(PATH_INFO="/x"))`},
	{"guess_scheme", `[util.guess_scheme({"HTTPS": v}) for v in ("yes", "on", "1", "off", "", "YES")] + [util.guess_scheme({})]`},
	{"application_uri", `[util.application_uri(env(**kw)) for kw in ({}, {"SCRIPT_NAME": "/app"}, {"HTTP_HOST": "h:8080", "SCRIPT_NAME": "/s p"}, {"HTTP_HOST": "", "SERVER_NAME": "n", "SERVER_PORT": "81"}, {"HTTPS": "1", "HTTP_HOST": "", "SERVER_NAME": "n", "SERVER_PORT": "443"}, {"HTTPS": "1", "HTTP_HOST": "", "SERVER_NAME": "n", "SERVER_PORT": "80"}, {"SCRIPT_NAME": "/caf\u00e9"})]`},
	{"request_uri", `[util.request_uri(env(**kw), q) for kw, q in (({"PATH_INFO": "/a b;c=d,e"}, True), ({"SCRIPT_NAME": "/s", "PATH_INFO": "/p", "QUERY_STRING": "x=1"}, True), ({"SCRIPT_NAME": "/s", "PATH_INFO": "/p", "QUERY_STRING": "x=1"}, False), ({"PATH_INFO": "/%?#"}, True), ({"PATH_INFO": ""}, True))]`},
	{"shift_path_info", `[shifted(s, p) for s, p in (("", "/a/b"), ("/x", "/a/b/"), ("", ""), ("", "/"), ("/x", "/./a"), ("/x", "//a///b"), ("/x/", "/a"), ("", "/a/../b"), ("/x", "/."), ("", "/.."))]`},
	{"is_hop_by_hop", `[util.is_hop_by_hop(h) for h in ("Connection", "keep-alive", "TE", "Content-Type", "upgrade", "Proxy-Authorization")]`},
	{"FileWrapper", `(lambda fw: (list(fw), fw.close(), fw.filelike.closed))(util.FileWrapper(io.BytesIO(b"abcdefghij"), 4))`},
	{"FileWrapper getitem", `(lambda fw: (fw[0], fw[1], fw[99]))(util.FileWrapper(io.BytesIO(b"abcdef"), 4))`},
	{"FileWrapper no close", `hasattr(util.FileWrapper(iter([])), "close")`},
	{"headers basics", `(lambda h: (len(h), h["content-type"], h.get("X-A"), h.get("missing", "d"), "X-a" in h, "Y" in h, h.keys(), h.values(), h.items(), h.get_all("x-a"), repr(h), str(h), bytes(h)))(Headers([("Content-Type", "text/html"), ("X-A", "1"), ("x-a", "2")]))`},
	{"headers set del", `(lambda h: (h.__setitem__("x-a", "3"), h.__delitem__("nope"), h.setdefault("Content-Type", "no"), h.setdefault("New", "yes"), h.items()))(Headers([("Content-Type", "text/html"), ("X-A", "1"), ("x-a", "2")]))`},
	{"headers add_header", `(lambda h: (h.add_header("Content-Disposition", "attachment", filename="bud.gif"), h.add_header("X", None, no_value=None, q_x="a b", plain="tok"), h.add_header("Y", "v", e='x"y\\z'), h.items()))(Headers())`},
	{"headers empty", `(str(Headers()), repr(Headers([])), bytes(Headers()))`},
	{"headers not list", `Headers((("a", "b"),))`},
	{"headers bad type", `W(lambda: Headers([("a", 1)]))`},
	{"headers bad set", `W(lambda: Headers().__setitem__("a", b"x"))`},
	{"format_date_time", `[handlers.format_date_time(t) for t in (0, 1e9, 1234567890, 951782400)]`},
	{"read_environ", `(lambda e: (type(e).__name__, "PATH" in e))(handlers.read_environ())`},
	{"simple handler", `run(handlers.SimpleHandler, app, {"REQUEST_METHOD": "POST", "PATH_INFO": "/p", "QUERY_STRING": "a=1", "CONTENT_LENGTH": "4"}, b"body")`},
	{"simple handler streamed", `run(handlers.SimpleHandler, streamed)`},
	{"simple handler error", `run(handlers.SimpleHandler, broken)`},
	{"simple handler late error", `run(handlers.SimpleHandler, late_error)`},
	{"simple handler no body", `run(handlers.SimpleHandler, no_body)`},
	{"simple handler http 0.9", `run(handlers.SimpleHandler, app, {"SERVER_PROTOCOL": "HTTP/0.9"})`},
	{"base cgi handler", `run(handlers.BaseCGIHandler, app)`},
	{"base cgi handler error", `run(handlers.BaseCGIHandler, broken)`},
	{"handler environ", `(lambda seen: (run(handlers.SimpleHandler, lambda e, s: (seen.update(e), s("200 OK", []), [])[2], multithread=False, multiprocess=True), sorted((k, v) for k, v in seen.items() if k.startswith("wsgi.") and k not in ("wsgi.input", "wsgi.errors", "wsgi.file_wrapper")))[1])({})`},
	{"start_response checks", `[run(handlers.SimpleHandler, simple(s, h)) for s, h in (("200", []), ("2OO OK", []), ("200_OK", []), (b"200 OK", []), ("200 OK", [("Connection", "close")]), ("200 OK", [("X", 1)]))]`},
	{"start_response twice", `run(handlers.SimpleHandler, lambda e, s: (s("200 OK", []), s("500 X", []), [])[2])`},
	{"write before start", `run(handlers.SimpleHandler, lambda e, s: [b"x"] if False else (handlers.SimpleHandler.write.__name__, s.__self__.write(b"x"))[0:0])`},
	{"write str", `run(handlers.SimpleHandler, lambda e, s: (s("200 OK", [])(u"text"), [])[1])`},
	{"content length kept", `run(handlers.SimpleHandler, simple("200 OK", [("Content-Length", "1"), ("Content-Type", "a/b")]))`},
	{"file wrapper result", `run(handlers.SimpleHandler, lambda e, s: (s("200 OK", [("Content-Type", "text/plain")]), e["wsgi.file_wrapper"](io.BytesIO(b"from a file"), 4))[1])`},
	{"demo_app", `(lambda out: (out.splitlines()[:3], len(out) > 100))(b"".join(simple_server.demo_app({"A": "1", "B": "x y"}, lambda s, h: None)).decode())`},
	{"server versions", `(simple_server.server_version, simple_server.WSGIRequestHandler.server_version, simple_server.ServerHandler.server_software.split()[0], simple_server.software_version.split()[0])`},
	{"server GET", `serve(app, [("GET", "/hello%20there?x=1&y=2", None, {})])`},
	{"server POST", `serve(app, [("POST", "/submit", b"payload", {"Content-Type": "application/x-www-form-urlencoded"})])`},
	{"server several", `serve(streamed, [("GET", "/", None, {}), ("HEAD", "/", None, {})])`},
	{"server error", `serve(broken, [("GET", "/", None, {})])`},
	{"server environ", `(lambda got: sorted((k, v) for k, v in got[0].items() if k in ("REQUEST_METHOD", "PATH_INFO", "QUERY_STRING", "SERVER_PROTOCOL", "CONTENT_TYPE", "CONTENT_LENGTH", "HTTP_X_CUSTOM", "HTTP_HOST", "SCRIPT_NAME", "GATEWAY_INTERFACE", "REMOTE_ADDR", "SERVER_SOFTWARE") and not (k == "HTTP_HOST")))((lambda store: (serve(lambda e, s: (store.append(dict(e)), s("200 OK", []), [])[2], [("PUT", "/e?q", b"abc", {"X-Custom": "v1", "Content-Type": "text/x"})]), store)[1])([]))`},
	{"server bad request", `(lambda srv: (lambda port: (lambda t: (t.start(), (lambda s: (s.connect(("127.0.0.1", port)), s.sendall(b"NONSENSE\r\n\r\n"), s.recv(1000).split(b"\r\n")[0], s.close())[2])(socket.socket()), t.join(30), srv.server_close())[1])(threading.Thread(target=srv.handle_request)))(srv.server_address[1]))((lambda s: (setattr(s.RequestHandlerClass, "log_message", lambda self, *a: None), s)[1])(simple_server.make_server("127.0.0.1", 0, app)))`},
	{"validator ok", `V(simple("200 OK", [("Content-Type", "text/plain")]))`},
	{"validator warnings", `V(simple("200 OK", [("Content-Type", "text/plain")]), {"REQUEST_METHOD": "BREW"})`},
	{"validator bad status", `[V(simple(s, [("Content-Type", "text/plain")])) for s in ("20 OK", "099 Low", "200OK", b"200 OK")]`},
	{"validator bad headers", `[V(simple("200 OK", h)) for h in ((("Content-Type", "a/b"),), [["Content-Type", "a/b"]], [("Status", "1")], [("Bad:Name", "v")], [("Bad-", "v")], [("X", "a\nb")], [("1X", "v")], [])]`},
	{"validator content type", `(V(simple("204 No Content", [("Content-Type", "a/b")], ())), V(simple("304 Not Modified", [], ())))`},
	{"validator result", `[V(lambda e, s: (s("200 OK", [("Content-Type", "a/b")]), r)[1]) for r in ("string", b"bytes", None, [u"str item"])]`},
	{"validator environ missing", `V(simple("200 OK", [("Content-Type", "a/b")]), {"PATH_INFO": "/x"})`},
	{"validator environ", `[V(simple("200 OK", [("Content-Type", "a/b")]), e) for e in ({"SCRIPT_NAME": "x"}, {"SCRIPT_NAME": "/s", "PATH_INFO": "x"}, {"CONTENT_LENGTH": "-1"}, {"HTTP_CONTENT_TYPE": "a"}, {"SCRIPT_NAME": "/"}, {"wsgi.version": [1, 0]}, {"wsgi.url_scheme": "ftp"}, {"X": 5})]`},
	{"validator not dict", `W(lambda: validate.validator(app)([("A", "1")], None))`},
	{"validator args", `(W(lambda: validate.validator(app)(env())), W(lambda: validate.validator(app)(env(), None, x=1)))`},
	{"validator input", `V(lambda e, s: (s("200 OK", [("Content-Type", "a/b")]), [e["wsgi.input"].read(1), e["wsgi.input"].readline(), e["wsgi.input"].readlines(), list(e["wsgi.input"])])[1][0:0])`},
	{"validator input misuse", `[V(lambda e, s, f=f: (s("200 OK", [("Content-Type", "a/b")]), f(e))[1]) for f in (lambda e: e["wsgi.input"].read(), lambda e: e["wsgi.input"].close(), lambda e: e["wsgi.errors"].close(), lambda e: e["wsgi.errors"].write(b"x"))]`},
	{"validator write", `V(lambda e, s: (s("200 OK", [("Content-Type", "a/b")])("text"), [])[1])`},
	{"validator exc_info", `V(lambda e, s: (s("200 OK", [("Content-Type", "a/b")], "not a tuple"), [])[1])`},
	{"validator served", `lint(simple("200 OK", [("Content-Type", "text/plain")], (b"linted",)))`},
	{"validator iterator before start", `V(lambda e, s: iter([b"x"]))`},
}

func TestNet2Wsgiref(t *testing.T) {
	pytesting.DiffCases(t, "net2_wsgiref", wsgirefPrelude, wsgirefCases)
}
