"""Check the certificate expiry of a small fleet of TLS services.

Each service is a thread on 127.0.0.1 with its own certificate (valid for
a different number of days, one signed by an unknown CA). The checker
connects to every service with a verifying context, reads notAfter with
getpeercert(), turns it into days left with ssl.cert_time_to_seconds and
prints a table with a status per host, then a summary line and an exit
status a monitoring system would use."""
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

WARN_DAYS = 30
CRIT_DAYS = 7


def sh(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_ca(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    sh("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
       "-days", "3650", "-subj", "/CN=" + name, "-keyout", key, "-out", crt,
       "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")
    return key, crt


def make_leaf(d, ca, name, days):
    key, csr, crt = (os.path.join(d, name + ext) for ext in (".key", ".csr", ".crt"))
    ext = os.path.join(d, name + ".ext")
    with open(ext, "w") as f:
        f.write("subjectAltName=DNS:localhost\n")
    sh("openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
       "-subj", "/O=Fleet/CN=" + name, "-keyout", key, "-out", csr)
    sh("openssl", "x509", "-req", "-in", csr, "-CA", ca[1], "-CAkey", ca[0], "-CAcreateserial",
       "-days", str(days), "-extfile", ext, "-out", crt)
    return crt, key


class Service(threading.Thread):
    def __init__(self, certfile, keyfile):
        threading.Thread.__init__(self, daemon=True)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(certfile, keyfile)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]

    def run(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            try:
                with self.ctx.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(16)
            except (ssl.SSLError, OSError):
                pass


def check(port, ctx):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            cert = tls.getpeercert()
            tls.sendall(b"bye")
    left = ssl.cert_time_to_seconds(cert["notAfter"]) - time.time()
    subject = dict(rdn[0] for rdn in cert["subject"])
    return subject["commonName"], int(left // 86400)


def status(days):
    if days < CRIT_DAYS:
        return "CRITICAL"
    if days < WARN_DAYS:
        return "WARNING"
    return "OK"


def main():
    plan = [("web-01", 400, "fleet"), ("web-02", 20, "fleet"), ("db-01", 3, "fleet"),
            ("legacy", 90, "rogue")]
    with tempfile.TemporaryDirectory() as d:
        cas = {"fleet": make_ca(d, "Fleet CA"), "rogue": make_ca(d, "Rogue CA")}
        services = []
        for name, days, ca in plan:
            s = Service(*make_leaf(d, cas[ca], name, days))
            s.start()
            services.append((name, s))
        ctx = ssl.create_default_context(cafile=cas["fleet"][1])
        rows = []
        for name, s in services:
            try:
                cn, days = check(s.port, ctx)
                rows.append((name, cn, str(days), status(days)))
            except ssl.SSLError as e:
                rows.append((name, "-", "-", "UNKNOWN (%s)" % e.reason))
        for _, s in services:
            s.sock.close()
    width = max(len(r[0]) for r in rows)
    print("%-*s  %-8s  %9s  %s" % (width, "host", "cn", "days left", "status"))
    for r in rows:
        print("%-*s  %-8s  %9s  %s" % (width, r[0], r[1], r[2], r[3]))
    counts = {}
    for r in rows:
        key = r[3].split()[0]
        counts[key] = counts.get(key, 0) + 1
    print("summary:", ", ".join("%s=%d" % kv for kv in sorted(counts.items())))
    worst = max({"OK": 0, "WARNING": 1, "CRITICAL": 2, "UNKNOWN": 3}[r[3].split()[0]] for r in rows)
    sys.exit(worst)


main()
