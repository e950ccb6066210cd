"""HTTPS through an HTTP CONNECT proxy: a small threaded proxy that
tunnels bytes with select, an HTTPS backend from http.server, and
http.client's set_tunnel with proxy headers, plus a refused CONNECT."""
import http.client
import http.server
import os
import select
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading

SEEN = []


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=backend.test",
                    "-addext", "subjectAltName=DNS:backend.test", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Backend(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        body = ("backend saw %s host=%s" % (self.path, self.headers["Host"])).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Proxy(socketserver.StreamRequestHandler):
    backend_port = None

    def handle(self):
        request = self.rfile.readline().decode("latin-1").strip()
        headers = {}
        while True:
            line = self.rfile.readline().decode("latin-1").strip()
            if not line:
                break
            k, _, v = line.partition(":")
            headers[k.strip().lower()] = v.strip()
        method, target, _ = request.split(" ", 2)
        SEEN.append((method, target, headers.get("proxy-authorization", "-")))
        host, _, port = target.rpartition(":")
        if method != "CONNECT" or host != "backend.test":
            self.wfile.write(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        upstream = socket.create_connection(("127.0.0.1", self.backend_port), timeout=10)
        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        self.wfile.flush()
        client = self.connection
        socks = [client, upstream]
        try:
            while True:
                readable, _, _ = select.select(socks, [], [], 5)
                if not readable:
                    break
                done = False
                for s in readable:
                    data = s.recv(65536)
                    if not data:
                        done = True
                        break
                    (upstream if s is client else client).sendall(data)
                if done:
                    break
        finally:
            upstream.close()


class ThreadedTCP(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        backend = http.server.HTTPServer(("127.0.0.1", 0), Backend)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        backend.socket = sctx.wrap_socket(backend.socket, server_side=True)
        Proxy.backend_port = backend.server_address[1]
        proxy = ThreadedTCP(("127.0.0.1", 0), Proxy)
        threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}) for s in (backend, proxy)]
        for t in threads:
            t.start()
        try:
            ctx = ssl.create_default_context(cafile=crt)
            for path in ["/one", "/two?x=1"]:
                conn = http.client.HTTPSConnection("127.0.0.1", proxy.server_address[1], context=ctx, timeout=10)
                conn.set_tunnel("backend.test", 443, headers={"Proxy-Authorization": "Basic dXNlcjpwdw=="})
                conn.request("GET", path)
                r = conn.getresponse()
                print(r.status, r.reason, r.read().decode(), "| tls:", conn.sock.version() is not None)
                conn.close()
            conn = http.client.HTTPSConnection("127.0.0.1", proxy.server_address[1], context=ctx, timeout=10)
            conn.set_tunnel("evil.test", 443)
            try:
                conn.request("GET", "/")
            except OSError as exc:
                print("tunnel refused:", type(exc).__name__, exc)
            conn.close()
        finally:
            for s in (backend, proxy):
                s.shutdown()
                s.server_close()
            for t in threads:
                t.join(10)
    for entry in SEEN:
        print("proxy saw:", entry)


if __name__ == "__main__":
    main()
