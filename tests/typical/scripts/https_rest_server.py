"""A small JSON REST service over HTTPS (http.server with ThreadingMixIn,
wrapped in TLS) exercised with http.client: GET, POST with a JSON body,
PUT, DELETE, 404 and 405 replies, custom headers and keep-alive."""
import http.client
import http.server
import json
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "crt.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "3", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


STORE = {"1": {"id": "1", "name": "alpha"}}
LOCK = threading.Lock()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ItemStore/1.0"

    def log_message(self, fmt, *args):
        pass

    def reply(self, status, payload):
        body = json.dumps(payload, sort_keys=True).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Items", str(len(STORE)))
        self.end_headers()
        self.wfile.write(body)

    def item_id(self):
        parts = self.path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "items":
            return parts[1]
        return None

    def do_GET(self):
        if self.path == "/items":
            with LOCK:
                items = sorted(STORE.values(), key=lambda i: i["id"])
            return self.reply(200, {"items": items})
        key = self.item_id()
        if key in STORE:
            return self.reply(200, STORE[key])
        self.reply(404, {"error": "no such item", "path": self.path})

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        try:
            data = json.loads(self.rfile.read(length).decode())
        except ValueError as exc:
            return self.reply(400, {"error": str(exc)})
        with LOCK:
            new_id = str(len(STORE) + 1)
            STORE[new_id] = dict(data, id=new_id)
        self.reply(201, STORE[new_id])

    def do_DELETE(self):
        key = self.item_id()
        with LOCK:
            gone = STORE.pop(key, None)
        self.reply(200 if gone else 404, {"deleted": key if gone else None})


class TLSServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        httpd = TLSServer(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        port = httpd.server_address[1]
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        try:
            ctx = ssl.create_default_context(cafile=crt)
            conn = http.client.HTTPSConnection("localhost", port, context=ctx, timeout=10)
            steps = [
                ("GET", "/items", None),
                ("POST", "/items", {"name": "beta", "tags": ["x", "y"]}),
                ("POST", "/items", "not json"),
                ("GET", "/items/2", None),
                ("DELETE", "/items/1", None),
                ("DELETE", "/items/1", None),
                ("GET", "/items", None),
                ("GET", "/nowhere", None),
                ("PUT", "/items/2", {"name": "gamma"}),
            ]
            for method, path, payload in steps:
                headers = {"Accept": "application/json"}
                body = None
                if payload is not None:
                    body = payload if isinstance(payload, str) else json.dumps(payload)
                    headers["Content-Type"] = "application/json"
                conn.request(method, path, body=body, headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
                ctype = resp.getheader("Content-Type")
                shown = json.loads(raw.decode()) if ctype == "application/json" else raw[:40]
                print("%-6s %-10s -> %d %s items=%s %s" % (method, path, resp.status, resp.reason,
                                                          resp.getheader("X-Items"), shown))
            print("server header:", conn.sock.version() is not None, resp.getheader("Server", "").split()[0])
            conn.close()
        finally:
            httpd.shutdown()
            httpd.server_close()
            t.join(10)
    print("final store:", sorted(STORE))


if __name__ == "__main__":
    main()
