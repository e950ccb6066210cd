"""A certificate expiry monitor over a fleet of local TLS endpoints: each
endpoint serves its own certificate (lifetimes of 1 to 400 days, RSA and
EC keys); the monitor trusts them all through one cadata bundle, reads
getpeercert() from each, converts notBefore/notAfter with
ssl.cert_time_to_seconds, classifies days left, and writes a CSV report
sorted by urgency, plus a summary with collections.Counter."""
import collections
import csv
import io
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import time

FLEET = [("billing", 400, "rsa:2048"), ("auth", 1, "ec"), ("search", 15, "rsa:2048"),
         ("images", 45, "ec"), ("mail", 6, "ec")]


def make_cert(d, name, days, kind):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    newkey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"] if kind == "ec" else ["-newkey", kind]
    subprocess.check_call(["openssl", "req", "-x509"] + newkey +
                          ["-nodes", "-days", str(days), "-subj", "/O=Fleet Inc/CN=%s.fleet.test" % name,
                           "-addext", "subjectAltName=DNS:%s.fleet.test,DNS:localhost" % name,
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(listener, ctx, stop):
    listener.settimeout(0.1)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        conn.settimeout(5)
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass


def classify(days):
    if days < 0:
        return "EXPIRED"
    if days < 7:
        return "CRITICAL"
    if days < 30:
        return "WARNING"
    return "OK"


def main():
    stop = threading.Event()
    threads, endpoints, bundle = [], [], []
    with tempfile.TemporaryDirectory() as d:
        for name, days, kind in FLEET:
            crt, key = make_cert(d, name, days, kind)
            with open(crt) as f:
                bundle.append(f.read())
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(crt, key)
            listener = socket.socket()
            listener.bind(("127.0.0.1", 0))
            listener.listen(2)
            t = threading.Thread(target=serve, args=(listener, ctx, stop))
            t.start()
            threads.append((t, listener))
            endpoints.append((name, listener.getsockname()[1]))

        monitor = ssl.create_default_context(cadata="".join(bundle))
        print("trusted CAs:", monitor.cert_store_stats()["x509_ca"])
        now = time.time()
        rows = []
        for name, port in endpoints:
            with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
                with monitor.wrap_socket(raw, server_hostname="%s.fleet.test" % name) as s:
                    cert = s.getpeercert()
                    der = s.getpeercert(True)
                    s.sendall(b"x")
            not_after = ssl.cert_time_to_seconds(cert["notAfter"])
            not_before = ssl.cert_time_to_seconds(cert["notBefore"])
            days_left = int((not_after - now) // 86400)
            subject = dict(x[0] for x in cert["subject"])
            issuer = dict(x[0] for x in cert["issuer"])
            rows.append({
                "service": name,
                "common_name": subject["commonName"],
                "self_signed": subject == issuer,
                "lifetime_days": int(round((not_after - not_before) / 86400.0)),
                "days_left": days_left,
                "status": classify(days_left),
                "san": ";".join(v for _, v in cert["subjectAltName"]),
                "der_bytes_over_300": len(der) > 300,
                "gmt_suffix": cert["notAfter"].endswith(" GMT"),
            })
        urgency = {"EXPIRED": 0, "CRITICAL": 1, "WARNING": 2, "OK": 3}
        rows.sort(key=lambda r: (urgency[r["status"]], r["days_left"], r["service"]))
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        print(out.getvalue(), end="")
        counts = collections.Counter(r["status"] for r in rows)
        print("summary:", sorted(counts.items()))
        print("most urgent:", rows[0]["service"], "->", rows[0]["status"])
        back = list(csv.DictReader(io.StringIO(out.getvalue())))
        print("csv round trip:", [(r["service"], int(r["days_left"])) for r in back])
        try:
            print("Feb 30 accepted as:", ssl.cert_time_to_seconds("Feb 30 12:00:00 2030 GMT"))
        except ValueError as exc:
            print("bad date:", exc)
        for bad in ("Fev  5 09:34:43 2018 GMT", "Jan  5 09:34 2018 GMT"):
            try:
                ssl.cert_time_to_seconds(bad)
            except ValueError as exc:
                print("rejected:", exc)
        try:
            ssl.cert_time_to_seconds("Jan  5 09:34:43 2018 UTC")
        except ValueError as exc:
            print("not GMT:", exc)
        print("epoch seconds:", ssl.cert_time_to_seconds("Jan  5 09:34:43 2018 GMT"))
        stop.set()
        for t, listener in threads:
            t.join(5)
            listener.close()


main()
