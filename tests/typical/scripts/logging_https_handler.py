"""Shipping log records to a collector over HTTPS: logging.handlers.HTTPHandler
with secure=True, an SSL context and basic-auth credentials posts each
record (GET and POST) to a local http.server wrapped with TLS; the
collector parses the form fields and the script prints what arrived."""
import base64
import http.server
import logging
import logging.handlers
import os
import ssl
import subprocess
import tempfile
import threading
from urllib.parse import parse_qs, urlsplit

RECEIVED = []


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Collector(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def _record(self, fields):
        auth = self.headers.get("Authorization", "")
        user = base64.b64decode(auth.split()[1]).decode().split(":")[0] if auth else "-"
        RECEIVED.append((self.command, urlsplit(self.path).path, user,
                         fields.get("levelname", ["?"])[0], fields.get("msg", ["?"])[0],
                         fields.get("name", ["?"])[0]))
        self.send_response(200 if user == "shipper" else 401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        self._record(parse_qs(urlsplit(self.path).query))

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        ctype = self.headers.get("Content-Type")
        fields = parse_qs(self.rfile.read(n).decode())
        fields.setdefault("name", [ctype])
        self._record(fields)


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Collector)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        host = "localhost:%d" % httpd.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        try:
            log = logging.getLogger("shipper.app")
            log.setLevel(logging.INFO)
            log.propagate = False
            for method, creds in (("GET", ("shipper", "pw")), ("POST", ("shipper", "pw")), ("POST", None)):
                h = logging.handlers.HTTPHandler(host, "/ingest/" + method.lower(), method=method,
                                                 secure=True, credentials=creds, context=cctx)
                log.addHandler(h)
                log.info("disk usage at %d%%", 91)
                log.warning("queue length %s", [1, 2, 3])
                log.removeHandler(h)
                h.close()
            bad = logging.handlers.HTTPHandler(host, "/x", secure=True,
                                               context=ssl.create_default_context())
            errors = []

            def remember(record):
                import sys
                exc = sys.exc_info()[1]
                errors.append((isinstance(exc, ssl.SSLError), exc.reason))
            bad.handleError = remember
            log.addHandler(bad)
            log.error("this one is rejected by verification")
            log.removeHandler(bad)
            print("handler errors:", errors)
        finally:
            httpd.shutdown()
            t.join(10)
            httpd.server_close()
        for row in RECEIVED:
            print("%-4s %-13s user=%-7s %-7s %-22s %s" % row)


main()
