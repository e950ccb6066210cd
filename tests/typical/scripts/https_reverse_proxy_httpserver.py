"""An HTTPS reverse proxy built from http.server and http.client: the
front end terminates TLS, forwards each request to an HTTPS back end over
one kept-alive, verified connection, adds X-Forwarded-For and Via, maps
back-end failures to 502, and the client talks to it with http.client."""
import http.client
import http.server
import json
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "5", "-subj", "/CN=" + name,
                           "-addext", "subjectAltName=DNS:%s,IP:127.0.0.1" % name,
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class ThreadedHTTPSServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True

    def __init__(self, handler, ctx):
        http.server.HTTPServer.__init__(self, ("127.0.0.1", 0), handler)
        self.socket = ctx.wrap_socket(self.socket, server_side=True)
        self.seen = []

    def handle_error(self, request, client_address):
        # clients that hang up without close_notify: 3.6 over OpenSSL 3
        # reports "unexpected eof"; nothing to say about them here
        pass


class Backend(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "backend/2.0"
    sys_version = ""

    def log_message(self, *args):
        pass

    def answer(self, status, obj, extra=()):
        body = json.dumps(obj, sort_keys=True).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        self.server.seen.append((self.command, self.path, self.headers.get("X-Forwarded-For"),
                                 self.headers.get("Via"), self.headers.get("Host")))
        if self.path.startswith("/items/"):
            item = self.path.rsplit("/", 1)[1]
            if item.isdigit():
                self.answer(200, {"item": int(item), "square": int(item) ** 2})
            else:
                self.answer(404, {"error": "no item %r" % item})
        elif self.path == "/boom":
            # the back end hangs up without answering
            self.close_connection = True
        else:
            self.answer(200, {"path": self.path}, [("Set-Cookie", "b=1")])

    def do_POST(self):
        n = int(self.headers["Content-Length"])
        doc = json.loads(self.rfile.read(n).decode())
        self.server.seen.append((self.command, self.path, self.headers.get("X-Forwarded-For"),
                                 self.headers.get("Via"), self.headers.get("Host")))
        self.answer(201, {"stored": sorted(doc)})


class Proxy(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "edge/1.0"
    sys_version = ""
    hop_by_hop = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade"}

    def log_message(self, *args):
        pass

    def upstream(self):
        conn = getattr(self.server, "upstream_conn", None)
        if conn is None:
            conn = http.client.HTTPSConnection("backend", self.server.backend_port, timeout=10,
                                               context=self.server.client_ctx)
            # connect to 127.0.0.1 while verifying the name "backend"
            conn.host = "127.0.0.1"
            self.server.upstream_conn = conn
            self.server.connects += 1
        return conn

    def forward(self):
        body = None
        if "Content-Length" in self.headers:
            body = self.rfile.read(int(self.headers["Content-Length"]))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in self.hop_by_hop}
        headers["X-Forwarded-For"] = self.client_address[0]
        headers["Via"] = "1.1 edge"
        with self.server.lock:
            conn = self.upstream()
            try:
                conn.request(self.command, self.path, body=body, headers=headers)
                resp = conn.getresponse()
                payload = resp.read()
            except (http.client.HTTPException, OSError) as exc:
                conn.close()
                self.server.upstream_conn = None
                self.server.errors.append(type(exc).__name__)
                msg = b"bad gateway\n"
                self.send_response(502)
                self.send_header("Content-Length", str(len(msg)))
                self.end_headers()
                self.wfile.write(msg)
                return
        self.send_response(resp.status, resp.reason)
        for k, v in resp.getheaders():
            if k.lower() not in self.hop_by_hop and k.lower() not in ("server", "date", "content-length"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("X-Upstream-Server", resp.getheader("Server"))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = forward
    do_POST = forward


def main():
    with tempfile.TemporaryDirectory() as d:
        bcrt, bkey = make_cert(d, "backend")
        ecrt, ekey = make_cert(d, "edge")
        bctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        bctx.load_cert_chain(bcrt, bkey)
        ectx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ectx.load_cert_chain(ecrt, ekey)
        backend = ThreadedHTTPSServer(Backend, bctx)
        edge = ThreadedHTTPSServer(Proxy, ectx)
        edge.backend_port = backend.server_address[1]
        edge.client_ctx = ssl.create_default_context(cafile=bcrt)
        edge.lock = threading.Lock()
        edge.connects = 0
        edge.errors = []
        threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}) for s in (backend, edge)]
        for t in threads:
            t.start()

        client = http.client.HTTPSConnection("edge", edge.server_address[1], timeout=10,
                                             context=ssl.create_default_context(cafile=ecrt))
        client.host = "127.0.0.1"
        for method, path, body in [("GET", "/items/7", None), ("GET", "/items/x", None),
                                   ("GET", "/", None), ("POST", "/store", {"b": 2, "a": 1}),
                                   ("GET", "/boom", None), ("GET", "/items/12", None)]:
            data = None if body is None else json.dumps(body).encode()
            headers = {"Content-Type": "application/json"} if data else {}
            client.request(method, path, body=data, headers=headers)
            resp = client.getresponse()
            text = resp.read().decode().strip()
            print("%-4s %-9s -> %d %s" % (method, path, resp.status, resp.reason))
            print("     body=%s upstream=%s cookie=%s" % (text, resp.getheader("X-Upstream-Server"),
                                                       resp.getheader("Set-Cookie")))
        client.close()
        print("client closed:", client.sock is None)

        for method, path, xff, via, host in backend.seen:
            print("backend saw %-4s %-9s xff=%s via=%s host=%s" % (method, path, xff, via, host.split(":")[0]))
        print("upstream connects:", edge.connects, "errors:", len(edge.errors))

        for s in (edge, backend):
            s.shutdown()
            s.server_close()
        for t in threads:
            t.join(5)
        if getattr(edge, "upstream_conn", None):
            edge.upstream_conn.close()


main()
