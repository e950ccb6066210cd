"""urllib.request against a local HTTPS API that answers with error
statuses: HTTPError carries code, reason, headers and a JSON body; a
custom handler adds a header and counts requests; URLError wraps
connection and verification failures."""
import http.server
import json
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.request

ROUTES = {
    "/ok": (200, {"status": "fine"}),
    "/missing": (404, {"error": "not found", "hint": "check the path"}),
    "/teapot": (418, {"error": "I'm a teapot"}),
    "/broken": (500, {"error": "internal", "trace_id": "abc123"}),
    "/limited": (429, {"error": "slow down", "retry_after": 3}),
}


class API(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        status, payload = ROUTES.get(self.path, (400, {"error": "bad route"}))
        payload = dict(payload, client=self.headers.get("X-Client", "-"))
        body = json.dumps(payload, sort_keys=True).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if status == 429:
            self.send_header("Retry-After", "3")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class ClientTagHandler(urllib.request.BaseHandler):
    handler_order = 400

    def __init__(self, tag):
        self.tag = tag
        self.count = 0

    def https_request(self, req):
        self.count += 1
        req.add_header("X-Client", self.tag)
        return req


def main():
    d = tempfile.mkdtemp()
    key, crt = os.path.join(d, "k"), os.path.join(d, "c")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    httpd = http.server.HTTPServer(("127.0.0.1", 0), API)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    base = "https://localhost:%d" % httpd.server_address[1]
    tagger = ClientTagHandler("report/1.0")
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=crt)), tagger)
    try:
        for path in sorted(ROUTES) + ["/nowhere"]:
            try:
                with opener.open(base + path, timeout=5) as resp:
                    print("%-9s %d %s" % (path, resp.status, json.loads(resp.read().decode())))
            except urllib.error.HTTPError as e:
                body = json.loads(e.read().decode())
                print("%-9s HTTPError %d %-22r %s retry=%s" % (path, e.code, e.reason, body,
                                                              e.headers.get("Retry-After")))
                print("          str: %s | is URLError: %s" % (e, isinstance(e, urllib.error.URLError)))
        print("handler saw", tagger.count, "requests")
        strict = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl.create_default_context()))
        try:
            strict.open(base + "/ok", timeout=5)
        except urllib.error.URLError as e:
            print("untrusted:", type(e).__name__, isinstance(e.reason, ssl.SSLError), e.reason.reason)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            dead = s.getsockname()[1]
        try:
            opener.open("https://localhost:%d/ok" % dead, timeout=5)
        except urllib.error.URLError as e:
            print("refused:", type(e.reason).__name__, e.reason.errno == 111)
    finally:
        httpd.shutdown()
        httpd.server_close()
        t.join(5)
        subprocess.call(["rm", "-rf", d])


main()
