"""An OAuth2 client-credentials flow against local HTTPS fakes: a token
endpoint (form-encoded POST, HTTP basic client authentication, JSON
tokens with scopes and lifetimes, RFC 6749 error bodies) and a resource
server that checks bearer tokens (RFC 6750 WWW-Authenticate challenges).
The client, built on urllib.request, caches its token, retries once with
a fresh token after a 401 for an expired one, and asks for a narrower
scope; both servers share one threaded http.server behind TLS."""
import base64
import hashlib
import itertools
import json
import os
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn

CLIENTS = {"reporting-job": ("s3cr3t", {"reports:read", "reports:write", "users:read"})}


class State:
    lock = threading.Lock()
    tokens = {}
    counter = itertools.count(1)
    clock = [1000]  # a fake clock the script advances


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def json_reply(self, code, obj, extra=()):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        for k, v in extra:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode(), keep_blank_values=True)
        if self.path != "/oauth/token":
            return self.json_reply(404, {"error": "not_found"})
        auth = self.headers.get("Authorization", "")
        try:
            cid, _, secret = base64.b64decode(auth.split(" ", 1)[1]).decode().partition(":")
        except (IndexError, ValueError):
            cid = secret = None
        if cid not in CLIENTS or CLIENTS[cid][0] != secret:
            return self.json_reply(401, {"error": "invalid_client"},
                                   [("WWW-Authenticate", 'Basic realm="token"')])
        if form.get("grant_type") != ["client_credentials"]:
            return self.json_reply(400, {"error": "unsupported_grant_type"})
        wanted = set(form.get("scope", [""])[0].split())
        allowed = CLIENTS[cid][1]
        if not wanted <= allowed:
            return self.json_reply(400, {"error": "invalid_scope",
                                         "error_description": "not allowed: " + " ".join(sorted(wanted - allowed))})
        scope = wanted or allowed
        with State.lock:
            n = next(State.counter)
            token = hashlib.sha256(b"token-%d" % n).hexdigest()[:24]
            State.tokens[token] = (scope, State.clock[0] + 60)
        self.json_reply(200, {"access_token": token, "token_type": "Bearer", "expires_in": 60,
                              "scope": " ".join(sorted(scope))})

    def do_GET(self):
        need = {"/api/reports": "reports:read", "/api/users": "users:read", "/api/admin": "admin"}.get(self.path)
        if need is None:
            return self.json_reply(404, {"error": "not_found"})
        auth = self.headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            return self.json_reply(401, {"error": "unauthorized"}, [("WWW-Authenticate", 'Bearer realm="api"')])
        with State.lock:
            entry = State.tokens.get(auth[7:])
            now = State.clock[0]
        if entry is None or entry[1] <= now:
            why = "The access token expired" if entry else "Unknown token"
            return self.json_reply(401, {"error": "invalid_token"}, [(
                "WWW-Authenticate", 'Bearer realm="api", error="invalid_token", error_description="%s"' % why)])
        if need not in entry[0]:
            return self.json_reply(403, {"error": "insufficient_scope"}, [(
                "WWW-Authenticate", 'Bearer realm="api", error="insufficient_scope", scope="%s"' % need)])
        self.json_reply(200, {"path": self.path, "items": sorted(entry[0])})


class Server(ThreadingMixIn, HTTPServer):
    daemon_threads = True


class OAuthClient:
    def __init__(self, base, cid, secret, ctx, scope=""):
        self.base, self.cid, self.secret, self.scope = base, cid, secret, scope
        self.opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx))
        self.token = None
        self.fetches = 0

    def fetch_token(self):
        data = urllib.parse.urlencode({"grant_type": "client_credentials", "scope": self.scope}).encode()
        req = urllib.request.Request(self.base + "/oauth/token", data=data)
        cred = base64.b64encode(("%s:%s" % (self.cid, self.secret)).encode()).decode()
        req.add_header("Authorization", "Basic " + cred)
        req.add_header("Content-Type", "application/x-www-form-urlencoded")
        self.fetches += 1
        with self.opener.open(req, timeout=10) as r:
            tok = json.loads(r.read().decode())
        self.token = tok["access_token"]
        return tok

    def get(self, path):
        for attempt in (1, 2):
            if self.token is None:
                self.fetch_token()
            req = urllib.request.Request(self.base + path, headers={"Authorization": "Bearer " + self.token})
            try:
                with self.opener.open(req, timeout=10) as r:
                    return r.status, json.loads(r.read().decode())
            except urllib.error.HTTPError as e:
                with e:
                    body = json.loads(e.read().decode())
                    challenge = e.headers.get("WWW-Authenticate")
                if e.code == 401 and body.get("error") == "invalid_token" and attempt == 1:
                    self.token = None
                    continue
                return e.code, {"error": body["error"], "challenge": challenge}


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=auth.test", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        srv = Server(("127.0.0.1", 0), Handler)
        srv.socket = sctx.wrap_socket(srv.socket, server_side=True)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        base = "https://127.0.0.1:%d" % srv.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        try:
            bad = OAuthClient(base, "reporting-job", "wrong", cctx)
            try:
                bad.fetch_token()
            except urllib.error.HTTPError as e:
                print("bad secret:", e.code, json.loads(e.read().decode()), e.headers["WWW-Authenticate"])
                e.close()
            greedy = OAuthClient(base, "reporting-job", "s3cr3t", cctx, scope="reports:read admin")
            try:
                greedy.fetch_token()
            except urllib.error.HTTPError as e:
                print("too much scope:", e.code, json.loads(e.read().decode()))
                e.close()

            c = OAuthClient(base, "reporting-job", "s3cr3t", cctx)
            tok = c.fetch_token()
            print("token:", tok["token_type"], tok["expires_in"], tok["scope"], len(tok["access_token"]))
            for path in ("/api/reports", "/api/users", "/api/admin", "/api/nothing"):
                print("GET", path, "->", c.get(path))
            State.clock[0] += 61
            print("after expiry:", c.get("/api/reports"), "token fetches:", c.fetches)

            narrow = OAuthClient(base, "reporting-job", "s3cr3t", cctx, scope="reports:read")
            print("narrow reports:", narrow.get("/api/reports"))
            print("narrow users:", narrow.get("/api/users"))
            req = urllib.request.Request(base + "/api/reports")
            try:
                c.opener.open(req, timeout=10)
            except urllib.error.HTTPError as e:
                print("no token:", e.code, e.headers["WWW-Authenticate"])
                e.close()
            print("tokens issued:", len(State.tokens))
        finally:
            srv.shutdown()
            srv.server_close()
            t.join()


if __name__ == "__main__":
    main()
