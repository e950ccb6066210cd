"""A connectivity checker that reports each failure the way a quick script
does: the exception type, its message, and traceback.print_exc()."""
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import traceback


def make_cert(d, cn, san):
    cert, key = os.path.join(d, cn + ".pem"), os.path.join(d, cn + ".key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=" + cn, "-addext", "subjectAltName=" + san,
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class CheckFailed(Exception):
    def __init__(self, host, cause):
        super().__init__("%s: %s" % (host, cause))
        self.host = host


def tls_server(ctx):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)

    def loop():
        while True:
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            try:
                with ctx.wrap_socket(conn, server_side=True) as s:
                    s.sendall(b"hi")
            except (ssl.SSLError, OSError):
                pass
    threading.Thread(target=loop, daemon=True).start()
    return srv


def plain_server():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(2)

    def loop():
        conn, _ = srv.accept()
        conn.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")
        conn.close()
    threading.Thread(target=loop, daemon=True).start()
    return srv


def check(ctx, port, hostname):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname=hostname) as s:
                return s.recv(10)
    except (ssl.SSLError, ssl.CertificateError, OSError) as e:
        raise CheckFailed(hostname, e) from e


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d, "service.internal", "DNS:service.internal,DNS:*.svc.internal")
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        srv = tls_server(sctx)
        port = srv.getsockname()[1]
        plain = plain_server()
        closed = socket.socket()
        closed.bind(("127.0.0.1", 0))
        dead_port = closed.getsockname()[1]
        closed.close()
        trusting = ssl.create_default_context(cafile=cert)
        cases = [
            ("exact name", trusting, port, "service.internal"),
            ("wildcard", trusting, port, "api.svc.internal"),
            ("deep wildcard", trusting, port, "a.b.svc.internal"),
            ("wrong name", trusting, port, "other.internal"),
            ("ip address", trusting, port, "127.0.0.1"),
            ("untrusted", ssl.create_default_context(), port, "service.internal"),
            ("plaintext peer", trusting, plain.getsockname()[1], "service.internal"),
            ("nobody home", trusting, dead_port, "service.internal"),
        ]
        for label, ctx, p, host in cases:
            print("==", label)
            try:
                print("   reply:", check(ctx, p, host))
            except CheckFailed as e:
                cause = e.__cause__
                print("   %s | %s" % (type(cause).__name__, cause))
                print("   isinstance ValueError:", isinstance(cause, ValueError),
                      "SSLError:", isinstance(cause, ssl.SSLError))
                traceback.print_exc(limit=0, file=sys.stdout)
        srv.close()


main()
