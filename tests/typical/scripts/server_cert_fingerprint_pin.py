"""Trust-on-first-use pinning with ssl.get_server_certificate: fetch the
PEM, convert to DER, compute colon-separated SHA-1/SHA-256 fingerprints,
compare with `openssl x509 -fingerprint`, store the pin in a JSON file
and check later connections (same cert, then a rotated cert)."""
import hashlib
import json
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, tag):
    key, crt = os.path.join(d, tag + ".key"), os.path.join(d, tag + ".pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=pin.test", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(crt, key, n):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(crt, key)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(n)

    def run():
        for _ in range(n):
            c, _ = ls.accept()
            try:
                with ctx.wrap_socket(c, server_side=True) as s:
                    s.sendall(b"ok")
            except (ssl.SSLError, OSError):
                pass
        ls.close()
    t = threading.Thread(target=run)
    t.start()
    return ls.getsockname(), t


def colon_hex(digest):
    return ":".join("%02X" % b for b in digest)


def fingerprints(der):
    return {"sha1": colon_hex(hashlib.sha1(der).digest()),
            "sha256": colon_hex(hashlib.sha256(der).digest())}


def check(addr, pinfile):
    pem = ssl.get_server_certificate(addr)
    der = ssl.PEM_cert_to_DER_cert(pem)
    fp = fingerprints(der)
    key = "%s:%d" % ("127.0.0.1", 443)
    pins = {}
    if os.path.exists(pinfile):
        with open(pinfile) as f:
            pins = json.load(f)
    if key not in pins:
        pins[key] = fp["sha256"]
        with open(pinfile, "w") as f:
            json.dump(pins, f, indent=2, sort_keys=True)
        return "pinned (first use)", pem, fp
    if pins[key] == fp["sha256"]:
        return "pin matches", pem, fp
    return "PIN MISMATCH", pem, fp


def main():
    with tempfile.TemporaryDirectory() as d:
        first = make_cert(d, "first")
        rotated = make_cert(d, "rotated")
        pinfile = os.path.join(d, "pins.json")
        for label, cert in (("first", first), ("again", first), ("rotated", rotated)):
            addr, t = serve(cert[0], cert[1], 1)
            verdict, pem, fp = check(addr, pinfile)
            t.join(10)
            out = subprocess.run(["openssl", "x509", "-noout", "-fingerprint", "-sha256"],
                                 input=pem.encode(), stdout=subprocess.PIPE, check=True).stdout.decode()
            same = out.strip().split("=", 1)[1] == fp["sha256"]
            print("%-8s %-20s sha1 len=%d sha256 groups=%d openssl agrees=%s" % (
                label, verdict, len(fp["sha1"]), fp["sha256"].count(":") + 1, same))
            print("         PEM lines=%d ends with newline=%s round trip=%s" % (
                len(pem.splitlines()), pem.endswith("\n"),
                ssl.DER_cert_to_PEM_cert(ssl.PEM_cert_to_DER_cert(pem)) == pem))
        with open(pinfile) as f:
            print("pin file keys:", sorted(json.load(f)))
        for bad in ("not a pem", "-----BEGIN CERTIFICATE-----\nabc"):
            try:
                ssl.PEM_cert_to_DER_cert(bad)
            except ValueError as exc:
                print("bad PEM:", exc)


main()
