"""A certificate chain inspector: builds a root, an intermediate and a
leaf with authorityInfoAccess (OCSP, caIssuers), CRL distribution points
and several SANs, serves leaf+intermediate with an SSL server thread, and
prints what getpeercert() reports, the leaf's SHA-256 fingerprint from
getpeercert(binary_form=True) checked against `openssl x509
-fingerprint`, its serial checked against openssl's, and the PEM form
through DER_cert_to_PEM_cert."""
import hashlib
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading


def openssl(*args, **kw):
    return subprocess.check_output(["openssl"] + list(args), stderr=subprocess.DEVNULL, **kw).decode()


def build_chain(d):
    p = lambda n: os.path.join(d, n)
    with open(p("ca.ext"), "w") as f:
        f.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n")
    with open(p("leaf.ext"), "w") as f:
        f.write("subjectAltName=DNS:localhost,DNS:www.example.test,IP:127.0.0.1,email:ops@example.test\n"
                "authorityInfoAccess=OCSP;URI:http://ocsp.example.test/,caIssuers;URI:http://ca.example.test/int.der\n"
                "crlDistributionPoints=URI:http://crl.example.test/int.crl\n"
                "extendedKeyUsage=serverAuth\n")
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "10",
            "-subj", "/C=NL/O=Example Trust/CN=Example Root", "-keyout", p("root.key"), "-out", p("root.pem"))
    for name, issuer, subj, ext in (
            ("int", "root", "/C=NL/O=Example Trust/OU=Servers/CN=Example Issuing CA", "ca.ext"),
            ("leaf", "int", "/C=NL/ST=Noord-Holland/L=Amsterdam/O=Example Shop/CN=localhost", "leaf.ext")):
        openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", subj,
                "-keyout", p(name + ".key"), "-out", p(name + ".csr"))
        openssl("x509", "-req", "-in", p(name + ".csr"), "-CA", p(issuer + ".pem"), "-CAkey", p(issuer + ".key"),
                "-CAcreateserial", "-days", "5", "-extfile", p(ext), "-out", p(name + ".pem"))
    with open(p("chain.pem"), "w") as out:
        for name in ("leaf", "int"):
            with open(p(name + ".pem")) as f:
                out.write(f.read())
    return p


def main():
    d = tempfile.mkdtemp()
    try:
        p = build_chain(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(p("chain.pem"), p("leaf.key"))
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)

        def serve():
            raw, _ = lsock.accept()
            with sctx.wrap_socket(raw, server_side=True) as s:
                s.recv(1)

        t = threading.Thread(target=serve)
        t.start()
        cctx = ssl.create_default_context(cafile=p("root.pem"))
        with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
            with cctx.wrap_socket(raw, server_hostname="localhost") as s:
                cert = s.getpeercert()
                der = s.getpeercert(binary_form=True)
                s.sendall(b"x")
        t.join(10)
        lsock.close()

        for key in sorted(cert):
            value = cert[key]
            if key in ("subject", "issuer"):
                print("%s:" % key)
                for rdn in value:
                    for attr, v in rdn:
                        print("    %s = %s" % (attr, v))
            elif key in ("notBefore", "notAfter"):
                print("%s: ends in GMT: %s" % (key, value.endswith(" GMT")))
            elif key == "serialNumber":
                print("serialNumber: upper-case hex: %s, matches openssl: %s" % (
                    value == value.upper(), value == openssl("x509", "-in", p("leaf.pem"), "-noout", "-serial").strip().split("=")[1]))
            else:
                print("%s: %r" % (key, value))
        days = (ssl.cert_time_to_seconds(cert["notAfter"]) - ssl.cert_time_to_seconds(cert["notBefore"])) / 86400
        print("validity: %d days" % round(days))

        fp = hashlib.sha256(der).hexdigest().upper()
        theirs = openssl("x509", "-in", p("leaf.pem"), "-noout", "-fingerprint", "-sha256").strip().split("=")[1]
        print("sha256 fingerprint: %d bytes, matches openssl: %s" % (len(fp) // 2, theirs.replace(":", "") == fp))
        pem = ssl.DER_cert_to_PEM_cert(der)
        with open(p("leaf.pem")) as f:
            print("PEM round trip equals the file:", pem == f.read())
        print("PEM lines:", pem.count("\n"), "first:", pem.splitlines()[0])
        print("back to DER equal:", ssl.PEM_cert_to_DER_cert(pem) == der)
    finally:
        shutil.rmtree(d)


main()
