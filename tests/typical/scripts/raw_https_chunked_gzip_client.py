"""An HTTP/1.1 client written on a raw SSLSocket: it sends pipelined
keep-alive requests, parses status lines and headers by hand, decodes
the chunked transfer coding (with chunk extensions and trailers) and a
gzip or deflate content coding incrementally with zlib, and checks the
result against http.client on the same server."""
import gzip
import hashlib
import http.client
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import zlib

DOC = ("".join("row %04d: %s\n" % (i, "abcdefghij" * (i % 7)) for i in range(400))).encode()


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384",
                           "-nodes", "-days", "3", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def encoded(coding):
    # once per run: a gzip header carries the time it was made
    if coding not in ENCODED:
        ENCODED[coding] = encode(coding)
    return ENCODED[coding]


ENCODED = {}


def encode(coding):
    if coding == "gzip":
        return gzip.compress(DOC, 6)
    if coding == "deflate":
        return zlib.compress(DOC, 9)
    return DOC


def respond(f, path):
    coding = path.strip("/") or "identity"
    body = encoded(coding)
    head = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"
    if coding != "identity":
        head += "Content-Encoding: %s\r\n" % coding
    f.write(head.encode() + b"Trailer: X-Checksum\r\n\r\n")
    pos, sizes = 0, [1, 7, 300, 1000, 4096]
    i = 0
    while pos < len(body):
        piece = body[pos:pos + sizes[i % len(sizes)]]
        ext = ";note=%d" % i if i % 3 == 0 else ""
        f.write(b"%x%s\r\n" % (len(piece), ext.encode()) + piece + b"\r\n")
        pos += len(piece)
        i += 1
    f.write(b"0\r\nX-Checksum: " + hashlib.md5(body).hexdigest().encode() + b"\r\n\r\n")
    f.flush()


def server(listener, ctx, n):
    for _ in range(n):
        raw, _ = listener.accept()
        with ctx.wrap_socket(raw, server_side=True) as s:
            f = s.makefile("rwb")
            try:
                while True:
                    line = f.readline()
                    if not line:
                        break
                    path = line.split()[1].decode()
                    while f.readline() not in (b"\r\n", b""):
                        pass
                    respond(f, path)
            except (ssl.SSLError, ConnectionError):
                pass
            f.close()


class RawClient:
    def __init__(self, port, ctx):
        raw = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock = ctx.wrap_socket(raw, server_hostname="localhost")
        self.f = self.sock.makefile("rb")

    def send_requests(self, paths):
        reqs = b"".join(b"GET " + p.encode() + b" HTTP/1.1\r\nHost: localhost\r\n"
                        b"Accept-Encoding: gzip, deflate\r\n\r\n" for p in paths)
        self.sock.sendall(reqs)

    def read_response(self):
        status = self.f.readline().decode("latin-1").rstrip("\r\n")
        headers = {}
        while True:
            line = self.f.readline().decode("latin-1").rstrip("\r\n")
            if not line:
                break
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip()
        coding = headers.get("content-encoding", "identity")
        if coding == "gzip":
            dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif coding == "deflate":
            dec = zlib.decompressobj()
        else:
            dec = None
        out, chunks, exts = [], 0, []
        while True:
            size_line = self.f.readline().decode("ascii").rstrip("\r\n")
            size, _, ext = size_line.partition(";")
            if ext:
                exts.append(ext)
            size = int(size, 16)
            if size == 0:
                break
            data = self.f.read(size)
            self.f.read(2)
            chunks += 1
            out.append(dec.decompress(data) if dec else data)
        if dec:
            out.append(dec.flush())
        trailers = {}
        while True:
            line = self.f.readline().decode("latin-1").rstrip("\r\n")
            if not line:
                break
            k, v = line.split(":", 1)
            trailers[k.strip()] = v.strip()
        return status, headers, b"".join(out), chunks, exts, trailers

    def close(self):
        self.f.close()
        self.sock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(3)
        t = threading.Thread(target=server, args=(listener, sctx, 2))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        port = listener.getsockname()[1]

        client = RawClient(port, cctx)
        paths = ["/gzip", "/deflate", "/identity", "/gzip"]
        client.send_requests(paths)
        for path in paths:
            status, headers, body, chunks, exts, trailers = client.read_response()
            print("%-9s %s te=%s ce=%s chunks=%d exts=%s" % (path, status, headers["transfer-encoding"],
                                                            headers.get("content-encoding"), chunks, exts[:3]))
            print("          body ok=%s len=%d trailer=%s" % (body == DOC, len(body),
                                                                 trailers["X-Checksum"] == hashlib.md5(encoded(path.strip("/"))).hexdigest()))
        print("cipher bits:", client.sock.cipher()[2], "version:", client.sock.version())
        client.close()

        conn = http.client.HTTPSConnection("localhost", port, context=cctx, timeout=10)
        for path in ("/gzip", "/identity"):
            conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
            resp = conn.getresponse()
            raw = resp.read()
            print("http.client %-9s chunked=%s length=%s raw=%d decoded ok=%s" % (
                path, resp.chunked, resp.length, len(raw),
                (gzip.decompress(raw) if resp.getheader("Content-Encoding") == "gzip" else raw) == DOC))
        conn.close()
        t.join(10)
        listener.close()


main()
