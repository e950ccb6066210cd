"""urllib.request against an HTTPS server with redirects: urlopen with
context= and a Request carrying headers, an opener with a custom
HTTPRedirectHandler that records hops, HTTPError and URLError handling,
and a manual redirect follower built on http.client."""
import http.client
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
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


ROUTES = {
    "/old": (301, "/new"),
    "/new": (302, "/final?from=new"),
    "/loop1": (302, "/loop2"),
    "/loop2": (302, "/loop1"),
    "/temp": (307, "/final?from=temp"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        path = urllib.parse.urlsplit(self.path).path
        if path in ROUTES:
            code, target = ROUTES[path]
            self.send_response(code)
            self.send_header("Location", target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/final":
            body = json.dumps({
                "path": self.path,
                "agent": self.headers.get("User-Agent"),
                "token": self.headers.get("X-Token"),
                "lang": self.headers.get("Accept-Language"),
            }, sort_keys=True).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif path == "/teapot":
            self.send_error(418, "I'm a teapot", "short and stout")
        else:
            self.send_error(404)


class RecordingRedirects(urllib.request.HTTPRedirectHandler):
    def __init__(self):
        self.hops = []

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.hops.append((code, urllib.parse.urlsplit(newurl).path))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def follow(host, port, path, ctx, limit=5):
    seen = []
    for _ in range(limit):
        conn = http.client.HTTPSConnection(host, port, context=ctx, timeout=10)
        conn.request("GET", path)
        resp = conn.getresponse()
        resp.read()
        seen.append("%d %s" % (resp.status, path))
        conn.close()
        if resp.status in (301, 302, 303, 307, 308):
            path = resp.getheader("Location")
            continue
        return seen
    raise RuntimeError("too many redirects: " + " -> ".join(seen))


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = "https://localhost:%d" % httpd.server_address[1]
        ctx = ssl.create_default_context(cafile=crt)

        req = urllib.request.Request(base + "/old", headers={"X-Token": "abc123", "User-Agent": "netcheck/2.0"})
        req.add_header("Accept-Language", "de")
        with urllib.request.urlopen(req, context=ctx, timeout=10) as resp:
            print("status:", resp.status, resp.getcode())
            print("final url:", resp.geturl().replace(base, "BASE"))
            print("content-type:", resp.info().get_content_type(), resp.info().get_content_charset())
            print("body:", json.loads(resp.read().decode()))

        rec = RecordingRedirects()
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx), rec)
        with opener.open(base + "/temp", timeout=10) as resp:
            print("opener body:", json.load(resp)["path"])
        print("hops:", rec.hops)

        for path in ["/loop1", "/teapot", "/nowhere"]:
            try:
                urllib.request.urlopen(base + path, context=ctx, timeout=10)
            except urllib.error.HTTPError as e:
                print("HTTPError %s: code=%d reason=%r" % (path, e.code, e.reason))
                print("   str:", str(e).replace(base, "BASE"))
                print("   body bytes:", len(e.read()) > 0)
        try:
            urllib.request.urlopen(base + "/old", timeout=10)
        except urllib.error.URLError as e:
            print("untrusted:", type(e).__name__, isinstance(e.reason, ssl.SSLError), "verify failed" in str(e.reason))

        print("manual:", follow("localhost", httpd.server_address[1], "/old", ctx))
        try:
            follow("localhost", httpd.server_address[1], "/loop1", ctx)
        except RuntimeError as e:
            print("manual loop:", e)
        httpd.shutdown()
        httpd.server_close()


main()
