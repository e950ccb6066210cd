"""An HTTPS file/API server built on http.server and wrapped with ssl,
queried with urllib.request: urlopen with context= and with cafile=,
Request objects with headers and a JSON body, HTTPError for 404/500,
URLError for an untrusted server, and response headers."""
import http.server
import json
import os
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    server_version = "InventoryHTTP/0.3"
    sys_version = ""
    items = {"1": {"name": "router", "qty": 2}, "2": {"name": "switch", "qty": 5}}

    def log_message(self, fmt, *args):
        pass

    def send_json(self, code, obj):
        body = json.dumps(obj, sort_keys=True).encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Items", str(len(self.items)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        if url.path == "/items":
            names = sorted(v["name"] for v in self.items.values())
            if "prefix" in query:
                names = [n for n in names if n.startswith(query["prefix"][0])]
            self.send_json(200, {"names": names})
        elif url.path.startswith("/items/"):
            item = self.items.get(url.path.rsplit("/", 1)[1])
            if item is None:
                self.send_json(404, {"error": "no such item"})
            else:
                self.send_json(200, item)
        elif url.path == "/boom":
            self.send_error(500, "Exploded")
        else:
            self.send_error(404)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = json.loads(self.rfile.read(length).decode())
        key = str(len(self.items) + 1)
        self.items[key] = data
        self.send_json(201, {"id": key, "auth": self.headers.get("Authorization", "")})


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                        "-keyout", key, "-out", crt], check=True, stderr=subprocess.DEVNULL)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, daemon=True)
        t.start()
        base = "https://localhost:%d" % httpd.server_address[1]
        client = ssl.create_default_context(cafile=crt)

        with urllib.request.urlopen(base + "/items", context=client, timeout=5) as r:
            print(r.status, r.reason, r.headers["Content-Type"], r.headers["X-Items"])
            print(json.loads(r.read().decode()))
        with urllib.request.urlopen(base + "/items?prefix=s", cafile=crt, timeout=5) as r:
            print("cafile=", r.getcode(), json.load(r))

        req = urllib.request.Request(base + "/items", data=json.dumps({"name": "patch panel", "qty": 1}).encode(),
                                     headers={"Content-Type": "application/json", "Authorization": "Token abc"},
                                     method="POST")
        with urllib.request.urlopen(req, context=client) as r:
            print("POST", r.status, json.loads(r.read().decode()))
        print("server header:", r.headers["Server"].strip())

        for path in ("/items/3", "/items/9", "/boom", "/nowhere"):
            try:
                with urllib.request.urlopen(base + path, context=client) as r:
                    print(path, "->", r.status, json.loads(r.read().decode()))
            except urllib.error.HTTPError as e:
                body = e.read().decode()
                print(path, "-> HTTPError", e.code, e.reason, "json" if body.startswith("{") else "html")

        try:
            urllib.request.urlopen(base + "/items", context=ssl.create_default_context(), timeout=5)
        except urllib.error.URLError as e:
            print("untrusted ->", type(e).__name__, getattr(e.reason, "reason", None))

        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=client))
        opener.addheaders = [("User-agent", "inventory-client/1.0")]
        with opener.open(base + "/items/1") as r:
            print("opener:", r.geturl().replace(base, "BASE"), r.read().decode())
        httpd.shutdown()
        httpd.server_close()


main()
