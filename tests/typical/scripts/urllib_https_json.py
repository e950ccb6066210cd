import json
import os
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer


class API(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, code, obj):
        data = json.dumps(obj).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        q = urllib.parse.parse_qs(url.query)
        if url.path == "/hello":
            self._send(200, {"hello": q.get("name", ["world"])[0], "method": "GET"})
        else:
            self._send(404, {"error": "not found", "path": url.path})

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        payload = json.loads(self.rfile.read(n).decode("utf-8"))
        self._send(201, {"received": payload, "ctype": self.headers.get("Content-Type")})


def main():
    with tempfile.TemporaryDirectory() as d:
        cert = os.path.join(d, "c.pem")
        key = os.path.join(d, "k.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "1", "-subj", "/CN=localhost",
                               "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", cert],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        srv = HTTPServer(("127.0.0.1", 0), API)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        srv.socket = sctx.wrap_socket(srv.socket, server_side=True)
        th = threading.Thread(target=srv.serve_forever, daemon=True)
        th.start()
        base = "https://localhost:%d" % srv.server_address[1]
        ctx = ssl.create_default_context(cafile=cert)

        with urllib.request.urlopen(base + "/hello?" + urllib.parse.urlencode({"name": "gpython"}), context=ctx, timeout=10) as r:
            print(r.status, r.getheader("Content-Type"), json.loads(r.read().decode()))

        req = urllib.request.Request(base + "/items", data=json.dumps({"id": 7, "tags": ["a", "b"]}).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
        with urllib.request.urlopen(req, context=ctx, timeout=10) as r:
            print(r.getcode(), json.loads(r.read()))

        try:
            urllib.request.urlopen(base + "/missing", context=ctx, timeout=10)
        except urllib.error.HTTPError as e:
            print("HTTPError", e.code, e.reason, json.loads(e.read().decode()))

        bad = ssl.create_default_context()
        try:
            urllib.request.urlopen(base + "/hello", context=bad, timeout=10)
        except urllib.error.URLError as e:
            print("URLError reason type:", type(e.reason).__name__)
            print("verify failed:", "CERTIFICATE_VERIFY_FAILED" in str(e.reason))
        srv.shutdown()
        srv.server_close()


main()
