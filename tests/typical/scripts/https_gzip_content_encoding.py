"""An HTTPS JSON endpoint that gzips its answers when the client asks.

http.server behind an SSL-wrapped listening socket; http.client and
urllib.request ask with and without Accept-Encoding: gzip, and the
client decodes what it got. The server's own log lines are kept and
printed once it has stopped.
"""
import gzip
import hashlib
import http.client
import http.server
import io
import json
import os
import ssl
import subprocess
import tempfile
import threading
import urllib.request

DOC = {"service": "inventory", "items": [{"id": i, "name": "item-%02d" % i, "tags": ["a", "b"] * 3}
                                         for i in range(40)]}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen = []

    def log_message(self, fmt, *args):
        Handler.seen.append(fmt % args)

    def do_GET(self):
        self.reply(include_body=True)

    def do_HEAD(self):
        self.reply(include_body=False)

    def reply(self, include_body):
        if self.path != "/items":
            self.send_error(404, "No such resource")
            return
        body = json.dumps(DOC, sort_keys=True).encode()
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:12]
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        encoding = "identity"
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            buf = io.BytesIO()
            with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
                gz.write(body)
            body, encoding = buf.getvalue(), "gzip"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", encoding)
        self.send_header("ETag", etag)
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if include_body:
            self.wfile.write(body)


def decode(resp, body):
    if resp.getheader("Content-Encoding") == "gzip":
        return gzip.decompress(body)
    return body


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "web.crt"), os.path.join(d, "web.key")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7",
                               "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                               "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        port = httpd.server_address[1]
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        try:
            conn = http.client.HTTPSConnection("localhost", port, context=cctx, timeout=20)
            sizes = {}
            etag = None
            for label, headers, method in [("plain", {}, "GET"),
                                           ("gzip", {"Accept-Encoding": "gzip, deflate"}, "GET"),
                                           ("head", {"Accept-Encoding": "gzip"}, "HEAD")]:
                conn.request(method, "/items", headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
                etag = resp.getheader("ETag")
                sizes[label] = int(resp.getheader("Content-Length"))
                data = decode(resp, raw) if raw else b""
                print(f"{label:<6} {resp.status} {resp.reason} encoding={resp.getheader('Content-Encoding')} "
                      f"vary={resp.getheader('Vary')} body={len(raw) > 0} items={len(json.loads(data)['items']) if data else '-'}")
            print("gzip smaller than plain:", sizes["gzip"] < sizes["plain"], "| HEAD announces gzip size:",
                  sizes["head"] == sizes["gzip"])
            conn.request("GET", "/items", headers={"If-None-Match": etag})
            resp = conn.getresponse()
            print("revalidate:", resp.status, resp.reason, repr(resp.read()), resp.getheader("ETag") == etag)
            conn.request("GET", "/missing")
            resp = conn.getresponse()
            resp.read()
            print("missing:", resp.status, resp.reason, resp.getheader("Content-Type"))
            conn.close()

            opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=cctx))
            req = urllib.request.Request(f"https://localhost:{port}/items", headers={"Accept-Encoding": "gzip"})
            with opener.open(req, timeout=20) as resp:
                doc = json.loads(decode(resp, resp.read()).decode())
                print("urllib:", resp.status, resp.headers["Content-Encoding"], doc["service"], doc["items"][-1]["name"])
            try:
                opener.open(f"https://localhost:{port}/nothing", timeout=20)
            except urllib.error.HTTPError as exc:
                print("urllib error:", exc.code, exc.reason, exc.headers.get("Connection"))
        finally:
            httpd.shutdown()
            httpd.server_close()
            t.join(30)
        for line in Handler.seen:
            print("log:", line)


if __name__ == "__main__":
    main()
