"""A Prometheus-style metrics exporter over HTTPS with basic auth: a
threaded http.server behind TLS keeps counters, gauges and a latency
histogram updated by worker threads, renders the text exposition format
(HELP/TYPE lines, labels with escaping, cumulative buckets), and a
scraper built on urllib.request with an HTTPBasicAuthHandler parses it,
checks the histogram's invariants and estimates quantiles from the
buckets."""
import base64
import bisect
import os
import re
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0)


class Registry:
    def __init__(self):
        self.lock = threading.Lock()
        self.counters = {}
        self.gauges = {}
        self.hist_counts = [0] * (len(BUCKETS) + 1)
        self.hist_sum = 0.0

    def inc(self, name, labels, by=1):
        key = (name, tuple(sorted(labels.items())))
        with self.lock:
            self.counters[key] = self.counters.get(key, 0) + by

    def set(self, name, value):
        with self.lock:
            self.gauges[name] = value

    def observe(self, seconds):
        with self.lock:
            self.hist_counts[bisect.bisect_left(BUCKETS, seconds)] += 1
            self.hist_sum += seconds

    def render(self):
        def esc(v):
            return v.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
        out = []
        with self.lock:
            out.append("# HELP app_requests_total Requests handled, by route and code.")
            out.append("# TYPE app_requests_total counter")
            for (name, labels), v in sorted(self.counters.items()):
                lab = ",".join('%s="%s"' % (k, esc(val)) for k, val in labels)
                out.append("%s{%s} %d" % (name, lab, v))
            for name, v in sorted(self.gauges.items()):
                out.append("# TYPE %s gauge" % name)
                out.append("%s %s" % (name, repr(float(v))))
            out.append("# HELP app_latency_seconds Request latency.")
            out.append("# TYPE app_latency_seconds histogram")
            cum = 0
            for bound, n in zip(BUCKETS + (float("inf"),), self.hist_counts):
                cum += n
                le = "+Inf" if bound == float("inf") else repr(bound)
                out.append('app_latency_seconds_bucket{le="%s"} %d' % (le, cum))
            out.append("app_latency_seconds_sum %.6f" % self.hist_sum)
            out.append("app_latency_seconds_count %d" % cum)
        return "\n".join(out) + "\n"


REG = Registry()
USERS = {"scraper": "s3cret"}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        auth = self.headers.get("Authorization", "")
        ok = False
        if auth.startswith("Basic "):
            try:
                user, _, pw = base64.b64decode(auth[6:]).decode().partition(":")
                ok = USERS.get(user) == pw
            except (ValueError, UnicodeDecodeError):
                ok = False
        if not ok:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="metrics"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path != "/metrics":
            self.send_error(404)
            return
        body = REG.render().encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; version=0.0.4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Server(ThreadingMixIn, HTTPServer):
    daemon_threads = True


LINE = re.compile(r'^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$')
LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"')


def parse(text):
    types, samples = {}, []
    for line in text.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(" ", 3)
            types[name] = kind
        elif line.startswith("#") or not line.strip():
            continue
        else:
            m = LINE.match(line)
            if not m:
                raise ValueError("bad line %r" % line)
            labels = {k: re.sub(r"\\(.)", lambda mm: {"n": "\n"}.get(mm.group(1), mm.group(1)), v)
                      for k, v in LABEL.findall(m.group(2) or "")}
            samples.append((m.group(1), labels, float(m.group(3))))
    return types, samples


def quantile(q, buckets):
    total = buckets[-1][1]
    rank = q * total
    prev_b, prev_c = 0.0, 0
    for b, c in buckets:
        if c >= rank:
            if b == float("inf"):
                return prev_b
            return prev_b + (b - prev_b) * (rank - prev_c) / max(c - prev_c, 1)
        prev_b, prev_c = b, c
    return prev_b


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=metrics.test", "-addext", "subjectAltName=IP:127.0.0.1",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        srv = Server(("127.0.0.1", 0), Handler)
        srv.socket = sctx.wrap_socket(srv.socket, server_side=True)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        url = "https://127.0.0.1:%d/metrics" % srv.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)

        def work(seed):
            routes = ["/api/items", "/api/users", '/weird"path\\x']
            for i in range(200):
                route = routes[(seed + i) % 3]
                code = "500" if (seed * 7 + i) % 23 == 0 else "200"
                REG.inc("app_requests_total", {"route": route, "code": code})
                REG.observe(((seed * 31 + i * 17) % 997) / 997.0 * 0.6)
        workers = [threading.Thread(target=work, args=(s,)) for s in range(4)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        REG.set("app_queue_depth", 7)
        REG.set("app_up", 1)

        try:
            plain = urllib.request.build_opener(urllib.request.HTTPSHandler(context=cctx))
            try:
                plain.open(url, timeout=10)
            except urllib.error.HTTPError as e:
                print("no credentials:", e.code, e.headers["WWW-Authenticate"])
                e.close()
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password(None, url, "scraper", "wrong")
            bad = urllib.request.build_opener(urllib.request.HTTPSHandler(context=cctx),
                                              urllib.request.HTTPBasicAuthHandler(mgr))
            try:
                bad.open(url, timeout=10)
            except urllib.error.HTTPError as e:
                print("wrong password:", e.code, e.reason)
                e.close()
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            mgr.add_password(None, url, "scraper", "s3cret")
            opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=cctx),
                                                 urllib.request.HTTPBasicAuthHandler(mgr))
            with opener.open(url, timeout=10) as r:
                print("scrape:", r.status, r.headers["Content-Type"])
                text = r.read().decode()
            types, samples = parse(text)
            print("types:", sorted(types.items()))
            reqs = [(s[1]["route"], s[1]["code"], int(s[2])) for s in samples if s[0] == "app_requests_total"]
            for row in sorted(reqs):
                print("  requests %-14r code=%s %4d" % row)
            print("total requests:", sum(r[2] for r in reqs))
            buckets = [(float(s[1]["le"]), int(s[2])) for s in samples if s[0] == "app_latency_seconds_bucket"]
            counts = [c for _, c in buckets]
            print("buckets cumulative:", counts == sorted(counts), "le sorted:", [b for b, _ in buckets] == sorted(b for b, _ in buckets))
            count = [s[2] for s in samples if s[0] == "app_latency_seconds_count"][0]
            total = [s[2] for s in samples if s[0] == "app_latency_seconds_sum"][0]
            print("count matches +Inf bucket:", count == buckets[-1][1], "count:", int(count))
            print("mean latency: %.4f s" % (total / count))
            for q in (0.5, 0.9, 0.99):
                print("p%d estimate: %.4f s" % (q * 100, quantile(q, buckets)))
            gauges = {s[0]: s[2] for s in samples if types.get(s[0]) == "gauge"}
            print("gauges:", gauges)
            try:
                opener.open(url.replace("/metrics", "/other"), timeout=10)
            except urllib.error.HTTPError as e:
                print("other path:", e.code, e.reason)
                e.close()
        finally:
            srv.shutdown()
            srv.server_close()
            t.join()


if __name__ == "__main__":
    main()
