"""Uploads a directory tree with HTTP PUT over HTTPS: the client picks each
file's Content-Type and Content-Encoding with mimetypes.guess_type (a
custom type registered with add_type, compressed files reported by
encoding, unknown extensions sent as application/octet-stream), sends
an MD5 in Content-MD5 (base64) and the server, an http.server over TLS,
checks it, stores the file and answers 201 or 400. Then a manifest."""
import base64
import hashlib
import http.client
import http.server
import json
import mimetypes
import os
import shutil
import ssl
import subprocess
import tempfile
import threading
import urllib.parse

STORED = {}


class PutHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args):
        pass

    def answer(self, code, obj):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self):
        data = self.rfile.read(int(self.headers["Content-Length"]))
        digest = base64.b64encode(hashlib.md5(data).digest()).decode()
        if digest != self.headers.get("Content-MD5"):
            return self.answer(400, {"error": "Content-MD5 mismatch"})
        path = urllib.parse.unquote(self.path)
        created = path not in STORED
        STORED[path] = (self.headers.get("Content-Type"), self.headers.get("Content-Encoding"), len(data))
        self.answer(201 if created else 200, {"path": path, "bytes": len(data)})

    def do_GET(self):
        if self.path != "/manifest":
            return self.answer(404, {"error": "not found"})
        self.answer(200, {p: list(v) for p, v in sorted(STORED.items())})


def main():
    d = tempfile.mkdtemp()
    try:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                               "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                               "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tree = os.path.join(d, "site")
        files = {"index.html": b"<h1>hi</h1>", "css/site.css": b"body{}", "js/app.js": b"1;",
                 "img/logo.png": b"\x89PNG\r\n\x1a\n", "data/report.json": b"{}", "docs/manual.pdf": b"%PDF-1.4",
                 "backup/site.tar.gz": b"\x1f\x8b\x08\x00", "notes/readme.txt.bz2": b"BZh9",
                 "conf/app.tlsprofile": b"min=1.2", "misc/unknown.zzqx": b"??", "My Docs/file name.txt": b"spaces"}
        for rel, data in files.items():
            os.makedirs(os.path.join(tree, os.path.dirname(rel)), exist_ok=True)
            with open(os.path.join(tree, rel), "wb") as f:
                f.write(data)
        mimetypes.add_type("application/x-tls-profile", ".tlsprofile")

        server = http.server.HTTPServer(("127.0.0.1", 0), PutHandler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        conn = http.client.HTTPSConnection("localhost", server.server_address[1],
                                           context=ssl.create_default_context(cafile=crt), timeout=10)
        try:
            uploads = []
            for root, dirs, names in os.walk(tree):
                dirs.sort()
                for name in sorted(names):
                    uploads.append(os.path.relpath(os.path.join(root, name), tree))
            uploads.append("index.html")  # again: an update
            for rel in uploads:
                with open(os.path.join(tree, rel), "rb") as f:
                    data = f.read()
                ctype, encoding = mimetypes.guess_type(rel)
                headers = {"Content-Type": ctype or "application/octet-stream",
                           "Content-MD5": base64.b64encode(hashlib.md5(data).digest()).decode()}
                if encoding:
                    headers["Content-Encoding"] = encoding
                if rel.endswith(".js"):
                    headers["Content-MD5"] = "broken=="
                conn.request("PUT", "/" + urllib.parse.quote(rel.replace(os.sep, "/")), body=data, headers=headers)
                resp = conn.getresponse()
                print("PUT %-24s %-26s %-6s -> %d %s" % (rel, headers["Content-Type"], encoding or "-",
                                                         resp.status, json.loads(resp.read().decode())))
            conn.request("GET", "/manifest", headers={"Connection": "close"})
            resp = conn.getresponse()
            manifest = json.loads(resp.read().decode())
            print("manifest (%d files):" % len(manifest))
            for path, (ctype, enc, size) in sorted(manifest.items()):
                print("  %-26s %s%s, %d bytes" % (path, ctype, " (%s)" % enc if enc else "", size))
            print("extension for the custom type:", mimetypes.guess_extension("application/x-tls-profile"))
        finally:
            conn.close()
            server.shutdown()
            server.server_close()
            t.join(5)
    finally:
        shutil.rmtree(d)


main()
