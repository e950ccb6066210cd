"""Summarise an HTTPS access log: requests over TLS to http.server are
logged in common log format to a StringIO, then parsed with re and
counted with Counter, defaultdict and OrderedDict; percentiles with
statistics and bisect."""
import bisect
import collections
import http.client
import http.server
import io
import os
import re
import ssl
import statistics
import subprocess
import tempfile
import threading

LOG = io.StringIO()
SIZES = []
LOCK = threading.Lock()


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Handler(http.server.BaseHTTPRequestHandler):

    def log_message(self, fmt, *args):
        with LOCK:
            LOG.write("127.0.0.1 - - [01/Jan/2020:00:00:00 +0000] %s\n" % (fmt % args))

    def do_GET(self):
        size = {"/": 120, "/api/items": 2048, "/static/app.js": 40960}.get(self.path.split("?")[0])
        if size is None:
            self.send_error(404, "Nothing here")
            return
        body = b"x" * size
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        self.rfile.read(n)
        self.send_response(204)
        self.end_headers()


LINE = re.compile(r'^(?P<ip>\S+) \S+ \S+ \[(?P<when>[^]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" '
                  r'(?P<status>\d{3}) (?P<size>\d+|-)$')


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        conn = http.client.HTTPSConnection("localhost", httpd.server_address[1],
                                           context=ssl.create_default_context(cafile=crt), timeout=10)
        plan = ["/", "/api/items", "/static/app.js", "/missing", "/api/items?page=2", "/", "/admin",
                "/api/items", "/"] + ["POST /api/items"] * 3
        for p in plan:
            if p.startswith("POST "):
                conn.request("POST", p[5:], body=b'{"a": 1}', headers={"Content-Type": "application/json"})
            else:
                conn.request("GET", p)
            r = conn.getresponse()
            SIZES.append(len(r.read()))
        conn.close()
        httpd.shutdown()
        httpd.server_close()
        t.join(10)
    entries = []
    for line in LOG.getvalue().splitlines():
        m = LINE.match(line)
        if not m:
            print("unparsed:", line)
            continue
        entries.append(m.groupdict())
    print("parsed:", len(entries), "first:", entries[0]["method"], entries[0]["path"], entries[0]["status"])
    status = collections.Counter(e["status"] for e in entries)
    print("status:", status.most_common(), "total", sum(status.values()))
    paths = collections.Counter(e["path"].split("?")[0] for e in entries)
    print("top paths:", paths.most_common(2))
    by_method = collections.defaultdict(list)
    for e in entries:
        by_method[e["method"]].append(e["path"])
    print("by method:", dict(sorted(by_method.items())))
    sizes = sorted(SIZES)
    print("sizes:", sizes)
    print("sizes field of 404:", [e["size"] for e in entries if e["status"] == "404"])
    print("mean %.1f median %s stdev %.2f" % (statistics.mean(sizes), statistics.median(sizes), statistics.pstdev(sizes)))
    buckets = [0, 100, 1000, 10000]
    hist = collections.OrderedDict((b, 0) for b in buckets)
    for s in sizes:
        hist[buckets[bisect.bisect_right(buckets, s) - 1]] += 1
    print("histogram:", list(hist.items()))
    combined = status + collections.Counter({"200": 1, "500": 2})
    print("combined:", sorted(combined.items()), "minus:", sorted((status - collections.Counter({"200": 5})).items()))
    print(re.sub(r"\d+", "#", "GET /a/12/b/345"), re.findall(r"(\w+)=(\w+)", "a=1&b=two"), re.split(r"[;,]\s*", "a, b;c"))


if __name__ == "__main__":
    main()
