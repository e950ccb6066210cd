"""urllib.request against a local HTTPS server: an SSL context for the
opener, Request objects with headers and data, HTTPError and URLError
handling, basic auth through a handler, and query strings built with
urllib.parse."""
import base64
import http.server
import json
import os
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "crt.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "3", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send_json(self, code, obj, extra=()):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/search":
            return self.send_json(200, {"q": query.get("q"), "page": query.get("page"),
                                        "agent": self.headers["User-Agent"].split("/")[0]})
        if url.path == "/private":
            auth = self.headers.get("Authorization")
            if auth is None:
                return self.send_json(401, {"error": "auth required"},
                                      [("WWW-Authenticate", 'Basic realm="vault"')])
            user, _, pw = base64.b64decode(auth.split()[1]).decode().partition(":")
            return self.send_json(200, {"user": user, "ok": pw == "s3cret"})
        if url.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/search?q=moved")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_json(404, {"error": "not found"})

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        form = urllib.parse.parse_qs(self.rfile.read(n).decode())
        self.send_json(200, {"form": form, "ctype": self.headers["Content-Type"]})


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        base = "https://localhost:%d" % httpd.server_address[1]
        ctx = ssl.create_default_context(cafile=crt)
        try:
            query = urllib.parse.urlencode({"q": "tls certs", "page": 2})
            with urllib.request.urlopen(base + "/search?" + query, context=ctx, timeout=10) as r:
                print(r.status, r.headers.get_content_type(), r.headers.get_content_charset(),
                      json.loads(r.read().decode("utf-8")))
            req = urllib.request.Request(base + "/form", data=urllib.parse.urlencode(
                [("a", "1"), ("a", "2"), ("b", "x y")]).encode(), method="POST")
            req.add_header("X-Trace", "abc")
            print(req.get_method(), req.host == "localhost:%d" % httpd.server_address[1], req.has_header("X-trace"))
            with urllib.request.urlopen(req, context=ctx, timeout=10) as r:
                print(r.getcode(), json.loads(r.read().decode()))
            with urllib.request.urlopen(base + "/moved", context=ctx, timeout=10) as r:
                print("redirected:", r.geturl().endswith("/search?q=moved"), json.loads(r.read().decode())["q"])
            try:
                urllib.request.urlopen(base + "/missing", context=ctx, timeout=10)
            except urllib.error.HTTPError as err:
                print("HTTPError", err.code, err.reason, json.loads(err.read().decode()), isinstance(err, urllib.error.URLError))
            try:
                urllib.request.urlopen(base + "/private", context=ctx, timeout=10)
            except urllib.error.HTTPError as err:
                print("HTTPError", err.code, err.headers["WWW-Authenticate"])
            pwmgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            pwmgr.add_password(None, base, "alice", "s3cret")
            opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx),
                                                 urllib.request.HTTPBasicAuthHandler(pwmgr))
            opener.addheaders = [("User-Agent", "certbot-lite/0.1")]
            with opener.open(base + "/private", timeout=10) as r:
                print("auth:", json.loads(r.read().decode()))
            with opener.open(base + "/search?q=ua", timeout=10) as r:
                print("agent:", json.loads(r.read().decode())["agent"])
            try:
                urllib.request.urlopen("https://localhost:1/", context=ctx, timeout=10)
            except urllib.error.URLError as err:
                print("URLError:", type(err.reason).__name__, err.reason.errno)
        finally:
            httpd.shutdown()
            httpd.server_close()
            t.join(10)
    parts = urllib.parse.urlparse("https://user@example.com:8443/a/b;p?x=1&y=2#frag")
    print(parts.scheme, parts.hostname, parts.port, parts.path, parts.params, parts.query, parts.fragment, parts.username)
    print(urllib.parse.quote("a b/c?d"), urllib.parse.quote_plus("a b&c"), urllib.parse.unquote("%41%20b"))
    print(urllib.parse.urljoin("https://localhost/a/b/", "../c"), urllib.parse.urlunsplit(("https", "h", "/p", "q=1", "")))


if __name__ == "__main__":
    main()
