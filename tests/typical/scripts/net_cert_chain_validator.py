"""A certificate-chain validator: builds a root CA, an intermediate and
two leaves (one expired-looking, one for the wrong name) with openssl,
serves each chain with an SSL server, and checks what the client sees:
getpeercert() fields, getpeercert(binary_form=True) turned to PEM with
ssl.DER_cert_to_PEM_cert, fingerprints, and the verification errors."""
import collections
import datetime
import hashlib
import os
import socket
import ssl
import subprocess
import tempfile
import threading

Result = collections.namedtuple("Result", "name ok detail")


def run(*args):
    subprocess.run(["openssl"] + list(args), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class PKI:
    def __init__(self, d):
        self.d = d

    def path(self, name):
        return os.path.join(self.d, name)

    def ca(self):
        run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-days", "30", "-subj", "/O=Test PKI/CN=Test Root CA",
            "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            "-keyout", self.path("root.key"), "-out", self.path("root.pem"))

    def issue(self, name, subject, issuer, ca=False, san=None, days=10):
        ext = self.path(name + ".ext")
        with open(ext, "w") as f:
            if ca:
                f.write("basicConstraints=critical,CA:TRUE,pathlen:0\n")
                f.write("keyUsage=critical,keyCertSign,cRLSign\n")
            else:
                f.write("basicConstraints=CA:FALSE\n")
                f.write("extendedKeyUsage=serverAuth\n")
                f.write("subjectAltName=%s\n" % san)
        run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-subj", subject, "-keyout", self.path(name + ".key"), "-out", self.path(name + ".csr"))
        run("x509", "-req", "-in", self.path(name + ".csr"), "-CA", self.path(issuer + ".pem"),
            "-CAkey", self.path(issuer + ".key"), "-set_serial", str(0x1000 + len(name)),
            "-days", str(days), "-extfile", ext, "-out", self.path(name + ".pem"))

    def chain(self, *names):
        out = self.path("-".join(names) + ".chain")
        with open(out, "w") as f:
            for n in names:
                with open(self.path(n + ".pem")) as src:
                    f.write(src.read())
        return out


def serve_once(ctx):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1)

    def accept():
        conn, _ = sock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass
        finally:
            sock.close()
    threading.Thread(target=accept, daemon=True).start()
    return sock.getsockname()[1]


def check(name, pki, chainfile, keyfile, hostname, cafile):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(chainfile, keyfile)
    port = serve_once(sctx)
    cctx = ssl.create_default_context(cafile=cafile)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            with cctx.wrap_socket(raw, server_hostname=hostname) as s:
                cert = s.getpeercert()
                der = s.getpeercert(binary_form=True)
                pem = ssl.DER_cert_to_PEM_cert(der)
                back = ssl.PEM_cert_to_DER_cert(pem)
                subject = dict(x[0] for x in cert["subject"])
                issuer = dict(x[0] for x in cert["issuer"])
                not_after = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]))
                days = (not_after - datetime.datetime.utcnow()).days
                detail = "%s <- %s, serial %s, SAN %s, valid ~%d days, der==pem: %s, pem lines %d" % (
                    subject["commonName"], issuer["commonName"], cert["serialNumber"],
                    ",".join(v for k, v in cert["subjectAltName"]), days + 1,
                    back == der, len(pem.strip().splitlines()))
                s.sendall(b"x")
                return Result(name, True, detail)
    except ssl.SSLError as e:
        return Result(name, False, "%s/%s" % (e.library, e.reason))
    except ssl.CertificateError as e:
        return Result(name, False, "CertificateError")


def main():
    with tempfile.TemporaryDirectory() as d:
        pki = PKI(d)
        pki.ca()
        pki.issue("inter", "/O=Test PKI/CN=Test Intermediate", "root", ca=True)
        pki.issue("www", "/O=Shop/CN=www.shop.test", "inter", san="DNS:www.shop.test,DNS:shop.test")
        pki.issue("api", "/O=Shop/CN=api.shop.test", "inter", san="DNS:api.shop.test", days=400)
        root = pki.path("root.pem")
        results = [
            check("full chain", pki, pki.chain("www", "inter"), pki.path("www.key"), "www.shop.test", root),
            check("bare name", pki, pki.chain("www", "inter"), pki.path("www.key"), "shop.test", root),
            check("leaf only", pki, pki.path("www.pem"), pki.path("www.key"), "www.shop.test", root),
            check("trust inter", pki, pki.path("www.pem"), pki.path("www.key"), "www.shop.test",
                  pki.path("inter.pem")),
            check("long lived", pki, pki.chain("api", "inter"), pki.path("api.key"), "api.shop.test", root),
            check("self as CA", pki, pki.chain("api", "inter"), pki.path("api.key"), "api.shop.test",
                  pki.path("api.pem")),
        ]
        width = max(len(r.name) for r in results)
        for r in results:
            print("%-*s  %-4s %s" % (width, r.name, "OK" if r.ok else "FAIL", r.detail))
        summary = collections.Counter("ok" if r.ok else "fail" for r in results)
        print("summary:", dict(sorted(summary.items())))
        with open(root) as f:
            der = ssl.PEM_cert_to_DER_cert(f.read())
        print("root sha256 length:", len(hashlib.sha256(der).hexdigest()))
        try:
            ssl.PEM_cert_to_DER_cert("not a certificate")
        except ValueError as e:
            print("bad PEM:", e)


main()
