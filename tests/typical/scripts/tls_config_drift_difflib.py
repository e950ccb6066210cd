#!/usr/bin/env python3
# Configuration drift check: connect to the "staging" and "production"
# endpoints of a service, record what each negotiates (protocol, cipher,
# ALPN, certificate names and key usage), and print a unified diff of the
# two reports, as an operator would before promoting a TLS change.
import difflib
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def run(*args):
    subprocess.run(list(args), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_pki(tmp):
    ca_key, ca = os.path.join(tmp, "ca.key"), os.path.join(tmp, "ca.pem")
    run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
        "-nodes", "-days", "30", "-subj", "/O=Drift Test/CN=Drift Root", "-keyout", ca_key, "-out", ca)
    leaves = {}
    for name, sans in (("staging", "DNS:svc.example.test,DNS:staging.example.test"),
                       ("production", "DNS:svc.example.test,DNS:www.example.test,DNS:api.example.test")):
        key, csr, crt = (os.path.join(tmp, name + ext) for ext in (".key", ".csr", ".pem"))
        ext = os.path.join(tmp, name + ".ext")
        with open(ext, "w") as f:
            f.write("subjectAltName=%s\nextendedKeyUsage=serverAuth\n" % sans)
        run("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-subj", "/O=Drift Test/OU=%s/CN=svc.example.test" % name.title(),
            "-keyout", key, "-out", csr)
        run("openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
            "-days", "20", "-extfile", ext, "-out", crt)
        leaves[name] = (crt, key)
    return ca, leaves


def server_context(name, crt, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(crt, key)
    if name == "production":
        # production still runs the older configuration
        ctx.options |= ssl.OP_NO_TLSv1_3
        ctx.set_ciphers("ECDHE-ECDSA-AES128-GCM-SHA256")
        ctx.set_alpn_protocols(["http/1.1"])
    else:
        ctx.set_alpn_protocols(["h2", "http/1.1"])
    return ctx


def serve(lsock, ctx, count):
    for _ in range(count):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)
        except (ssl.SSLError, OSError) as exc:
            print("server error:", type(exc).__name__)
    lsock.close()


def probe(port, cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.set_alpn_protocols(["h2", "http/1.1"])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname="svc.example.test") as tls:
            cert = tls.getpeercert()
            name, proto, bits = tls.cipher()
            lines = [
                "protocol: %s" % tls.version(),
                "cipher: %s" % name,
                "cipher bits: %d" % bits,
                "alpn: %s" % tls.selected_alpn_protocol(),
                "compression: %s" % tls.compression(),
            ]
            tls.sendall(b"x")
    subject = dict(rdn[0] for rdn in cert["subject"])
    lines.append("subject OU: %s" % subject.get("organizationalUnitName"))
    lines.append("subject CN: %s" % subject.get("commonName"))
    for kind, value in sorted(cert.get("subjectAltName", ())):
        lines.append("san: %s %s" % (kind, value))
    lines.append("issuer CN: %s" % dict(rdn[0] for rdn in cert["issuer"])["commonName"])
    return [line + "\n" for line in lines]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        ca, leaves = make_pki(tmp)
        reports = {}
        for name in ("staging", "production"):
            lsock = socket.socket()
            lsock.bind(("127.0.0.1", 0))
            lsock.listen(1)
            t = threading.Thread(target=serve, args=(lsock, server_context(name, *leaves[name]), 1))
            t.start()
            reports[name] = probe(lsock.getsockname()[1], ca)
            t.join(30)
    diff = list(difflib.unified_diff(reports["staging"], reports["production"],
                                     "staging", "production", n=1))
    print("".join(diff), end="")
    changed = sum(1 for line in diff if line.startswith("-") and not line.startswith("---"))
    added = sum(1 for line in diff if line.startswith("+") and not line.startswith("+++"))
    print("summary: %d lines removed, %d added, %d unchanged" % (
        changed, added, len(reports["staging"]) - changed))
    ratio = difflib.SequenceMatcher(None, reports["staging"], reports["production"]).ratio()
    print("similarity: %.2f" % ratio)
    print("drift:", "yes" if diff else "no")


main()
