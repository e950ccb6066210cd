"""Uploads with "Expect: 100-continue" to an HTTPS server, by hand.

The client writes the request head over a raw TLS socket, waits for the
interim "100 Continue" before it sends the body, and gives up on the
body when the server answers 417 at once (the handler refuses uploads
over a size limit in handle_expect_100).
"""
import hashlib
import http.server
import os
import socket
import ssl
import subprocess
import tempfile
import threading

LIMIT = 4096


class UploadHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    log = []

    def log_message(self, fmt, *args):
        UploadHandler.log.append(fmt % args)

    def handle_expect_100(self):
        size = int(self.headers.get("Content-Length", "0"))
        if size > LIMIT:
            self.send_response_only(417, "Too Large For Us")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return False
        return super().handle_expect_100()

    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        digest = hashlib.sha256(body).hexdigest()[:16].encode()
        self.send_response(201, "Stored")
        self.send_header("Content-Length", str(len(digest)))
        self.end_headers()
        self.wfile.write(digest)


def read_response(f):
    status = f.readline().decode().rstrip("\r\n")
    headers = {}
    while True:
        line = f.readline().decode().rstrip("\r\n")
        if not line:
            break
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    body = f.read(int(headers.get("content-length", "0")))
    return status, headers, body


def upload(tls, f, path, body, expect=True, last=False):
    head = ["PUT %s HTTP/1.1" % path, "Host: localhost", "Content-Length: %d" % len(body)]
    if last:
        head.append("Connection: close")  # the server ends the connection, not us
    if expect:
        head.append("Expect: 100-continue")
    tls.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
    steps = []
    if expect:
        status, headers, _ = read_response(f)
        steps.append(status)
        if not status.startswith("HTTP/1.1 100"):
            return steps
    tls.sendall(body)
    status, headers, reply = read_response(f)
    steps.append("%s -> %s" % (status, reply.decode()))
    return steps


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "up.crt"), os.path.join(d, "up.key")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), UploadHandler)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        cctx.check_hostname = False
        try:
            raw = socket.create_connection(httpd.server_address, timeout=20)
            with cctx.wrap_socket(raw) as tls:
                f = tls.makefile("rb")
                for path, body, expect in [("/small", b"x" * 100, True),
                                           ("/plain", b"no expectations", False),
                                           ("/big", b"y" * (LIMIT + 1), True),
                                           ("/after", b"still open?", True)]:
                    for step in upload(tls, f, path, body, expect, last=path == "/after"):
                        print("%-7s %s" % (path, step))
                f.close()
        finally:
            httpd.shutdown()
            httpd.server_close()
            t.join(30)
        for line in UploadHandler.log:
            print("server:", line)
        print("sha of small:", hashlib.sha256(b"x" * 100).hexdigest()[:16])


if __name__ == "__main__":
    main()
