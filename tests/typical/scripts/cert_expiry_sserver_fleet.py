"""Certificate expiry monitor for a fleet of TLS endpoints, each one an
`openssl s_server` child with its own certificate: fixed-date certificates
(one long expired, one not yet valid, made with `openssl ca -startdate
-enddate`) and relative ones (3, 20 and 400 days).  For every endpoint it
fetches the certificate with ssl.get_server_certificate, decodes it,
converts the dates with ssl.cert_time_to_seconds and prints a report with
a status and exit code, as a Nagios-style check would."""
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time

CA_CONF = """[ca]
default_ca = mini
[mini]
dir = {d}
database = {d}/index.txt
new_certs_dir = {d}
serial = {d}/serial
default_md = sha256
policy = anything
unique_subject = no
[anything]
commonName = supplied
"""


def openssl(*args, cwd=None):
    subprocess.run(["openssl"] + list(args), check=True, cwd=cwd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def relative_cert(d, name, days):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".pem")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", str(days),
            "-subj", "/O=Fleet/CN=%s.fleet.test" % name, "-keyout", key, "-out", crt)
    return crt, key


def fixed_cert(d, name, start, end):
    conf = os.path.join(d, "ca.cnf")
    if not os.path.exists(conf):
        with open(conf, "w") as f:
            f.write(CA_CONF.format(d=d))
        open(os.path.join(d, "index.txt"), "w").close()
        with open(os.path.join(d, "serial"), "w") as f:
            f.write("1000\n")
    key, csr, crt = (os.path.join(d, name + s) for s in (".key", ".csr", ".pem"))
    openssl("req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj",
            "/CN=%s.fleet.test" % name, "-keyout", key, "-out", csr)
    openssl("ca", "-batch", "-config", conf, "-selfsign", "-keyfile", key, "-in", csr,
            "-startdate", start, "-enddate", end, "-notext", "-out", crt)
    return crt, key


def start_peer(crt, key, count):
    proc = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:0", "-cert", crt,
                             "-key", key, "-naccept", str(count), "-www"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    for _ in range(10):
        line = proc.stdout.readline().decode()
        if line.startswith("ACCEPT"):
            return proc, int(line.rsplit(":", 1)[1])
        if not line:
            break
    proc.kill()
    proc.wait(5)
    raise RuntimeError("s_server did not start")


def decode(pem, d):
    path = os.path.join(d, "fetched.pem")
    with open(path, "w") as f:
        f.write(pem)
    return ssl._ssl._test_decode_cert(path)


def status(not_before, not_after, now):
    if now < not_before:
        return "NOT-YET-VALID", 2
    days = int((not_after - now) // 86400)
    if days < 0:
        return "EXPIRED", 2
    if days < 7:
        return "CRITICAL", 2
    if days < 30:
        return "WARNING", 1
    return "OK", 0


def main():
    worst = 0
    with tempfile.TemporaryDirectory() as d:
        fleet = [("legacy", fixed_cert(d, "legacy", "20190301000000Z", "20200301120000Z")),
                 ("future", fixed_cert(d, "future", "20900101000000Z", "20910101000000Z")),
                 ("edge", relative_cert(d, "edge", 3)),
                 ("api", relative_cert(d, "api", 20)),
                 ("www", relative_cert(d, "www", 400))]
        now = time.time()
        peers = []
        try:
            for name, (crt, key) in fleet:
                peers.append((name, crt) + start_peer(crt, key, 1))
            for name, crt, proc, port in peers:
                pem = ssl.get_server_certificate(("127.0.0.1", port))
                cert = decode(pem, d)
                nb = ssl.cert_time_to_seconds(cert["notBefore"])
                na = ssl.cert_time_to_seconds(cert["notAfter"])
                word, code = status(nb, na, now)
                worst = max(worst, code)
                subject = dict(x[0] for x in cert["subject"])
                print("%-7s %-14s %-20s serial=%s" % (name, word, subject["commonName"],
                                                    "fixed" if name in ("legacy", "future") else "random"))
                if name in ("legacy", "future"):
                    print("        notBefore=%r -> %d" % (cert["notBefore"], nb))
                    print("        notAfter=%r -> %d" % (cert["notAfter"], na))
                    print("        serial %s version %d" % (cert["serialNumber"], cert["version"]))
                print("        same as deployed:", ssl.PEM_cert_to_DER_cert(pem) ==
                      ssl.PEM_cert_to_DER_cert(open(crt).read()))
        finally:
            for _, _, proc, _ in peers:
                proc.kill()
                proc.wait(5)
    for bad in ["Mar  1 12:00:00 2020", "Feb 30 00:00:00 2020 GMT", "Mar  1 12:00:00 2020 UTC"]:
        try:
            print("parse", repr(bad), ssl.cert_time_to_seconds(bad))
        except ValueError as e:
            print("parse", repr(bad), "ValueError:", e)
    print("exit", worst)
    sys.exit(worst)


if __name__ == "__main__":
    main()
