"""Subclassing ssl.SSLContext to bake in an organisation's defaults: a
class with its own __new__/__init__ keyword arguments, a classmethod
factory, an overridden wrap_socket that fills in server_hostname, extra
attributes, and a connection made through it; isinstance checks and
what the subclass instances show in repr and type()."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class CorpContext(ssl.SSLContext):
    """Client context with the company's rules."""

    default_host = "localhost"

    def __new__(cls, cafile=None, tls13_only=False):
        return super().__new__(cls, ssl.PROTOCOL_TLS_CLIENT)

    def __init__(self, cafile=None, tls13_only=False):
        super().__init__(ssl.PROTOCOL_TLS_CLIENT)
        self.created_with = {"cafile": bool(cafile), "tls13_only": tls13_only}
        if cafile:
            self.load_verify_locations(cafile)
        if tls13_only:
            self.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TLSv1_2
        self.connections = 0

    @classmethod
    def strict(cls, cafile):
        return cls(cafile, tls13_only=True)

    def wrap_socket(self, sock, server_hostname=None, **kwargs):
        self.connections += 1
        return super().wrap_socket(sock, server_hostname=server_hostname or self.default_host, **kwargs)

    def __repr__(self):
        return "<CorpContext verify=%s hostname=%s conns=%d>" % (
            self.verify_mode.name, self.check_hostname, self.connections)


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(3)

        def serve():
            for _ in range(2):
                c, _ = ls.accept()
                with sctx.wrap_socket(c, server_side=True) as s:
                    s.sendall(s.version().encode())
                    s.recv(1)
        t = threading.Thread(target=serve)
        t.start()
        plain = CorpContext(crt)
        strict = CorpContext.strict(crt)
        for ctx in (plain, strict):
            print(repr(ctx), type(ctx).__name__, isinstance(ctx, ssl.SSLContext),
                  type(ctx).__mro__[1].__name__, ctx.created_with)
            with ctx.wrap_socket(socket.create_connection(ls.getsockname(), timeout=10)) as s:
                print("  server said:", s.recv(20).decode(), "hostname:", s.server_hostname,
                      "context is ours:", s.context is ctx)
                s.sendall(b"x")
            print(" ", repr(ctx))
        t.join(10)
        ls.close()
        print("protocol:", strict.protocol, "no tls1.2:", bool(strict.options & ssl.OP_NO_TLSv1_2))
        print("doc:", CorpContext.__doc__)
        try:
            CorpContext(cafile=os.path.join(d, "missing.pem"))
        except FileNotFoundError as exc:
            print("missing CA file:", exc.errno, exc.strerror)


main()
