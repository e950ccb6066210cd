"""Server-Sent Events over HTTPS: a threaded http.server behind TLS streams
text/event-stream with chunked transfer encoding (ids, named events,
multi-line data, comments as keep-alives, a retry hint), honours
Last-Event-ID to resume, and refuses clients that do not accept the
stream. The client reads the stream line by line through http.client,
parses events as a browser would, drops the connection after a few
events and resumes from the last id it saw."""
import http.client
import json
import os
import ssl
import subprocess
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn

EVENTS = [
    ("deploy", {"service": "api", "version": "1.4.2"}),
    (None, "plain message"),
    ("alert", "line one\nline two\nline three"),
    ("deploy", {"service": "web", "version": "2.0.0"}),
    ("metrics", {"rps": 1250, "p99_ms": 41.5}),
    (None, ""),
    ("alert", "disk 91% full"),
    ("done", "bye"),
]


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def chunk(self, text):
        data = text.encode("utf-8")
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def do_GET(self):
        if self.path != "/events":
            self.send_error(404, "no such stream")
            return
        if "text/event-stream" not in self.headers.get("Accept", ""):
            body = b"this endpoint only speaks text/event-stream\n"
            self.send_response(406)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        last = self.headers.get("Last-Event-ID")
        start = int(last) + 1 if last and last.isdigit() else 0
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        self.chunk(": stream opened at %d\nretry: 1500\n\n" % start)
        try:
            for i in range(start, len(EVENTS)):
                name, data = EVENTS[i]
                if not isinstance(data, str):
                    data = json.dumps(data, sort_keys=True)
                lines = ["id: %d" % i]
                if name:
                    lines.append("event: %s" % name)
                lines += ["data: %s" % part for part in data.split("\n")]
                self.chunk("\n".join(lines) + "\n\n")
                if i % 3 == 2:
                    self.chunk(": keep-alive\n\n")
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            # The client went away mid-stream (it resumes later).
            self.close_connection = True
            with self.server.lock:
                self.server.dropped += 1


class Server(ThreadingMixIn, HTTPServer):
    daemon_threads = True
    lock = threading.Lock()
    dropped = 0


def read_events(resp, limit=None):
    """Parse an event stream; stop after limit events."""
    events, fields, retry = [], {"data": []}, None
    while limit is None or len(events) < limit:
        raw = resp.readline()
        if not raw:
            break
        line = raw.decode("utf-8").rstrip("\r\n")
        if not line:
            if fields["data"] or "event" in fields:
                events.append((fields.get("id"), fields.get("event", "message"), "\n".join(fields["data"])))
            fields = {"data": [], "id": fields.get("id")}
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "data":
            fields["data"].append(value)
        elif name == "retry" and value.isdigit():
            retry = int(value)
        elif name in ("id", "event"):
            fields[name] = value
    return events, retry


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=events.test", "-addext", "subjectAltName=DNS:events.test,IP:127.0.0.1",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        srv = Server(("127.0.0.1", 0), Handler)
        srv.socket = sctx.wrap_socket(srv.socket, server_side=True)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = srv.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        try:
            conn = http.client.HTTPSConnection("127.0.0.1", port, context=cctx, timeout=20)
            conn.request("GET", "/events", headers={"Accept": "text/plain"})
            r = conn.getresponse()
            print("wrong accept:", r.status, r.reason, r.read().decode().strip())
            conn.request("GET", "/nowhere", headers={"Accept": "text/event-stream", "Connection": "close"})
            r = conn.getresponse()
            print("unknown path:", r.status, r.reason, r.getheader("Content-Type"), len(r.read()) > 0)
            conn.close()

            conn = http.client.HTTPSConnection("127.0.0.1", port, context=cctx, timeout=20)
            conn.request("GET", "/events", headers={"Accept": "text/event-stream", "Connection": "close"})
            r = conn.getresponse()
            print("stream:", r.status, r.getheader("Content-Type"), r.getheader("Transfer-Encoding"),
                  "chunked:", r.chunked)
            first, retry = read_events(r, limit=3)
            for ev in first:
                print("  got", ev)
            print("retry hint:", retry)
            conn.close()

            last_id = first[-1][0]
            conn = http.client.HTTPSConnection("127.0.0.1", port, context=cctx, timeout=20)
            conn.request("GET", "/events", headers={"Accept": "text/event-stream", "Last-Event-ID": last_id,
                                                   "Connection": "close"})
            r = conn.getresponse()
            rest, retry = read_events(r)
            print("resumed after id %s: %d events, retry %s" % (last_id, len(rest), retry))
            for ev_id, name, data in rest:
                if data.startswith("{"):
                    data = json.loads(data)
                print("  %s %-8s %r" % (ev_id, name, data))
            print("stream closed cleanly:", r.isclosed(), r.read() == b"")
            conn.close()
        finally:
            srv.shutdown()
            srv.server_close()
            t.join()


if __name__ == "__main__":
    main()
