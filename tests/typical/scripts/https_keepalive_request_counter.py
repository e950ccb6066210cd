"""HTTP/1.1 keep-alive over TLS: one http.client connection carries many
requests; the server counts requests per TLS connection and honours
'Connection: close'."""
import http.client
import http.server
import json
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class CountingHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    connections = []

    def setup(self):
        super().setup()
        self.served = 0
        CountingHandler.connections.append(self)

    def log_message(self, *args):
        pass

    def reply(self, code, obj, close=False):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if close:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_GET(self):
        self.served += 1
        conn_no = CountingHandler.connections.index(self) + 1
        if self.path == "/missing":
            self.reply(404, {"error": "no such thing"})
            return
        self.reply(200, {"path": self.path, "conn": conn_no, "request": self.served,
                         "tls": self.connection.version()},
                   close=self.headers.get("Connection", "").lower() == "close")

    do_HEAD = do_GET


class TLSServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        httpd = TLSServer(("127.0.0.1", 0), CountingHandler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        try:
            ctx = ssl.create_default_context(cafile=cert)
            conn = http.client.HTTPSConnection("localhost", httpd.server_address[1],
                                               context=ctx, timeout=10)
            plan = [("GET", "/a", {}), ("GET", "/b", {}), ("HEAD", "/c", {}),
                    ("GET", "/missing", {}), ("GET", "/d", {"Connection": "close"}),
                    ("GET", "/e", {}), ("GET", "/f", {"Connection": "close"})]
            for method, path, headers in plan:
                conn.request(method, path, headers=headers)
                resp = conn.getresponse()
                body = resp.read()
                data = json.loads(body.decode()) if body else None
                print("%-4s %-8s %d %-9s close=%-5s %s" % (
                    method, path, resp.status, resp.reason, resp.will_close, data))
            conn.close()
        finally:
            httpd.shutdown()
            httpd.server_close()
            t.join(10)
        print("tls connections:", len(CountingHandler.connections))
        print("requests per connection:", [h.served for h in CountingHandler.connections])


main()
