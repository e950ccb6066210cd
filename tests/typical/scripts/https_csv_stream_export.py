"""A CSV export streamed over HTTPS: the server renders rows from sqlite3
with csv.writer into a chunked text/csv response (optionally gzip
encoded, filtered by query parameters, with a Content-Disposition file
name), and the client reads it incrementally through http.client, an
io.TextIOWrapper (with zlib undoing the gzip encoding as chunks come)
and csv.DictReader, aggregating as it goes."""
import collections
import csv
import http.client
import io
import os
import sqlite3
import ssl
import subprocess
import tempfile
import threading
import urllib.parse
import zlib
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn


def make_db():
    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("create table orders (id integer primary key, region text, product text, qty integer, price text, note text)")
    regions = ["north", "south", "east", "west"]
    products = ["widget", "gadget", "gizmo, deluxe", 'the "thing"']
    rows = []
    for i in range(1, 301):
        note = "" if i % 7 else "line one\nline two"
        rows.append((i, regions[i % 4], products[(i * 3) % 4], i % 9 + 1, "%d.%02d" % (i % 50 + 1, (i * 13) % 100), note))
    db.executemany("insert into orders values (?, ?, ?, ?, ?, ?)", rows)
    return db


DB_LOCK = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    db = None

    def log_message(self, *args):
        pass

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/export/orders.csv":
            self.send_error(404)
            return
        q = urllib.parse.parse_qs(url.query)
        sql, params = "select id, region, product, qty, price, note from orders", []
        if "region" in q:
            sql += " where region in (%s)" % ",".join("?" * len(q["region"]))
            params += q["region"]
        sql += " order by id"
        gz = "gzip" in self.headers.get("Accept-Encoding", "")
        self.send_response(200)
        self.send_header("Content-Type", "text/csv; charset=utf-8")
        self.send_header("Content-Disposition", 'attachment; filename="orders.csv"')
        self.send_header("Transfer-Encoding", "chunked")
        if gz:
            self.send_header("Content-Encoding", "gzip")
        self.end_headers()
        comp = zlib.compressobj(6, zlib.DEFLATED, 31) if gz else None

        def emit(data):
            if comp:
                data = comp.compress(data)
            if data:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(["id", "region", "product", "qty", "price", "note"])
        with DB_LOCK:
            rows = self.db.execute(sql, params).fetchall()
        for n, row in enumerate(rows, 1):
            w.writerow(row)
            if n % 40 == 0:
                emit(buf.getvalue().encode())
                buf.seek(0)
                buf.truncate()
        emit(buf.getvalue().encode())
        if comp:
            tail = comp.flush()
            self.wfile.write(b"%x\r\n%s\r\n" % (len(tail), tail))
        self.wfile.write(b"0\r\n\r\n")


class Server(ThreadingMixIn, HTTPServer):
    daemon_threads = True


class Gunzip(io.RawIOBase):
    """A readable raw stream over a gzip-encoded response."""

    def __init__(self, resp):
        self.resp = resp
        self.d = zlib.decompressobj(31)
        self.pending = b""
        self.compressed = 0

    def readable(self):
        return True

    def readinto(self, b):
        while not self.pending:
            chunk = self.resp.read1(8192) if hasattr(self.resp, "read1") else self.resp.read(8192)
            if not chunk:
                self.pending = self.d.flush()
                break
            self.compressed += len(chunk)
            self.pending = self.d.decompress(chunk)
        n = min(len(b), len(self.pending))
        b[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n


def export(conn, query, gzip_ok):
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    conn.request("GET", "/export/orders.csv" + query, headers=headers)
    r = conn.getresponse()
    enc = r.getheader("Content-Encoding")
    raw = Gunzip(r) if enc == "gzip" else r
    text = io.TextIOWrapper(io.BufferedReader(raw) if enc == "gzip" else raw, encoding="utf-8", newline="")
    by_region = collections.Counter()
    revenue = collections.defaultdict(Decimal)
    multiline = quoted = rows = 0
    for row in csv.DictReader(text):
        rows += 1
        by_region[row["region"]] += int(row["qty"])
        revenue[row["product"]] += int(row["qty"]) * Decimal(row["price"])
        multiline += "\n" in row["note"]
        quoted += '"' in row["product"] or "," in row["product"]
    text.detach()
    r.close()
    print("export%s gzip=%s: status=%d encoding=%s disposition=%s" % (
        query or "", gzip_ok, r.status, enc, r.getheader("Content-Disposition")))
    print("  rows=%d multiline notes=%d quoted products=%d" % (rows, multiline, quoted))
    print("  qty by region:", sorted(by_region.items()))
    print("  revenue:", [(p, str(v)) for p, v in sorted(revenue.items())])
    if enc == "gzip":
        print("  compressed bytes under 9000:", raw.compressed < 9000)


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "1", "-subj", "/CN=export.test",
                        "-addext", "subjectAltName=DNS:export.test",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        Handler.db = make_db()
        srv = Server(("127.0.0.1", 0), Handler)
        srv.socket = sctx.wrap_socket(srv.socket, server_side=True)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        try:
            conn = http.client.HTTPSConnection("export.test", srv.server_address[1], context=cctx, timeout=20)
            conn._create_connection = lambda addr, *a, **k: __import__("socket").create_connection(
                ("127.0.0.1", addr[1]), *a, **k)
            export(conn, "", False)
            export(conn, "", True)
            export(conn, "?region=north&region=west", True)
            conn.request("GET", "/export/missing.csv", headers={"Connection": "close"})
            r = conn.getresponse()
            print("missing:", r.status, r.reason, len(r.read()) > 0)
            conn.close()
        finally:
            srv.shutdown()
            srv.server_close()
            t.join()


if __name__ == "__main__":
    main()
