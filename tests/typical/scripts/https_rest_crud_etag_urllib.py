"""A JSON document store served by http.server over TLS (a ThreadingMixIn
server) and driven with urllib.request: PUT/GET/DELETE with Request(method=),
optimistic concurrency through ETag and If-Match (412 on a stale tag),
201/204/404/405 handling through HTTPError (its headers and JSON body),
and an opener built with HTTPSHandler(context=...)."""
import hashlib
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


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                    "-subj", "/CN=docs.test", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


STORE = {}
LOCK = threading.Lock()


def etag(doc):
    return '"%s"' % hashlib.sha1(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:10]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "DocStore/1.0"
    sys_version = ""

    def log_message(self, fmt, *args):
        self.server.log.append("%s %s" % (self.command, args[1] if len(args) > 1 else ""))

    def reply(self, code, body=None, headers=()):
        data = b"" if body is None else json.dumps(body, sort_keys=True).encode()
        self.send_response(code)
        for k, v in headers:
            self.send_header(k, v)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def key(self):
        parts = self.path.strip("/").split("/")
        if len(parts) != 2 or parts[0] != "docs":
            return None
        return parts[1]

    def do_GET(self):
        k = self.key()
        with LOCK:
            doc = STORE.get(k)
        if doc is None:
            self.reply(404, {"error": "no such document", "key": k})
        else:
            self.reply(200, doc, [("ETag", etag(doc))])

    def do_PUT(self):
        k = self.key()
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])).decode())
        with LOCK:
            old = STORE.get(k)
            want = self.headers.get("If-Match")
            if want is not None and (old is None or etag(old) != want):
                self.reply(412, {"error": "precondition failed", "current": etag(old) if old else None})
                return
            STORE[k] = body
        self.reply(200 if old else 201, {"stored": k}, [("ETag", etag(body)), ("Location", "/docs/" + k)])

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.reply(405, {"error": "use PUT"}, [("Allow", "GET, PUT, DELETE")])

    def do_DELETE(self):
        k = self.key()
        with LOCK:
            existed = STORE.pop(k, None) is not None
        if existed:
            self.reply(204)
        else:
            self.reply(404, {"error": "no such document", "key": k})


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def call(opener, method, url, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with opener.open(req, timeout=10) as resp:
            raw = resp.read()
            return resp.status, resp.headers.get("ETag"), json.loads(raw.decode()) if raw else None
    except urllib.error.HTTPError as e:
        raw = e.read()
        return e.code, e.headers.get("Content-Type"), json.loads(raw.decode()) if raw else e.reason


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        srv = Server(("127.0.0.1", 0), Handler)
        srv.log = []
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        srv.socket = sctx.wrap_socket(srv.socket, server_side=True)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx))
        base = "https://127.0.0.1:%d/docs/" % srv.server_address[1]

        st, tag1, body = call(opener, "PUT", base + "alpha", {"v": 1, "tags": ["a"]})
        print("create:", st, body)
        st, tag2, body = call(opener, "PUT", base + "alpha", {"v": 2}, {"If-Match": tag1})
        print("update with fresh tag:", st, body, "tag changed:", tag1 != tag2)
        print("update with stale tag:", call(opener, "PUT", base + "alpha", {"v": 3}, {"If-Match": tag1})[::2])
        st, tag, body = call(opener, "GET", base + "alpha")
        print("get:", st, body, "tag matches:", tag == tag2)
        print("get missing:", call(opener, "GET", base + "beta"))
        print("delete:", call(opener, "DELETE", base + "alpha"))
        print("delete again:", call(opener, "DELETE", base + "alpha"))
        print("POST not allowed:", call(opener, "POST", base + "alpha", {"x": 1}))
        req = urllib.request.Request(base + "x", method="PATCH")
        print("request method:", req.get_method(), "host:", req.host.split(":")[0], "type:", req.type)
        try:
            urllib.request.urlopen(base + "alpha", timeout=10)
        except urllib.error.URLError as e:
            print("default context:", type(e).__name__, isinstance(e.reason, ssl.SSLError),
                  getattr(e.reason, "reason", None))
        srv.shutdown()
        srv.server_close()
        t.join(5)
        for line in srv.log:
            print("log:", line)


if __name__ == "__main__":
    main()
