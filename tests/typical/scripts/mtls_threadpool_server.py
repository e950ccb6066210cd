"""A server that requires client certificates signed by its own CA and
hands every accepted connection to a ThreadPoolExecutor worker; the worker
maps the client's certificate CN to a role.  Clients: two good ones, one
without a certificate, one signed by a foreign CA.  Failures are reported
by class and library/reason, the way an operator would log them."""
import concurrent.futures
import os
import socket
import ssl
import subprocess
import tempfile
import threading

ROLES = {"svc-billing": "writer", "svc-reports": "reader"}


def run(*args):
    subprocess.run(["openssl"] + list(args), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_ca(d, name):
    key, crt = os.path.join(d, name + "-ca.key"), os.path.join(d, name + "-ca.pem")
    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "30", "-subj",
        "/O=%s/CN=%s root" % (name, name), "-keyout", key, "-out", crt)
    return crt, key


def issue(d, ca, cn, ext):
    key, csr, crt = (os.path.join(d, cn + s) for s in (".key", ".csr", ".pem"))
    extfile = os.path.join(d, cn + ".ext")
    with open(extfile, "w") as f:
        f.write(ext + "\n")
    run("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
        "-subj", "/O=corp/CN=" + cn,
        "-keyout", key, "-out", csr)
    run("x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-CAcreateserial",
        "-days", "10", "-extfile", extfile, "-out", crt)
    return crt, key


def handle(conn, ctx):
    try:
        with ctx.wrap_socket(conn, server_side=True) as tls:
            cert = tls.getpeercert()
            cn = dict(x[0] for x in cert["subject"])["commonName"]
            role = ROLES.get(cn, "none")
            tls.sendall(b"hello " + cn.encode() + b"\n")
            req = tls.recv(100).decode()
            tls.sendall(("%s as %s: %s ok" % (cn, role, req)).encode())
            return "served %s (%s)" % (cn, role)
    except ssl.SSLError as e:
        return "rejected: %s" % e.reason
    except OSError as e:
        return "rejected: %s" % type(e).__name__


def acceptor(lsock, ctx, n, pool, futures):
    for _ in range(n):
        conn, _ = lsock.accept()
        conn.settimeout(10)
        futures.append(pool.submit(handle, conn, ctx))


def client(port, ca, cert):
    ctx = ssl.create_default_context(cafile=ca)
    if cert:
        ctx.load_cert_chain(*cert)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname="gateway.test") as tls:
                greeting = tls.recv(200)
                if not greeting:
                    return "connection closed"
                tls.sendall(b"GET /ledger")
                reply = greeting + tls.recv(200)
                return reply.decode() if reply else "connection closed"
    except ssl.SSLError as e:
        return "SSLError from the %s library, alert: %s" % (e.library, "alert" in str(e))


def main():
    with tempfile.TemporaryDirectory() as d:
        ca = make_ca(d, "corp")
        rogue = make_ca(d, "rogue")
        server = issue(d, ca, "gateway.test",
                       "subjectAltName=DNS:gateway.test\nextendedKeyUsage=serverAuth")
        clients = [("billing", issue(d, ca, "svc-billing", "extendedKeyUsage=clientAuth")),
                   ("reports", issue(d, ca, "svc-reports", "extendedKeyUsage=clientAuth")),
                   ("anonymous", None),
                   ("rogue", issue(d, rogue, "svc-rogue", "extendedKeyUsage=clientAuth"))]
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(*server)
        sctx.load_verify_locations(ca[0])
        sctx.verify_mode = ssl.CERT_REQUIRED
        print("server verify:", sctx.verify_mode, "CA count:", sctx.cert_store_stats()["x509_ca"])

        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(8)
        port = lsock.getsockname()[1]
        futures = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
            acc = threading.Thread(target=acceptor, args=(lsock, sctx, len(clients), pool, futures))
            acc.start()
            for name, cert in clients:
                print("%-10s -> %s" % (name, client(port, ca[0], cert)))
            acc.join(10)
            results = sorted(f.result(timeout=10) for f in futures)
        lsock.close()
        for r in results:
            print("server:", r)


if __name__ == "__main__":
    main()
