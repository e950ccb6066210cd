"""A server that accepts clients with or without certificates
(CERT_OPTIONAL) and audits them: anonymous clients, clients with a cert
from the trusted client CA, and clients with a self-signed cert (rejected
in the handshake). The server logs subject, issuer and serial of each
client cert with the logging module; the clients print what happened."""
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(name)s %(levelname)s %(message)s")
log = logging.getLogger("audit")


def openssl(*args):
    subprocess.run(["openssl"] + list(args), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build_pki(d):
    p = lambda n: os.path.join(d, n)
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5", "-subj", "/O=Corp/CN=Client CA",
            "-addext", "basicConstraints=critical,CA:true", "-keyout", p("ca.key"), "-out", p("ca.crt"))
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost", "-keyout", p("srv.key"), "-out", p("srv.crt"))
    for name, serial in (("alice", "1001"), ("bob", "1002")):
        openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/O=Corp/OU=Staff/CN=" + name,
                "-keyout", p(name + ".key"), "-out", p(name + ".csr"))
        openssl("x509", "-req", "-in", p(name + ".csr"), "-CA", p("ca.crt"), "-CAkey", p("ca.key"),
                "-set_serial", serial, "-days", "2", "-out", p(name + ".crt"))
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "5", "-subj", "/CN=mallory",
            "-keyout", p("mallory.key"), "-out", p("mallory.crt"))
    return p


def server(ls, ctx, n):
    for _ in range(n):
        conn, _ = ls.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                cert = s.getpeercert()
                if not cert:
                    log.info("anonymous client (%r)", cert)
                    s.sendall(b"hello stranger")
                else:
                    subject = dict(x[0] for x in cert["subject"])
                    issuer = dict(x[0] for x in cert["issuer"])
                    log.info("client %s of %s/%s, issued by %s, serial %s", subject["commonName"],
                             subject["organizationName"], subject["organizationalUnitName"],
                             issuer["commonName"], cert["serialNumber"])
                    s.sendall(("hello " + subject["commonName"]).encode())
                s.recv(1)
        except ssl.SSLError as exc:
            log.warning("handshake refused: %s", exc.reason)
        except OSError as exc:
            log.warning("connection error: %s", type(exc).__name__)


def main():
    with tempfile.TemporaryDirectory() as d:
        p = build_pki(d)
        sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=p("ca.crt"))
        sctx.load_cert_chain(p("srv.crt"), p("srv.key"))
        sctx.verify_mode = ssl.CERT_OPTIONAL
        print("server verify mode:", sctx.verify_mode.name)
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(4)
        clients = [None, "alice", "bob", "mallory"]
        t = threading.Thread(target=server, args=(ls, sctx, len(clients)))
        t.start()
        for who in clients:
            cctx = ssl.create_default_context(cafile=p("srv.crt"))
            if who:
                cctx.load_cert_chain(p(who + ".crt"), p(who + ".key"))
            try:
                with cctx.wrap_socket(socket.create_connection(ls.getsockname(), timeout=10),
                                      server_hostname="localhost") as s:
                    reply = s.recv(100)
                    s.sendall(b".")
                    print("client %-8s got %r" % (who, reply))
            except (ssl.SSLError, OSError) as exc:
                # The server thread logs its side of a refused handshake; it
                # serves no one after the last client, so joining it first keeps
                # the two lines in one order.
                if who == clients[-1]:
                    t.join(10)
                print("client %-8s failed: %s" % (who, getattr(exc, "reason", None) or type(exc).__name__))
        t.join(10)
        ls.close()


main()
