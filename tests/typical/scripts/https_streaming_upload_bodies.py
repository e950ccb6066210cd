"""Uploading request bodies of every kind over HTTPS: a generator (sent
chunked by http.client and by urllib.request), a file object with and
without Content-Length, bytes, an iterable of bytes, and a str. The
server decodes the chunked transfer coding by hand and reports what
arrived."""
import hashlib
import http.client
import http.server
import io
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading
import urllib.request


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "3", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Upload(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def read_chunked(self):
        sizes, parts = [], []
        while True:
            line = self.rfile.readline().strip()
            if not line:
                raise ConnectionError("client went away mid-body")
            size = int(line.split(b";")[0], 16)
            if size == 0:
                while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                    pass
                return sizes, b"".join(parts)
            parts.append(self.rfile.read(size))
            sizes.append(size)
            self.rfile.readline()

    def do_PUT(self):
        te = self.headers.get("Transfer-Encoding")
        if te == "chunked":
            sizes, body = self.read_chunked()
            how = "chunked %s" % sizes
        else:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            how = "length %s" % self.headers["Content-Length"]
        reply = ("%s type=%s sha1=%s" % (how, self.headers.get("Content-Type"),
                                         hashlib.sha1(body).hexdigest()[:12])).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_POST = do_PUT


def lines(n):
    for i in range(n):
        yield ("line %d\n" % i).encode()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upload)
        server.daemon_threads = True
        failures = []
        server.handle_error = lambda request, address: failures.append(address[0])
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = server.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        path = os.path.join(d, "payload.bin")
        with open(path, "wb") as f:
            f.write(bytes(range(256)) * 300)

        conn = http.client.HTTPSConnection("localhost", port, context=cctx, timeout=10)
        bodies = [
            ("generator, chunked", lambda: lines(5), {"Transfer-Encoding": "chunked"}, True),
            ("bytes", lambda: b"plain bytes body", {}, False),
            ("str", lambda: "caf\xe9 text", {}, False),
            ("file with length", lambda: open(path, "rb"), {"Content-Length": str(os.path.getsize(path))}, False),
            ("file, chunked", lambda: open(path, "rb"), {"Transfer-Encoding": "chunked"}, True),
            ("list of bytes, chunked", lambda: [b"ab", b"", b"cdef"], {"Transfer-Encoding": "chunked"}, True),
        ]
        for name, make, headers, chunked in bodies:
            body = make()
            try:
                conn.request("PUT", "/up", body=body, headers=headers, encode_chunked=chunked)
                resp = conn.getresponse()
                print("http.client %-24s %d %s" % (name, resp.status, resp.read().decode()))
            finally:
                if hasattr(body, "close"):
                    body.close()
        try:
            conn.request("PUT", "/up", body=12345)
        except TypeError as exc:
            print("http.client int body:", type(exc).__name__, exc)
        conn.close()

        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=cctx))
        url = "https://localhost:%d/post" % port
        for name, data in [("urllib generator", lines(3)), ("urllib bytes", b"a=1&b=2"),
                           ("urllib file", io.BytesIO(b"x" * 5000)), ("urllib iterable", iter([b"one", b"two"]))]:
            req = urllib.request.Request(url, data=data)
            if not isinstance(data, bytes):
                req.add_header("Content-Type", "application/octet-stream")
            with opener.open(req, timeout=10) as resp:
                print("%-20s %s" % (name, resp.read().decode()))
            print("   request headers:", sorted(k for k in req.header_items()
                                                if k[0] in ("Content-length", "Transfer-encoding", "Content-type")))
        try:
            opener.open(urllib.request.Request(url, data="text"), timeout=10)
        except TypeError as exc:
            print("urllib str data:", exc)
        print("requests the server gave up on:", len(failures))
        server.shutdown()
        server.server_close()
        t.join(5)


main()
