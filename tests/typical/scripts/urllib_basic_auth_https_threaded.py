"""urllib.request over HTTPS with Basic auth, redirects and error codes against a threaded http.server."""
import base64
import http.server
import json
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.request

USERS = {"admin": "correct horse"}


def make_cert(d):
    cert, key = os.path.join(d, "web.crt"), os.path.join(d, "web.key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class ThreadingHTTPSServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def authorized(self):
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        return USERS.get(user) == password

    def send_json(self, code, obj, extra=()):
        body = json.dumps(obj).encode()
        self.send_response(code)
        for k, v in extra:
            self.send_header(k, v)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/public":
            self.send_json(200, {"hello": "world", "ua": self.headers["User-Agent"].split("/")[0]})
        elif self.path == "/old":
            self.send_json(301, {}, [("Location", "/public")])
        elif self.path == "/admin":
            if self.authorized():
                self.send_json(200, {"secret": 42, "user": "admin"})
            else:
                self.send_json(401, {"error": "auth"}, [("WWW-Authenticate", 'Basic realm="ops"')])
        elif self.path == "/boom":
            self.send_json(500, {"error": "boom"})
        else:
            self.send_error(404)


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        httpd = ThreadingHTTPSServer(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        t.start()
        base = "https://localhost:%d" % httpd.server_address[1]
        cctx = ssl.create_default_context(cafile=cert)
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        opener = urllib.request.build_opener(
            urllib.request.HTTPSHandler(context=cctx),
            urllib.request.HTTPBasicAuthHandler(passwords))
        for path in ["/public", "/old", "/admin", "/boom", "/missing"]:
            try:
                with opener.open(base + path, timeout=10) as resp:
                    print(path, resp.status, resp.geturl().replace(base, ""), json.loads(resp.read().decode()))
            except urllib.error.HTTPError as exc:
                print(path, "HTTPError", exc.code, exc.reason, exc.headers.get("WWW-Authenticate"))
                exc.close()
        passwords.add_password(None, base, "admin", "correct horse")
        with opener.open(base + "/admin", timeout=10) as resp:
            print("/admin with password:", resp.status, json.loads(resp.read().decode()))
        req = urllib.request.Request(base + "/admin", headers={
            "Authorization": "Basic " + base64.b64encode(b"admin:nope").decode()})
        try:
            urllib.request.urlopen(req, context=cctx, timeout=10)
        except urllib.error.HTTPError as exc:
            print("manual bad header:", exc.code, str(exc))
            exc.close()
        try:
            urllib.request.urlopen(base + "/public", timeout=10, context=ssl.create_default_context())
        except urllib.error.URLError as exc:
            print("default trust store:", type(exc).__name__, getattr(exc.reason, "reason", None))
        httpd.shutdown()
        httpd.server_close()
        t.join(10)


if __name__ == "__main__":
    main()
