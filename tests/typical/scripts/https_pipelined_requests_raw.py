"""HTTP/1.1 pipelining over a raw TLS socket: the client writes several
requests (GET, HEAD, a POST with a body, a 404, a chunked response) in
one sendall on an ssl-wrapped socket to a keep-alive http.server behind
TLS, then reads the answers back in order with http.client.HTTPResponse
over one shared buffered file, as a pipelining client must (each
response has to be read whole before the next one starts)."""
import hashlib
import http.client
import os
import socket
import ssl
import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    served = []

    def log_message(self, *args):
        pass

    def body(self, code, data, ctype="text/plain"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("X-Seq", str(len(Handler.served)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_GET(self):
        Handler.served.append((self.command, self.path))
        if self.path == "/hello":
            self.body(200, b"hello, pipelined world\n")
        elif self.path == "/stream":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for part in (b"alpha ", b"beta ", b"gamma\n"):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/big":
            self.body(200, bytes(range(256)) * 64, "application/octet-stream")
        else:
            self.body(404, b"no such thing: " + self.path.encode() + b"\n")

    do_HEAD = do_GET

    def do_POST(self):
        Handler.served.append((self.command, self.path))
        data = self.rfile.read(int(self.headers["Content-Length"]))
        self.body(201, hashlib.sha1(data).hexdigest().encode() + b"\n")


class Server(ThreadingMixIn, HTTPServer):
    daemon_threads = True


class KeepOpen:
    """The shared reader as one response sees it: HTTPResponse closes its
    file once the body is read, which must not close the connection's."""

    def __init__(self, f):
        self.f = f

    def __getattr__(self, name):
        return getattr(self.f, name)

    def close(self):
        pass


class SharedFile:
    """What HTTPResponse needs from a socket: makefile() returning the one
    buffered reader all the pipelined responses are read from."""

    def __init__(self, f):
        self.f = f

    def makefile(self, mode):
        return KeepOpen(self.f)


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=pipe.test", "-addext", "subjectAltName=DNS:pipe.test",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        srv = Server(("127.0.0.1", 0), Handler)
        srv.socket = sctx.wrap_socket(srv.socket, server_side=True)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = srv.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        payload = b"field=value&" * 300
        requests = [
            ("GET", "/hello", b""),
            ("HEAD", "/hello", b""),
            ("POST", "/upload", payload),
            ("GET", "/missing", b""),
            ("GET", "/stream", b""),
            ("GET", "/big", b""),
        ]
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=20) as raw:
                with cctx.wrap_socket(raw, server_hostname="pipe.test") as s:
                    wire = b""
                    for i, (method, path, body) in enumerate(requests):
                        last = i == len(requests) - 1
                        head = "%s %s HTTP/1.1\r\nHost: pipe.test\r\n" % (method, path)
                        if body:
                            head += "Content-Type: application/x-www-form-urlencoded\r\n"
                            head += "Content-Length: %d\r\n" % len(body)
                        if last:
                            head += "Connection: close\r\n"
                        wire += head.encode() + b"\r\n" + body
                    print("one write of %d bytes carrying %d requests" % (len(wire), len(requests)))
                    s.sendall(wire)
                    f = s.makefile("rb")
                    shared = SharedFile(f)
                    for method, path, _ in requests:
                        r = http.client.HTTPResponse(shared, method=method)
                        r.begin()
                        data = r.read()
                        summary = data if len(data) < 60 else "%d bytes sha1 %s" % (
                            len(data), hashlib.sha1(data).hexdigest()[:12])
                        print("%-4s %-8s -> %d %s seq=%s len=%s chunked=%s will_close=%s %r" % (
                            method, path, r.status, r.reason, r.getheader("X-Seq"),
                            r.getheader("Content-Length"), r.chunked, r.will_close, summary))
                    f.close()
            print("expected POST digest:", hashlib.sha1(payload).hexdigest())
            print("served in order:", Handler.served == [(m, p) for m, p, _ in requests])
        finally:
            srv.shutdown()
            srv.server_close()
            t.join()


if __name__ == "__main__":
    main()
