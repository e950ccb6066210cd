"""Check a CA-signed leaf: days left, issuer, SANs and fingerprints, as records."""
import datetime
import hashlib
import os
import socket
import ssl
import subprocess
import tempfile
import textwrap
import threading
from typing import List, NamedTuple, Optional


def run(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build_pki(d):
    p = lambda name: os.path.join(d, name)
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "365",
        "-subj", "/C=NL/O=Example Trust/CN=Example Root CA", "-keyout", p("ca.key"), "-out", p("ca.pem"))
    run("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes",
        "-subj", "/C=NL/O=Example Shop/OU=Web/CN=shop.example", "-keyout", p("leaf.key"), "-out", p("leaf.csr"))
    with open(p("ext.cnf"), "w") as f:
        f.write("subjectAltName=DNS:shop.example,DNS:www.shop.example,IP:127.0.0.1\n")
    run("openssl", "x509", "-req", "-in", p("leaf.csr"), "-CA", p("ca.pem"), "-CAkey", p("ca.key"),
        "-set_serial", "0x1F2E3D", "-days", "45", "-extfile", p("ext.cnf"), "-out", p("leaf.pem"))
    return p("ca.pem"), p("leaf.pem"), p("leaf.key")


class CertSummary(NamedTuple):
    subject: str
    issuer: str
    serial: str
    sans: List[str]
    days_left: int
    sha256: str
    note: Optional[str] = None

    def __str__(self):
        lines = ["subject : " + self.subject, "issuer  : " + self.issuer,
                 "serial  : " + self.serial, "days    : %d" % self.days_left,
                 "sans    : " + ", ".join(self.sans)]
        lines += textwrap.wrap("sha256  : " + self.sha256, width=60, subsequent_indent=" " * 10)
        if self.note:
            lines.append("note    : " + self.note)
        return "\n".join(lines)


def name_of(rdns):
    return "/".join("%s=%s" % pair for rdn in rdns for pair in rdn)


def summarize(cert, der, now):
    expires = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]))
    starts = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(cert["notBefore"]))
    left = (expires - now).days
    digest = hashlib.sha256(der).hexdigest().upper()
    return CertSummary(
        subject=name_of(cert["subject"]), issuer=name_of(cert["issuer"]),
        serial=cert["serialNumber"], sans=["%s:%s" % san for san in cert["subjectAltName"]],
        days_left=left, sha256=":".join(digest[i:i + 2] for i in range(0, len(digest), 2)),
        note="renew soon" if left < 60 else None) , (expires - starts).days, len(digest)


def main():
    with tempfile.TemporaryDirectory() as d:
        ca, leaf, key = build_pki(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(leaf, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        lsock.settimeout(10)

        def serve():
            conn, _ = lsock.accept()
            with sctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)

        t = threading.Thread(target=serve)
        t.start()
        cctx = ssl.create_default_context(cafile=ca)
        with cctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=10),
                              server_hostname="www.shop.example") as s:
            cert = s.getpeercert()
            der = s.getpeercert(binary_form=True)
            s.sendall(b"x")
        t.join(10)
        lsock.close()
        summary, lifetime, hexlen = summarize(cert, der, datetime.datetime.utcnow())
        out = subprocess.run(["openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", leaf],
                             stdout=subprocess.PIPE, universal_newlines=True, check=True).stdout
        print("openssl agrees:", out.strip().split("=", 1)[1] == summary.sha256)
        print(summary._replace(sha256="%d colon-separated pairs, %s" % (
            summary.sha256.count(":") + 1, "upper" if summary.sha256.isupper() else "lower")))
        print("lifetime days:", lifetime, "hex digits:", hexlen)
        print("version:", cert["version"], "keys:", sorted(cert))
        print("CA issuers / OCSP present:", "caIssuers" in cert, "OCSP" in cert)
        pem = ssl.DER_cert_to_PEM_cert(der)
        with open(leaf) as f:
            print("PEM round trip equal:", pem.strip() == f.read().strip())
        print("replace:", summary._replace(note=None, sans=[]).note, summary._fields[-2:])


if __name__ == "__main__":
    main()
