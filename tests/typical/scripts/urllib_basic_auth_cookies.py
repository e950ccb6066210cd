"""An HTTPS API client built on urllib.request: an opener with an
HTTPSHandler (custom context), HTTPBasicAuthHandler with a password
manager and HTTPCookieProcessor; the local server asks for credentials,
sets a session cookie (Secure; HttpOnly) and returns JSON, 401, 403
and 404 bodies that the client reads from HTTPError."""
import base64
import http.cookiejar
import http.server
import json
import os
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.request


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Api(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits = []

    def log_message(self, *args):
        pass

    def send_json(self, code, obj, extra=()):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        auth = self.headers.get("Authorization")
        cookie = self.headers.get("Cookie")
        Api.hits.append((self.path, bool(auth), cookie))
        if self.path.startswith("/public"):
            return self.send_json(200, {"public": True})
        if not auth:
            return self.send_json(401, {"error": "login required"},
                                  [("WWW-Authenticate", 'Basic realm="api"')])
        user, _, pw = base64.b64decode(auth.split()[1]).decode().partition(":")
        if pw != "pa55":
            return self.send_json(401, {"error": "bad password"},
                                  [("WWW-Authenticate", 'Basic realm="api"')])
        if self.path == "/admin":
            return self.send_json(403, {"error": "forbidden", "user": user})
        if self.path == "/me":
            return self.send_json(200, {"user": user, "session": cookie},
                                  [("Set-Cookie", "sid=abc123; Path=/; Secure; HttpOnly")])
        self.send_json(404, {"error": "no such resource", "path": self.path})


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Api)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        base = "https://localhost:%d" % httpd.server_address[1]
        try:
            cctx = ssl.create_default_context(cafile=crt)
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, base, "dana", "pa55")
            jar = http.cookiejar.CookieJar()
            opener = urllib.request.build_opener(
                urllib.request.HTTPSHandler(context=cctx),
                urllib.request.HTTPBasicAuthHandler(passwords),
                urllib.request.HTTPCookieProcessor(jar))
            for path in ("/public", "/me", "/me", "/admin", "/missing"):
                try:
                    with opener.open(base + path, timeout=10) as resp:
                        print(path, resp.status, resp.reason, resp.headers["Content-Type"],
                              json.loads(resp.read().decode()))
                except urllib.error.HTTPError as err:
                    print(path, "HTTPError", err.code, err.reason, json.loads(err.read().decode()))
            print("cookies:", sorted((c.name, c.value, c.secure, c.path) for c in jar))
            plain = urllib.request.build_opener(urllib.request.HTTPSHandler(context=cctx))
            try:
                plain.open(base + "/me", timeout=10)
            except urllib.error.HTTPError as err:
                print("without auth handler:", err.code, err.headers["WWW-Authenticate"])
                err.close()
        finally:
            httpd.shutdown()
            t.join(10)
            httpd.server_close()
        print("server hits:")
        for hit in Api.hits:
            print("  %-9s auth=%-5s cookie=%s" % hit)


main()
