import http.server
import os
import re
import socket
import ssl
import subprocess
import sys
import tempfile
import threading


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "TestHTTPS/1.0"
    sys_version = ""

    def do_GET(self):
        body = ("path=%s\nagent=%s\n" % (self.path, self.headers.get("User-Agent"))).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Test", "yes")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        sys.stderr.write("server: " + (fmt % args) + "\n")


def main():
    tmp = tempfile.mkdtemp()
    cert, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "1", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    port = httpd.server_address[1]
    t = threading.Thread(target=httpd.handle_request)
    t.start()

    cctx = ssl.create_default_context(cafile=cert)
    sock = socket.create_connection(("localhost", port), timeout=10)
    tls = cctx.wrap_socket(sock, server_hostname="localhost")
    request = "GET /status?x=1 HTTP/1.0\r\nHost: localhost\r\nUser-Agent: raw-client/0.1\r\n\r\n"
    tls.sendall(request.encode("ascii"))
    chunks = []
    while b"\r\n\r\n" not in b"".join(chunks):
        chunks.append(tls.recv(4096))
    head = b"".join(chunks).split(b"\r\n\r\n")[0]
    length = int(re.search(rb"Content-Length: (\d+)", head).group(1))
    while len(b"".join(chunks)) < len(head) + 4 + length:
        chunks.append(tls.recv(4096))
    tls.close()
    t.join()
    httpd.server_close()
    raw = b"".join(chunks)
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = lines[0]
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    print("status:", status)
    print("server:", headers["server"])
    print("content-type:", headers["content-type"])
    print("length ok:", int(headers["content-length"]) == len(body))
    print("has date:", "date" in headers)
    print("body:", body.decode().splitlines())
    code = int(status.split()[1])
    sys.exit(0 if code == 200 else 2)


main()
