"""Serve a directory over HTTPS with http.server and walk it with
urllib.request.

The server is SimpleHTTPRequestHandler on a ThreadingMixIn HTTPServer
whose socket is wrapped with SSLContext.wrap_socket; the handler's
log lines go to a list instead of stderr. The client builds an opener
with an HTTPSHandler (a context that trusts the server's certificate),
follows the directory listing's links, downloads every file and checks it
against a digest computed locally, and reports a 404, a conditional GET (3.6 ignores
If-Modified-Since) and a HEAD request."""
import hashlib
import html.parser
import http.server
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request

FILES = {"readme.txt": b"Read me first.\n", "data/report.csv": b"day,count\nmon,3\ntue,5\n",
         "data/logo.png": bytes(range(256)) * 4, "notes.html": b"<p>notes</p>\n"}
MTIME = 1500000000


class Links(html.parser.HTMLParser):
    def __init__(self):
        html.parser.HTMLParser.__init__(self)
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs)["href"])


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        self.server.log.append(format % args)


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "srv.crt"), os.path.join(d, "srv.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "2", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        root = os.path.join(d, "www")
        for name, data in FILES.items():
            path = os.path.join(root, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(data)
            os.utime(path, (MTIME, MTIME))
        old = os.getcwd()
        os.chdir(root)
        try:
            walk(crt, key)
        finally:
            os.chdir(old)


def walk(crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    httpd = Server(("127.0.0.1", 0), Handler)
    httpd.log = []
    httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    base = "https://localhost:%d/" % httpd.server_address[1]
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=crt)))
    try:
        pending, seen = [base], []
        while pending:
            url = pending.pop(0)
            with opener.open(url, timeout=10) as r:
                body = r.read()
                ctype = r.headers["Content-Type"]
                path = urllib.parse.urlsplit(r.geturl()).path
            if ctype.startswith("text/html") and path.endswith("/"):
                parser = Links()
                parser.feed(body.decode())
                print("dir  %-18s %d entries: %s" % (path, len(parser.links), " ".join(parser.links)))
                pending.extend(urllib.parse.urljoin(r.geturl(), h) for h in parser.links)
            else:
                want = hashlib.sha256(FILES[path[1:]]).hexdigest()
                ok = hashlib.sha256(body).hexdigest() == want
                print("file %-18s %5d bytes  %-24s digest %s" % (path, len(body), ctype, "ok" if ok else "BAD"))
            seen.append(path)
        try:
            opener.open(base + "missing.txt", timeout=10)
        except urllib.error.HTTPError as e:
            print("missing:", e.code, e.reason, e.headers["Content-Type"])
        req = urllib.request.Request(base + "readme.txt",
                                     headers={"If-Modified-Since": "Sat, 15 Jul 2017 00:00:00 GMT"})
        try:
            with opener.open(req, timeout=10) as r:
                print("conditional:", r.status, len(r.read()), "bytes")
        except urllib.error.HTTPError as e:
            print("conditional:", e.code, e.reason)
        head = urllib.request.Request(base + "data/report.csv", method="HEAD")
        with opener.open(head, timeout=10) as r:
            print("head:", r.status, r.headers["Content-Length"], r.headers["Last-Modified"], repr(r.read()))
    finally:
        httpd.shutdown()
        t.join()
        httpd.server_close()
    print("server log:")
    for line in httpd.log:
        print("  " + line)


main()
