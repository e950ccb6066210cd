"""A certificate monitor: fetches certificates with
ssl.get_server_certificate from local openssl s_server instances,
parses them back with the ssl module, computes days left with datetime,
and grades each endpoint; also exercises getaddrinfo and
socket.gethostbyname for the endpoints."""
import datetime
import hashlib
import os
import socket
import ssl
import subprocess
import tempfile

GRADES = [(30, "OK"), (7, "WARN"), (0, "CRIT")]


def make_cert(d, name, days):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", str(days),
                           "-subj", "/CN=%s/O=Monitor Test" % name,
                           "-addext", "subjectAltName=DNS:%s,DNS:localhost" % name,
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def start_s_server(args):
    """Start openssl s_server on a port it picks itself, read from its
    ACCEPT line: no other program can take the port between a probe for a
    free one and the server's bind."""
    proc = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:0"] + args,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    for _ in range(10):
        line = proc.stdout.readline().decode()
        if line.startswith("ACCEPT"):
            return proc, int(line.rsplit(":", 1)[1])
        if not line:
            break
    proc.kill()
    proc.wait(5)
    raise RuntimeError("s_server did not start")


def start_server(crt, key):
    return start_s_server(["-cert", crt, "-key", key, "-www"])


def grade(days):
    for limit, label in GRADES:
        if days >= limit:
            return label
    return "EXPIRED"


def inspect(pem, d):
    path = os.path.join(d, "fetched.pem")
    with open(path, "w") as f:
        f.write(pem)
    info = ssl._ssl._test_decode_cert(path)
    not_after = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(info["notAfter"]))
    days = (not_after - datetime.datetime.utcnow()).days + 1
    subject = dict(x[0] for x in info["subject"])
    fingerprint = hashlib.sha1(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    return subject, days, info, fingerprint


def main():
    with tempfile.TemporaryDirectory() as d:
        endpoints = []
        for name, days in [("fresh.test", 90), ("soon.test", 10), ("urgent.test", 2)]:
            crt, key = make_cert(d, name, days)
            proc, port = start_server(crt, key)
            endpoints.append((name, port, proc))
        try:
            print("%-12s %-5s %5s %-12s %s" % ("endpoint", "grade", "days", "issuer O", "SAN"))
            for name, port, proc in endpoints:
                pem = ssl.get_server_certificate(("127.0.0.1", port))
                subject, days, info, fp = inspect(pem, d)
                issuer = dict(x[0] for x in info["issuer"])
                san = ",".join(v for k, v in info["subjectAltName"])
                print("%-12s %-5s %5d %-12s %s" % (subject["commonName"], grade(days), days,
                                                   issuer["organizationName"], san))
                print("   pem lines: %d, sha1 hex length: %d, version: %d, serial hex: %s" % (
                    len(pem.strip().splitlines()), len(fp), info["version"], all(c in "0123456789ABCDEF" for c in info["serialNumber"])))
            families = sorted({ai[0].name for ai in socket.getaddrinfo("127.0.0.1", endpoints[0][1], proto=socket.IPPROTO_TCP)})
            print("getaddrinfo families:", families)
            print("gethostbyname:", socket.gethostbyname("127.0.0.1"))
            print("inet_aton/ntoa:", socket.inet_ntoa(socket.inet_aton("127.0.0.1")))
            try:
                ssl.get_server_certificate(("127.0.0.1", 1))
            except ConnectionRefusedError as e:
                print("closed port:", e)
        finally:
            for _, _, proc in endpoints:
                proc.terminate()
                proc.wait(5)
                proc.stdout.close()


main()
