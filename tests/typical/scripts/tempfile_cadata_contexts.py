"""Trust material handled through tempfile: a CA bundle written to a
NamedTemporaryFile and loaded by name, the same certificates passed as
cadata (PEM str and DER bytes), mkstemp/mkdtemp/TemporaryDirectory
lifetimes, SpooledTemporaryFile for a PEM read back, and what
load_verify_locations says about broken or missing material."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def gen(d, name):
    crt, key = os.path.join(d, name + ".crt"), os.path.join(d, name + ".key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "3", "-subj", "/CN=" + name, "-addext", "subjectAltName=DNS:" + name,
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def handshake(crt, key, name, cctx):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    a, b = socket.socketpair()

    def srv():
        try:
            sctx.wrap_socket(b, server_side=True).close()
        except (ssl.SSLError, OSError):
            b.close()
    t = threading.Thread(target=srv)
    t.start()
    try:
        with cctx.wrap_socket(a, server_hostname=name) as s:
            return "ok " + s.version()
    except ssl.SSLError as e:
        return "fail " + e.reason
    finally:
        t.join()


def main():
    with tempfile.TemporaryDirectory(prefix="trust-") as d:
        print("dir prefix ok:", os.path.basename(d).startswith("trust-"))
        pairs = {n: gen(d, n) for n in ("alpha.test", "beta.test", "gamma.test")}
        pems = {n: open(c).read() for n, (c, k) in pairs.items()}

        with tempfile.NamedTemporaryFile("w", suffix=".pem", delete=False) as bundle:
            bundle.write(pems["alpha.test"])
            bundle.write("\n# comment lines between certificates are fine\n")
            bundle.write(pems["beta.test"])
        print("bundle suffix:", bundle.name.endswith(".pem"), "exists:", os.path.exists(bundle.name))
        ctx = ssl.create_default_context(cafile=bundle.name)
        print("bundle stats:", ctx.cert_store_stats())
        for n in sorted(pairs):
            print("  bundle ->", n, handshake(*pairs[n], n, ctx))
        os.unlink(bundle.name)

        ctx = ssl.create_default_context(cadata=pems["gamma.test"])
        print("cadata str:", ctx.cert_store_stats()["x509_ca"], handshake(*pairs["gamma.test"], "gamma.test", ctx))
        der = ssl.PEM_cert_to_DER_cert(pems["beta.test"])
        again = ssl.DER_cert_to_PEM_cert(der)
        print("PEM round trip:", again.split() == pems["beta.test"].split(), len(der) > 100)
        ctx = ssl.create_default_context(cadata=again + pems["gamma.test"])
        print("cadata two PEMs:", len(ctx.get_ca_certs()), handshake(*pairs["beta.test"], "beta.test", ctx))
        print("ca subject:", ctx.get_ca_certs()[0]["subject"])

        fd, path = tempfile.mkstemp(suffix=".pem", dir=d)
        with os.fdopen(fd, "w") as f:
            f.write("-----BEGIN CERTIFICATE-----\nnot base64 at all\n-----END CERTIFICATE-----\n")
        for label, kwargs in [("garbage file", {"cafile": path}), ("missing file", {"cafile": os.path.join(d, "nope.pem")}),
                              ("empty cadata", {"cadata": ""}), ("bad cadata type", {"cadata": 42}),
                              ("nothing", {})]:
            c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            try:
                c.load_verify_locations(**kwargs)
                print("%-15s loaded" % label)
            except FileNotFoundError as e:
                print("%-15s FileNotFoundError errno=%d" % (label, e.errno))
            except ssl.SSLError as e:
                print("%-15s SSLError library=%s" % (label, e.library))
            except (TypeError, ValueError) as e:
                print("%-15s %s: %s" % (label, type(e).__name__, e))

        with tempfile.SpooledTemporaryFile(max_size=64, mode="w+") as spool:
            spool.write(pems["alpha.test"])
            rolled = spool._rolled
            spool.seek(0)
            first = spool.readline().strip()
        print("spooled rolled over:", rolled, "| first line:", first)
        sub = tempfile.mkdtemp(dir=d)
        print("mkdtemp inside:", os.path.dirname(sub) == d, sorted(os.listdir(d))[:3])
    print("cleaned up:", not os.path.exists(d))
    print("gettempdir:", tempfile.gettempdir() == os.environ.get("TMPDIR", "/tmp"))


main()
