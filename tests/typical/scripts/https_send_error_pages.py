"""An HTTPS admin endpoint built on http.server: error pages from
send_error (default and custom templates), HEAD, unknown methods and
oversized request lines, checked with http.client."""
import http.client
import http.server
import os
import ssl
import subprocess
import tempfile
import threading


def make_cert(workdir):
    key = os.path.join(workdir, "key.pem")
    cert = os.path.join(workdir, "cert.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
         "-out", cert, "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class AdminHandler(http.server.BaseHTTPRequestHandler):
    server_version = "AdminAPI/1.0"
    sys_version = ""

    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        if self.path == "/health":
            body = b"ok\n"
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/secret":
            self.send_error(403, "Client certificate required")
        elif self.path == "/teapot":
            self.send_error(418)
        elif self.path == "/explain":
            self.send_error(503, "Maintenance", "Back at <b>noon</b> & later")
        elif self.path == "/nobody":
            self.send_error(304)
        else:
            self.send_error(404)

    def do_HEAD(self):
        self.send_error(405, "Use GET")


class PlainErrors(AdminHandler):
    error_message_format = "error %(code)d: %(message)s (%(explain)s)\n"
    error_content_type = "text/plain;charset=utf-8"


def fetch(port, ctx, method, path, headers=None):
    conn = http.client.HTTPSConnection("localhost", port, context=ctx, timeout=10)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        body = resp.read()
        shown = [(k, resp.getheader(k)) for k in ("Content-Type", "Content-Length", "Connection")
                 if resp.getheader(k) is not None]
        print("%s %s -> %d %s %s" % (method, path, resp.status, resp.reason, shown))
        for line in body.decode("utf-8").splitlines():
            if line.strip():
                print("    " + line.strip())
    finally:
        conn.close()


def serve(handler, cert, key, cafile, requests):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    httpd = http.server.HTTPServer(("127.0.0.1", 0), handler)
    httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
    port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    cctx = ssl.create_default_context(cafile=cafile)
    try:
        for method, path in requests:
            fetch(port, cctx, method, path)
    finally:
        httpd.shutdown()
        thread.join()
        httpd.server_close()


def main():
    with tempfile.TemporaryDirectory() as workdir:
        cert, key = make_cert(workdir)
        print("== default error pages")
        serve(AdminHandler, cert, key, cert,
              [("GET", "/health"), ("GET", "/secret"), ("GET", "/teapot"),
               ("GET", "/explain"), ("GET", "/nobody"), ("GET", "/missing"),
               ("HEAD", "/health"), ("DELETE", "/health"), ("GET", "/" + "x" * 70000)])
        print("== plain-text error pages")
        serve(PlainErrors, cert, key, cert,
              [("GET", "/secret"), ("GET", "/explain"), ("PATCH", "/thing")])


main()
