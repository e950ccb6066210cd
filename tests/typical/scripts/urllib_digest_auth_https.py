"""HTTP Digest authentication over HTTPS with urllib.request: a local
http.server (TLS) issues a digest challenge (qop=auth, MD5) and checks the
client's response with hashlib; the client uses an opener with an
HTTPSHandler(context=...) and an HTTPDigestAuthHandler. Prints each
outcome, the HTTPError for a wrong password and what the server saw."""
import hashlib
import http.server
import os
import shutil
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.request

REALM = "vault@example"
USERS = {"alice": "wonderland"}
NONCE = "dcd98b7102dd2f0e8b11d0f600bfb0c093"
SEEN = []


def md5(s):
    return hashlib.md5(s.encode()).hexdigest()


def parse_auth(value):
    scheme, _, rest = value.partition(" ")
    fields = {}
    for part in rest.split(","):
        k, _, v = part.strip().partition("=")
        fields[k] = v.strip('"')
    return scheme, fields


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def challenge(self, stale=False):
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Digest realm="%s", qop="auth", nonce="%s", algorithm=MD5, opaque="5ccc"'
                         % (REALM, NONCE))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):
        header = self.headers.get("Authorization")
        if not header:
            SEEN.append("%s without credentials" % self.path)
            return self.challenge()
        scheme, f = parse_auth(header)
        user = f.get("username")
        ha1 = md5("%s:%s:%s" % (user, REALM, USERS.get(user, "")))
        ha2 = md5("GET:%s" % f.get("uri"))
        expected = md5(":".join([ha1, f.get("nonce", ""), f.get("nc", ""), f.get("cnonce", ""), f.get("qop", ""), ha2]))
        ok = user in USERS and f.get("response") == expected
        SEEN.append("%s %s user=%s qop=%s nc=%s algorithm=%s ok=%s" % (
            self.path, scheme, user, f.get("qop"), f.get("nc"), f.get("algorithm"), ok))
        if not ok:
            return self.challenge()
        body = ("secret for %s at %s\n" % (user, self.path)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    d = tempfile.mkdtemp()
    try:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                               "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                               "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        base = "https://localhost:%d" % server.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        try:
            for user, password in (("alice", "wonderland"), ("alice", "guess")):
                passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
                passwords.add_password(None, base, user, password)
                opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=cctx),
                                                     urllib.request.HTTPDigestAuthHandler(passwords))
                for path in ("/reports/q1", "/reports/q2"):
                    try:
                        with opener.open(base + path, timeout=10) as resp:
                            print("%s:%s %s -> %d %r" % (user, password, path, resp.status, resp.read()))
                    except urllib.error.HTTPError as e:
                        print("%s:%s %s -> HTTPError %d %s, challenge %s" % (
                            user, password, path, e.code, e.reason,
                            parse_auth(e.headers["WWW-Authenticate"])[1]["realm"]))
            try:
                urllib.request.urlopen(base + "/reports/q1", timeout=10)
            except urllib.error.URLError as e:
                print("no context:", type(e).__name__, isinstance(e.reason, ssl.SSLError), getattr(e.reason, "reason", None))
        finally:
            server.shutdown()
            server.server_close()
            t.join(5)
    finally:
        shutil.rmtree(d)
    for line in SEEN:
        print("server:", line)


main()
