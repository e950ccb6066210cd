"""http.client against a local HTTPS server speaking HTTP/1.1: one
keep-alive HTTPSConnection carries several requests, the server answers
some with Transfer-Encoding: chunked, the client uploads a body in
chunks (encode_chunked) and a generator body, reads responses
incrementally, and handles a server that closes the connection."""
import http.client
import http.server
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    connections = set()

    def log_message(self, *args):
        pass

    def setup(self):
        super().setup()
        Handler.connections.add(self.client_address[1])

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "") == "chunked":
            parts = []
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if size == 0:
                    self.rfile.readline()
                    break
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            return b"".join(parts), "chunked/%d" % len(parts)
        n = int(self.headers.get("Content-Length", 0))
        return self.rfile.read(n), "length"

    def do_GET(self):
        if self.path == "/stream":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(4):
                piece = ("line %d of the stream\n" % i).encode()
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            self.wfile.write(b"0\r\n\r\n")
        elif self.path == "/close":
            body = b"goodbye"
            self.send_response(200)
            self.send_header("Connection", "close")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True
        else:
            body = ("you asked for %s" % self.path).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def do_PUT(self):
        body, how = self.read_body()
        reply = ("%s: %d bytes, %s, sum %d" % (self.path, len(body), how, sum(body))).encode()
        self.send_response(201)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)


class TLSServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    errors = 0

    def handle_error(self, request, client_address):
        # clients that hang up without a TLS close_notify are not news
        TLSServer.errors += 1


def main():
    tmp = tempfile.mkdtemp()
    crt, key = os.path.join(tmp, "cert.pem"), os.path.join(tmp, "key.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt], stderr=subprocess.DEVNULL)
    httpd = TLSServer(("127.0.0.1", 0), Handler)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_address[1]

    ctx = ssl.create_default_context(cafile=crt)
    conn = http.client.HTTPSConnection("localhost", port, context=ctx, timeout=5)

    conn.request("GET", "/hello")
    r = conn.getresponse()
    print(r.status, r.version, r.getheader("Content-Length"), r.read())

    conn.request("GET", "/stream")
    r = conn.getresponse()
    print(r.status, "chunked:", r.chunked, "length:", r.length)
    print("first 10:", r.read(10))
    print("line:", r.readline())
    rest = r.read()
    print("rest:", rest.decode().splitlines(), "closed:", r.isclosed())

    conn.request("PUT", "/upload", body=[b"abc", b"defgh", b"ij"], encode_chunked=True,
                 headers={"Transfer-Encoding": "chunked"})
    r = conn.getresponse()
    print(r.status, r.reason, r.read().decode())

    def gen():
        for n in (1, 2, 3):
            yield bytes(range(n))

    conn.request("PUT", "/gen", body=gen())
    r = conn.getresponse()
    print(r.status, r.read().decode())

    conn.request("PUT", "/plain", body=b"x" * 1000)
    r = conn.getresponse()
    print(r.status, r.read().decode())
    print("one TCP connection so far:", len(Handler.connections) == 1)

    conn.request("GET", "/close")
    r = conn.getresponse()
    print(r.status, r.getheader("Connection"), r.read(), "will_close:", r.will_close)
    conn.request("GET", "/again")
    r = conn.getresponse()
    print(r.status, r.read())
    print("connections used:", len(Handler.connections))
    conn.close()

    bad = http.client.HTTPSConnection("127.0.0.1", port, context=ctx, timeout=5)
    try:
        bad.request("GET", "/")
    except ssl.CertificateError as e:
        print("by IP address: CertificateError")
    except ssl.SSLError as e:
        print("by IP address: SSLError", e.reason)
    httpd.shutdown()
    httpd.server_close()
    for name in os.listdir(tmp):
        os.remove(os.path.join(tmp, name))
    os.rmdir(tmp)


main()
