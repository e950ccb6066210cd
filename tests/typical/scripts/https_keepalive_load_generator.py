"""A small load generator against a TLS-terminating HTTP/1.1 server:
socketserver.ThreadingMixIn with http.server behind a TLS-wrapped
listening socket answers keep-alive requests; worker threads each hold
one HTTPSConnection and send a fixed plan of GET and POST requests
through it, a queue collects the per-request records, and the report
uses the statistics module (mean, median, pstdev, quantile-like
ranks) over sizes and counts, plus the server's own count of TLS
handshakes, which shows each worker's connection was reused."""
import collections
import http.client
import http.server
import json
import os
import queue
import socketserver
import ssl
import statistics
import subprocess
import tempfile
import threading
import time


def make_cert(d):
    crt, key = os.path.join(d, "lb.crt"), os.path.join(d, "lb.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "1", "-subj", "/CN=lb.test", "-addext", "subjectAltName=DNS:lb.test,IP:127.0.0.1",
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.handshakes = 0
        self.requests = collections.Counter()


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        super().setup()
        with self.server.stats.lock:
            self.server.stats.handshakes += 1

    def handle(self):
        # Load generators drop their connections without close_notify.
        try:
            super().handle()
        except (ssl.SSLError, ConnectionError):
            self.close_connection = True

    def log_message(self, *args):
        pass

    def reply(self, code, body, ctype="application/json"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        with self.server.stats.lock:
            self.server.stats.requests["GET " + self.path.split("?")[0]] += 1
        if self.path.startswith("/item/"):
            n = int(self.path.rsplit("/", 1)[1])
            self.reply(200, json.dumps({"id": n, "name": "item-%d" % n, "pad": "x" * (n * 7 % 50)}).encode())
        elif self.path == "/health":
            self.reply(200, b"ok", "text/plain")
        else:
            self.reply(404, b'{"error": "not found"}')

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = json.loads(self.rfile.read(length).decode())
        with self.server.stats.lock:
            self.server.stats.requests["POST " + self.path] += 1
        self.reply(201, json.dumps({"sum": sum(data["values"]), "n": len(data["values"])}).encode())


class TLSServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def plan(worker, count):
    for i in range(count):
        k = (worker * 31 + i * 7) % 10
        if k < 6:
            yield "GET", "/item/%d" % (worker * 100 + i), None
        elif k < 8:
            yield "POST", "/orders", {"values": list(range(worker + i % 5))}
        elif k == 8:
            yield "GET", "/health", None
        else:
            yield "GET", "/missing/%d" % i, None


def worker(wid, port, ctx, count, out):
    conn = http.client.HTTPSConnection("127.0.0.1", port, context=ctx, timeout=10)
    for method, path, payload in plan(wid, count):
        body = None if payload is None else json.dumps(payload).encode()
        headers = {"Content-Type": "application/json"} if body else {}
        start = time.perf_counter()
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        elapsed = time.perf_counter() - start
        out.put((wid, method, path, resp.status, len(data), resp.getheader("Connection"), elapsed))
    conn.close()


def main():
    workers, per_worker = 4, 15
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = TLSServer(("127.0.0.1", 0), Handler)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        server.stats = Stats()
        st = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        st.start()
        port = server.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        records = queue.Queue()
        threads = [threading.Thread(target=worker, args=(w, port, cctx, per_worker, records))
                   for w in range(workers)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        server.shutdown()
        st.join(10)
        server.server_close()

    rows = []
    while not records.empty():
        rows.append(records.get_nowait())
    rows.sort(key=lambda r: (r[0], r[2], r[1]))
    print("requests:", len(rows), "workers alive:", sum(t.is_alive() for t in threads))
    print("handshakes on the server:", server.stats.handshakes)
    print("server counts:", sorted(server.stats.requests.items()))
    print("status counts:", sorted(collections.Counter(r[3] for r in rows).items()))
    print("connection headers:", sorted(collections.Counter(str(r[5]) for r in rows).items()))
    sizes = [r[4] for r in rows]
    print("size mean %.3f median %.1f pstdev %.3f min %d max %d" % (
        statistics.mean(sizes), statistics.median(sizes), statistics.pstdev(sizes), min(sizes), max(sizes)))
    by_worker = collections.defaultdict(list)
    for r in rows:
        by_worker[r[0]].append(r[4])
    for w in sorted(by_worker):
        s = by_worker[w]
        print("worker %d: n=%d bytes=%d median=%s mode_status=%s" % (
            w, len(s), sum(s), statistics.median(s),
            statistics.mode([r[3] for r in rows if r[0] == w])))
    ranked = sorted(sizes)
    print("p50/p90/p99 sizes:", [ranked[min(len(ranked) - 1, int(q * len(ranked)))] for q in (0.5, 0.9, 0.99)])
    lat = [r[6] for r in rows]
    print("latencies positive:", all(x > 0 for x in lat), "| median below mean+3sd:",
          statistics.median(lat) <= statistics.mean(lat) + 3 * statistics.pstdev(lat))
    try:
        statistics.mode([200, 404, 200, 404])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)


main()
