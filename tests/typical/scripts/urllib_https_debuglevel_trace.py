"""Tracing an HTTPS exchange: urllib.request with an HTTPSHandler at
debuglevel 1 prints what http.client sends and receives, against a
threaded http.server whose headers are pinned for a stable trace."""
import contextlib
import http.server
import io
import json
import os
import ssl
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request


def make_cert(d):
    key, cert = os.path.join(d, "web.key"), os.path.join(d, "web.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "30", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "TraceServer/1.0"
    sys_version = ""

    def date_time_string(self, timestamp=None):
        return "Mon, 01 Jan 2018 00:00:00 GMT"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/missing":
            self.send_error(404, "No such thing")
            return
        body = json.dumps({"path": self.path, "agent": self.headers["User-Agent"].split("/")[0]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        self.send_response(201)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(str(len(data)).encode()[:2].ljust(2))


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        port = httpd.server_address[1]
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        try:
            cctx = ssl.create_default_context(cafile=cert)
            opener = urllib.request.build_opener(urllib.request.HTTPSHandler(debuglevel=1, context=cctx))
            opener.addheaders = [("User-Agent", "tracer/0.1")]
            base = "https://localhost:%d" % port
            for req in [urllib.request.Request(base + "/status?x=1"),
                        urllib.request.Request(base + "/upload", data=b"a=1&b=22", method="POST"),
                        urllib.request.Request(base + "/missing")]:
                print("=== %s %s" % (req.get_method(), req.selector))
                trace = io.StringIO()
                with contextlib.redirect_stdout(trace):
                    try:
                        with opener.open(req, timeout=10) as resp:
                            outcome = "status %d %s body %r" % (resp.status, resp.reason, resp.read())
                    except urllib.error.HTTPError as e:
                        outcome = "HTTPError %d %s %s" % (e.code, e.reason, e.headers.get_content_type())
                        e.close()
                sys.stdout.write(trace.getvalue().replace(":%d" % port, ":PORT"))
                print(outcome)
        finally:
            httpd.shutdown()
            httpd.server_close()
            t.join(10)


if __name__ == "__main__":
    main()
