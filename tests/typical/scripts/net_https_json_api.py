"""An HTTPS JSON API on http.server with a custom BaseHTTPRequestHandler
(do_GET, do_POST, do_DELETE, errors as JSON) and a client using
http.client over one keep-alive connection."""
import http.client
import http.server
import json
import os
import ssl
import subprocess
import tempfile
import threading
from urllib.parse import parse_qs, urlparse


def make_cert(d):
    key, crt = os.path.join(d, "api.key"), os.path.join(d, "api.crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384",
                    "-nodes", "-days", "3", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Todo:
    def __init__(self, ident, title, done=False):
        self.id, self.title, self.done = ident, title, done

    def to_dict(self):
        return {"id": self.id, "title": self.title, "done": self.done}

    def __repr__(self):
        return "Todo(id={0.id}, title={0.title!r}, done={0.done})".format(self)


class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status


TODOS = {}
NEXT = [1]


class ApiHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "TodoAPI/1.0"
    sys_version = ""

    def log_message(self, fmt, *args):
        pass

    def send_json(self, status, payload):
        body = json.dumps(payload, sort_keys=True).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def dispatch(self, method):
        url = urlparse(self.path)
        parts = [p for p in url.path.split("/") if p]
        try:
            if not parts or parts[0] != "todos":
                raise ApiError(404, "no route for %s" % url.path)
            handler = getattr(self, "%s_%s" % (method, "item" if len(parts) > 1 else "list"))
            self.send_json(*handler(parts[1:], parse_qs(url.query)))
        except ApiError as e:
            self.send_json(e.status, {"error": str(e)})
        except (ValueError, KeyError) as e:
            self.send_json(400, {"error": "%s: %s" % (type(e).__name__, e)})

    def do_GET(self):
        self.dispatch("get")

    def do_POST(self):
        self.dispatch("post")

    def do_DELETE(self):
        self.dispatch("delete")

    def get_list(self, parts, query):
        items = sorted(TODOS.values(), key=lambda t: t.id)
        if "done" in query:
            want = query["done"][0] == "1"
            items = [t for t in items if t.done == want]
        return 200, [t.to_dict() for t in items]

    def get_item(self, parts, query):
        todo = TODOS.get(int(parts[0]))
        if todo is None:
            raise ApiError(404, "todo %s not found" % parts[0])
        return 200, todo.to_dict()

    def post_list(self, parts, query):
        length = int(self.headers.get("Content-Length", 0))
        data = json.loads(self.rfile.read(length).decode("utf-8"))
        todo = Todo(NEXT[0], data["title"], bool(data.get("done")))
        NEXT[0] += 1
        TODOS[todo.id] = todo
        return 201, todo.to_dict()

    def delete_item(self, parts, query):
        todo = TODOS.pop(int(parts[0]), None)
        if todo is None:
            raise ApiError(404, "todo %s not found" % parts[0])
        return 200, {"deleted": repr(todo)}


def call(conn, method, path, payload=None, last=False):
    headers = {"Accept": "application/json"}
    if last:
        headers["Connection"] = "close"
    body = None
    if payload is not None:
        body = json.dumps(payload)
        headers["Content-Type"] = "application/json"
    conn.request(method, path, body=body, headers=headers)
    resp = conn.getresponse()
    data = json.loads(resp.read().decode())
    print("%-6s %-18s %d %-9s %s" % (method, path, resp.status, resp.reason, data))
    return resp


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), ApiHandler)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, daemon=True)
        t.start()
        port = httpd.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        conn = http.client.HTTPSConnection("localhost", port, context=cctx, timeout=10)
        call(conn, "POST", "/todos", {"title": "write report"})
        call(conn, "POST", "/todos", {"title": "buy milk", "done": True})
        call(conn, "POST", "/todos", {"title": "fix bug"})
        call(conn, "POST", "/todos", {"name": "oops"})
        call(conn, "GET", "/todos")
        call(conn, "GET", "/todos?done=1")
        resp = call(conn, "GET", "/todos/2")
        print("  server:", resp.getheader("Server"), "type:", resp.getheader("content-type"))
        call(conn, "GET", "/todos/9")
        call(conn, "GET", "/todos/abc")
        call(conn, "DELETE", "/todos/1")
        print("one connection reused:", conn.sock is not None)
        call(conn, "GET", "/nothing", last=True)
        print("closed by the server:", conn.sock is None)
        conn.close()
        httpd.shutdown()
        httpd.server_close()
        print("left:", sorted(TODOS.values(), key=lambda t: t.title))


main()
