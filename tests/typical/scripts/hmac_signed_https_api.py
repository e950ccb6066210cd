"""Request signing over HTTPS, in the style of cloud APIs: the client
builds a canonical request (method, path, sorted query, selected headers,
body hash), signs it with a key derived by chained HMAC-SHA256 from a
secret, date and region, and sends it with http.client; the server
(http.server over TLS) recomputes the signature and compares it with
hmac.compare_digest. Tampered bodies, wrong dates, unknown keys and
replayed nonces are refused with JSON errors."""
import hashlib
import hmac
import http.client
import http.server
import json
import os
import shutil
import ssl
import subprocess
import tempfile
import threading
import urllib.parse

KEYS = {"AKID1": "s3cr3t-one"}
REGION = "eu-test-1"
SEEN_NONCES = set()


def derive(secret, date):
    k = hmac.new(("API4" + secret).encode(), date.encode(), hashlib.sha256).digest()
    k = hmac.new(k, REGION.encode(), hashlib.sha256).digest()
    return hmac.new(k, b"api4_request", hashlib.sha256).digest()


def canonical(method, path, query, headers, body):
    q = "&".join("%s=%s" % (urllib.parse.quote(k, safe=""), urllib.parse.quote(v, safe=""))
                 for k, v in sorted(urllib.parse.parse_qsl(query, keep_blank_values=True)))
    names = sorted(headers)
    lines = [method, urllib.parse.quote(path), q]
    lines += ["%s:%s" % (n, " ".join(headers[n].split())) for n in names]
    lines += [";".join(names), hashlib.sha256(body).hexdigest()]
    return "\n".join(lines)


def sign(key_id, secret, date, method, target, headers, body):
    path, _, query = target.partition("?")
    creq = canonical(method, path, query, headers, body)
    to_sign = "API4-HMAC-SHA256\n%s\n%s" % (date, hashlib.sha256(creq.encode()).hexdigest())
    sig = hmac.new(derive(secret, date), to_sign.encode(), hashlib.sha256).hexdigest()
    return "API4-HMAC-SHA256 Credential=%s/%s/%s, SignedHeaders=%s, Signature=%s" % (
        key_id, date, REGION, ";".join(sorted(headers)), sig)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def reply(self, code, obj):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        auth = self.headers.get("Authorization", "")
        try:
            scheme, rest = auth.split(" ", 1)
            parts = dict(p.strip().split("=", 1) for p in rest.split(","))
            key_id, date, region = parts["Credential"].split("/")
            signed = parts["SignedHeaders"].split(";")
        except ValueError:
            return self.reply(400, {"error": "malformed Authorization"})
        if key_id not in KEYS:
            return self.reply(403, {"error": "unknown key %s" % key_id})
        if date != self.headers.get("x-api-date", "")[:8]:
            return self.reply(403, {"error": "date mismatch"})
        headers = {n: self.headers.get(n, "") for n in signed}
        expected = sign(key_id, KEYS[key_id], date, self.command, self.path, headers, body)
        if not hmac.compare_digest(expected.encode(), auth.encode()):
            return self.reply(403, {"error": "signature mismatch"})
        nonce = self.headers.get("x-api-nonce")
        if nonce in SEEN_NONCES:
            return self.reply(409, {"error": "replayed nonce %s" % nonce})
        SEEN_NONCES.add(nonce)
        data = json.loads(body.decode())
        self.reply(200, {"ok": True, "items": len(data["items"]), "total": sum(data["items"]),
                         "query": dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))})


def main():
    d = tempfile.mkdtemp()
    try:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                               "-subj", "/CN=api.localhost", "-addext", "subjectAltName=DNS:localhost",
                               "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        conn = http.client.HTTPSConnection("localhost", server.server_address[1], context=cctx, timeout=10)

        def call(label, key_id="AKID1", secret="s3cr3t-one", date="20170901", nonce="n-1",
                 items=(1, 2, 3), tamper=False, target="/v1/batch?b=2&a=x%20y&a=1"):
            body = json.dumps({"items": list(items)}).encode()
            headers = {"host": "localhost:%d" % server.server_address[1], "x-api-date": date + "T120000Z",
                       "x-api-nonce": nonce, "content-type": "application/json"}
            auth = sign(key_id, secret, date, "POST", target, headers, body)
            if tamper:
                body = body.replace(b"3", b"4")
            conn.request("POST", target, body=body, headers=dict(headers, Authorization=auth))
            resp = conn.getresponse()
            print("%-15s %d %s" % (label, resp.status, resp.read().decode()))

        call("valid")
        call("replay")
        call("second nonce", nonce="n-2", items=range(10))
        call("tampered body", nonce="n-3", tamper=True)
        call("wrong secret", nonce="n-4", secret="guess")
        call("unknown key", nonce="n-5", key_id="AKID9")
        conn.request("POST", "/v1/batch", body=b"{}", headers={"Authorization": "garbage", "Connection": "close"})
        resp = conn.getresponse()
        print("%-15s %d %s" % ("no credential", resp.status, resp.read().decode()))
        conn.close()
        server.shutdown()
        server.server_close()
        t.join(5)
    finally:
        shutil.rmtree(d)
    print("nonces accepted:", sorted(SEEN_NONCES))


main()
