"""A service that requires client certificates and then also checks them
against an allowlist of SHA-256 fingerprints.

The server's context has verify_mode CERT_REQUIRED and trusts one private
CA. After the handshake it takes the client's certificate in DER form,
hashes it, and serves only fingerprints on the allowlist (kept as PEM in
a file, converted with PEM_cert_to_DER_cert). Clients try with an
allowed certificate, a CA-signed certificate that is not on the list, no
certificate at all, and a self-signed one; each outcome is printed in the
form an operator would read it. TLS 1.2 is pinned so that a refused
certificate fails the client's handshake itself."""
import hashlib
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def sh(*args):
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def pki(d):
    p = lambda n: os.path.join(d, n)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
    sh("openssl", "req", "-x509", *ec, "-days", "5", "-subj", "/CN=Allowlist CA", "-keyout", p("ca.key"),
       "-out", p("ca.crt"), "-addext", "basicConstraints=critical,CA:TRUE",
       "-addext", "keyUsage=critical,keyCertSign")
    sh("openssl", "req", "-x509", *ec, "-days", "5", "-subj", "/CN=localhost",
       "-addext", "subjectAltName=DNS:localhost", "-keyout", p("srv.key"), "-out", p("srv.crt"))
    with open(p("cli.ext"), "w") as f:
        f.write("extendedKeyUsage=clientAuth\n")
    for name in ("deploy-bot", "old-laptop"):
        sh("openssl", "req", *ec, "-subj", "/CN=" + name, "-keyout", p(name + ".key"), "-out", p(name + ".csr"))
        sh("openssl", "x509", "-req", "-in", p(name + ".csr"), "-CA", p("ca.crt"), "-CAkey", p("ca.key"),
           "-CAcreateserial", "-days", "5", "-extfile", p("cli.ext"), "-out", p(name + ".crt"))
    sh("openssl", "req", "-x509", *ec, "-days", "5", "-subj", "/CN=intruder", "-keyout", p("intruder.key"),
       "-out", p("intruder.crt"))
    return p


def fingerprint(der):
    return hashlib.sha256(der).hexdigest()


def load_allowlist(path):
    with open(path) as f:
        text = f.read()
    pems = ["-----BEGIN CERTIFICATE-----" + chunk for chunk in text.split("-----BEGIN CERTIFICATE-----")[1:]]
    return {fingerprint(ssl.PEM_cert_to_DER_cert(pem)) for pem in pems}


def serve(ls, ctx, allow, n, log):
    for _ in range(n):
        raw, _ = ls.accept()
        try:
            with ctx.wrap_socket(raw, server_side=True) as tls:
                der = tls.getpeercert(binary_form=True)
                fp = fingerprint(der)
                cn = dict(x[0] for x in tls.getpeercert()["subject"])["commonName"]
                if fp in allow:
                    tls.sendall(("welcome %s\n" % cn).encode())
                    log.append("allowed %s" % cn)
                else:
                    tls.sendall(b"denied: certificate not on the allowlist\n")
                    log.append("denied %s (%s...)" % (cn, "fingerprint"))
                tls.recv(10)
        except ssl.SSLError as e:
            log.append("handshake failed: %s" % e.reason)
        except OSError as e:
            log.append("connection error: %s" % type(e).__name__)


def attempt(port, p, who):
    ctx = ssl.create_default_context(cafile=p("srv.crt"))
    ctx.options |= ssl.OP_NO_TLSv1_3
    if who:
        ctx.load_cert_chain(p(who + ".crt"), p(who + ".key"))
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
                line = tls.recv(100).decode().strip()
                tls.sendall(b"bye")
                return line
    except ssl.SSLError as e:
        return "SSLError: %s" % e.reason
    except ConnectionError as e:
        return type(e).__name__


def main():
    with tempfile.TemporaryDirectory() as d:
        p = pki(d)
        with open(p("allow.pem"), "w") as f, open(p("deploy-bot.crt")) as c:
            f.write("# the deploy bot\n" + c.read())
        allow = load_allowlist(p("allow.pem"))
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(p("srv.crt"), p("srv.key"))
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(p("ca.crt"))
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(5)
        who = ["deploy-bot", "old-laptop", None, "intruder"]
        log = []
        t = threading.Thread(target=serve, args=(ls, ctx, allow, len(who), log))
        t.start()
        for w in who:
            print("client %-11s -> %s" % (w or "(none)", attempt(ls.getsockname()[1], p, w)))
        t.join()
        ls.close()
    print("allowlist size:", len(allow))
    for line in log:
        print("server:", line)


main()
