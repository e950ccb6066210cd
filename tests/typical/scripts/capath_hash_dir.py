"""A c_rehash-style CA directory: the script makes two CAs, writes their
certificates under the subject-hash names the openssl command prints
(HASH.0), loads the directory with load_verify_locations(capath=...)
and connects to servers signed by each CA and by an unknown one;
cert_store_stats and get_ca_certs before and after the lookups."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def openssl(*args, **kw):
    return subprocess.run(["openssl"] + list(args), check=True, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, **kw).stdout.decode()


def make_ca(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5", "-subj", "/O=Hashdir/CN=" + name,
            "-addext", "basicConstraints=critical,CA:true", "-keyout", key, "-out", crt)
    return crt, key


def make_leaf(d, name, ca):
    key, csr, crt = (os.path.join(d, name + ext) for ext in (".key", ".csr", ".crt"))
    ext = os.path.join(d, name + ".ext")
    with open(ext, "w") as f:
        f.write("subjectAltName=DNS:localhost\n")
    openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=" + name, "-keyout", key, "-out", csr)
    openssl("x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-CAcreateserial",
            "-days", "2", "-extfile", ext, "-out", crt)
    return crt, key


def serve(leaf):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(*leaf)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)

    def run():
        c, _ = ls.accept()
        try:
            with ctx.wrap_socket(c, server_side=True) as s:
                s.sendall(b"hi")
        except (ssl.SSLError, OSError):
            pass
        ls.close()
    t = threading.Thread(target=run)
    t.start()
    return ls.getsockname(), t


def main():
    with tempfile.TemporaryDirectory() as d:
        hashdir = os.path.join(d, "certs")
        os.mkdir(hashdir)
        cas = {name: make_ca(d, name) for name in ("Root-A", "Root-B", "Rogue")}
        for name in ("Root-A", "Root-B"):
            h = openssl("x509", "-noout", "-subject_hash", "-in", cas[name][0]).strip()
            with open(cas[name][0]) as src, open(os.path.join(hashdir, h + ".0"), "w") as dst:
                dst.write(src.read())
        print("files in capath:", len(os.listdir(hashdir)),
              "all hash names:", all(len(n) == 10 and n.endswith(".0") for n in os.listdir(hashdir)))
        ctx = ssl.create_default_context(capath=hashdir)
        print("before:", ctx.cert_store_stats(), ctx.get_ca_certs())
        for signer in ("Root-A", "Root-B", "Rogue"):
            leaf = make_leaf(d, "leaf-" + signer, cas[signer])
            addr, t = serve(leaf)
            try:
                with ctx.wrap_socket(socket.create_connection(addr, timeout=10),
                                     server_hostname="localhost") as s:
                    issuer = dict(x[0] for x in s.getpeercert()["issuer"])
                    print("%-7s ok, issuer %s, got %r" % (signer, issuer["commonName"], s.recv(2)))
            except ssl.SSLError as exc:
                print("%-7s refused: %s" % (signer, exc.reason))
            t.join(10)
        stats = ctx.cert_store_stats()
        print("after: x509=%d x509_ca=%d crl=%d" % (stats["x509"], stats["x509_ca"], stats["crl"]))
        for ca in sorted(ctx.get_ca_certs(), key=lambda c: c["subject"]):
            print("  cached CA:", dict(x[0] for x in ca["subject"])["commonName"])


main()
