"""A CSV import service over TLS: the client streams rows with
csv.DictWriter through a text makefile(), the server reads them with
csv.DictReader, validates each row, and answers with a per-row status
line; the client tallies the statuses with collections.Counter."""
import collections
import csv
import decimal
import io
import os
import socket
import ssl
import subprocess
import tempfile
import threading

FIELDS = ["sku", "name", "qty", "price"]
ROWS = [
    {"sku": "A-100", "name": "Widget", "qty": "4", "price": "2.50"},
    {"sku": "A-101", "name": "Gadget, large", "qty": "1", "price": "19.99"},
    {"sku": "B-200", "name": 'Bolt "M6"', "qty": "250", "price": "0.05"},
    {"sku": "", "name": "Nameless", "qty": "1", "price": "1"},
    {"sku": "C-300", "name": "Nut", "qty": "many", "price": "0.02"},
    {"sku": "C-301", "name": "Washer\nsteel", "qty": "10", "price": "-1"},
    {"sku": "D-400", "name": "Caf\u00e9 mug", "qty": "3", "price": "7.25"},
]


def validate(row):
    if not row["sku"]:
        return "error", "missing sku"
    try:
        qty = int(row["qty"])
    except ValueError:
        return "error", "qty %r is not an integer" % row["qty"]
    price = decimal.Decimal(row["price"])
    if price < 0:
        return "error", "negative price"
    return "ok", "%s x%d = %s" % (row["sku"], qty, (price * qty).quantize(decimal.Decimal("0.01")))


def server(listener, ctx):
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        rfile = tls.makefile("r", encoding="utf-8", newline="")
        wfile = tls.makefile("w", encoding="utf-8")
        header = rfile.readline()
        fields = next(csv.reader([header]))
        reader = csv.DictReader(rfile, fieldnames=fields)
        for n, row in enumerate(reader, 1):
            if row["sku"] == "END":
                break
            status, detail = validate(row)
            wfile.write("%d\t%s\t%s\n" % (n, status, detail))
            wfile.flush()
        wfile.write("done\n")
        wfile.flush()
        rfile.close()
        wfile.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k"), os.path.join(d, "c")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "1", "-subj", "/CN=import", "-addext", "subjectAltName=DNS:import",
                               "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        t = threading.Thread(target=server, args=(listener, sctx))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        tally = collections.Counter()
        with cctx.wrap_socket(socket.create_connection(listener.getsockname(), timeout=5),
                              server_hostname="import") as tls:
            out = tls.makefile("w", encoding="utf-8", newline="")
            replies = tls.makefile("r", encoding="utf-8")
            writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\r\n")
            writer.writeheader()
            for row in ROWS:
                writer.writerow(row)
                out.flush()
                n, status, detail = replies.readline().rstrip("\n").split("\t")
                tally[status] += 1
                print("row %s %-5s %s" % (n, status, detail))
            writer.writerow({"sku": "END", "name": "", "qty": "0", "price": "0"})
            out.flush()
            print("server:", replies.readline().strip())
            out.close()
            replies.close()
        t.join(5)
        listener.close()
    print("tally:", sorted(tally.items()))
    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC).writerow(["a,b", 1.5, 'q"t', None])
    print("quoted:", buf.getvalue().strip())
    print("dialect:", csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter)


main()
