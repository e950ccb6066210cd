"""Check that servers send their intermediate certificates.

A root CA signs an intermediate CA, which signs the server certificate.
Clients trust only the root. Three servers run side by side: one loads
the full chain (leaf then intermediate) with load_cert_chain, one loads
the leaf alone, and one loads a chain file whose PEM blocks carry
comments between them as exported by some tools. The script reports, per
server, whether verification succeeds, the issuer of the leaf and the
subject of the CA that anchored it; a second pass trusts the
intermediate too, which rescues the leaf-only server."""
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
    with open(p("ca.ext"), "w") as f:
        f.write("basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n")
    with open(p("leaf.ext"), "w") as f:
        f.write("subjectAltName=DNS:localhost\nextendedKeyUsage=serverAuth\n")
    sh("openssl", "req", "-x509", *ec, "-days", "30", "-subj", "/O=Chain Test/CN=Root CA",
       "-keyout", p("root.key"), "-out", p("root.crt"),
       "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign")
    sh("openssl", "req", *ec, "-subj", "/O=Chain Test/CN=Issuing CA 1", "-keyout", p("int.key"), "-out", p("int.csr"))
    sh("openssl", "x509", "-req", "-in", p("int.csr"), "-CA", p("root.crt"), "-CAkey", p("root.key"),
       "-CAcreateserial", "-days", "20", "-extfile", p("ca.ext"), "-out", p("int.crt"))
    sh("openssl", "req", *ec, "-subj", "/O=Chain Test/CN=localhost", "-keyout", p("leaf.key"), "-out", p("leaf.csr"))
    sh("openssl", "x509", "-req", "-in", p("leaf.csr"), "-CA", p("int.crt"), "-CAkey", p("int.key"),
       "-CAcreateserial", "-days", "10", "-extfile", p("leaf.ext"), "-out", p("leaf.crt"))
    leaf, inter = open(p("leaf.crt")).read(), open(p("int.crt")).read()
    with open(p("full.pem"), "w") as f:
        f.write(leaf + inter)
    with open(p("commented.pem"), "w") as f:
        f.write("subject=/O=Chain Test/CN=localhost\n" + leaf + "\nsubject=/O=Chain Test/CN=Issuing CA 1\n" + inter)
    return p


def server(certfile, keyfile):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile, keyfile)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(5)

    def run():
        while True:
            try:
                raw, _ = ls.accept()
            except OSError:
                return
            try:
                with ctx.wrap_socket(raw, server_side=True) as tls:
                    tls.recv(1)
            except (ssl.SSLError, OSError):
                pass

    threading.Thread(target=run, daemon=True).start()
    return ls


def name(rdns, key="commonName"):
    return dict(x[0] for x in rdns)[key]


def check(port, ctx):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
                cert = tls.getpeercert()
                tls.send(b"x")
        return "ok, leaf issued by %s" % name(cert["issuer"])
    except ssl.SSLError as e:
        return "FAILED: %s" % e.reason


def main():
    with tempfile.TemporaryDirectory() as d:
        p = pki(d)
        servers = [("full chain", server(p("full.pem"), p("leaf.key"))),
                   ("leaf only", server(p("leaf.crt"), p("leaf.key"))),
                   ("commented", server(p("commented.pem"), p("leaf.key")))]
        root_only = ssl.create_default_context(cafile=p("root.crt"))
        both = ssl.create_default_context(cafile=p("root.crt"))
        both.load_verify_locations(p("int.crt"))
        for label, ctx in [("trusting the root", root_only), ("trusting root and intermediate", both)]:
            print(label + ":")
            for sname, ls in servers:
                print("  %-10s %s" % (sname, check(ls.getsockname()[1], ctx)))
        print("CA certificates loaded:", [name(c["subject"]) for c in both.get_ca_certs()])
        print("stats:", both.cert_store_stats())
        for _, ls in servers:
            ls.close()


main()
