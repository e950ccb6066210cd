"""Certificate inventory tool: argparse options, several TLS endpoints
with certificates of different lifetimes, getpeercert() parsing,
ssl.cert_time_to_seconds and datetime arithmetic on notAfter, a CSV
export, and an aligned days-left report using f-strings and str.format."""
import argparse
import csv
import datetime
import io
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

ENDPOINTS = [("mail.example.test", 3), ("www.example.test", 45), ("api.example.test", 400),
             ("old.example.test", 12)]


def parse_args(argv):
    p = argparse.ArgumentParser(prog="certinv", description="Report certificate expiry.")
    p.add_argument("--warn", type=int, default=30, metavar="DAYS", help="warn below DAYS")
    p.add_argument("--critical", type=int, default=7, metavar="DAYS")
    p.add_argument("--format", choices=["table", "csv", "both"], default="both")
    p.add_argument("--sort", choices=["name", "days"], default="days")
    p.add_argument("-v", "--verbose", action="count", default=0)
    return p.parse_args(argv)


def make_certs(d):
    paths = {}
    for name, days in ENDPOINTS:
        crt, key = os.path.join(d, name + ".crt"), os.path.join(d, name + ".key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", str(days), "-subj", "/O=Example Corp/OU=Ops/CN=" + name,
                        "-addext", "subjectAltName=DNS:%s,DNS:alt.%s" % (name, name),
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        paths[name] = (crt, key)
    return paths


def serve_once(ctx):
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)

    def run():
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)
        except OSError:
            pass
        lsock.close()
    t = threading.Thread(target=run)
    t.start()
    return lsock.getsockname()[1], t


def fetch(name, crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    port, t = serve_once(sctx)
    cctx = ssl.create_default_context(cafile=crt)
    with socket.create_connection(("127.0.0.1", port)) as raw:
        with cctx.wrap_socket(raw, server_hostname=name) as s:
            cert = s.getpeercert()
    t.join()
    return cert


class Entry:
    def __init__(self, name, cert, now):
        self.name = name
        subject = dict(x[0] for x in cert["subject"])
        self.org = subject.get("organizationName", "-")
        self.unit = subject.get("organizationalUnitName", "-")
        self.sans = [v for k, v in cert.get("subjectAltName", ()) if k == "DNS"]
        self.not_before = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(cert["notBefore"]))
        self.not_after = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]))
        self.lifetime = self.not_after - self.not_before
        self.left = self.not_after - now
        # an expiry at most a minute or two from "days" away counts as that day
        self.days_left = round(self.left.total_seconds() / 86400)

    def status(self, warn, critical):
        if self.days_left <= critical:
            return "CRITICAL"
        if self.days_left <= warn:
            return "WARNING"
        return "OK"


def main(argv):
    args = parse_args(argv)
    now = datetime.datetime.utcnow()
    with tempfile.TemporaryDirectory() as d:
        certs = make_certs(d)
        entries = [Entry(name, fetch(name, *certs[name]), now) for name, _ in ENDPOINTS]
    key = (lambda e: e.days_left) if args.sort == "days" else (lambda e: e.name)
    entries.sort(key=key)

    if args.format in ("table", "both"):
        header = "{:<20} {:>6} {:>9} {:<8} {}".format("host", "days", "lifetime", "status", "SANs")
        print(header)
        print("-" * len(header))
        for e in entries:
            print(f"{e.name:<20} {e.days_left:>6d} {e.lifetime.days:>8}d {e.status(args.warn, args.critical):<8} "
                  f"{len(e.sans)}")
        counts = {}
        for e in entries:
            s = e.status(args.warn, args.critical)
            counts[s] = counts.get(s, 0) + 1
        print("summary:", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
        if args.verbose:
            for e in entries:
                print(f"  {e.name}: {e.org}/{e.unit} lifetime={e.lifetime!s:.10} sans={e.sans!r}")

    if args.format in ("csv", "both"):
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=["host", "days_left", "status", "organization", "sans"],
                           lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writeheader()
        for e in entries:
            w.writerow({"host": e.name, "days_left": e.days_left, "status": e.status(args.warn, args.critical),
                        "organization": e.org, "sans": ";".join(e.sans)})
        sys.stdout.write(buf.getvalue())
        back = list(csv.DictReader(io.StringIO(buf.getvalue())))
        print("csv rows read back:", len(back), "first:", back[0]["host"], back[0]["days_left"])
    expiring = [e.name for e in entries if e.status(args.warn, args.critical) != "OK"]
    return 2 if any(e.status(args.warn, args.critical) == "CRITICAL" for e in entries) else (1 if expiring else 0)


if __name__ == "__main__":
    code = main(["--warn", "50", "-v", "--sort", "days"])
    print("exit code would be", code)
    try:
        parse_args(["--format", "xml"])
    except SystemExit as e:
        print("bad option exit:", e.code)
    sys.exit(code)
