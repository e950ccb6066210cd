"""Classify what goes wrong when connecting: our own exception classes wrapping ssl and socket errors."""
import errno
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import traceback


class ProbeError(Exception):
    """Base of everything probe() raises."""

    def __init__(self, target, detail):
        super().__init__(target, detail)
        self.target, self.detail = target, detail

    def __str__(self):
        return "%s: %s" % (self.target, self.detail)


class Unreachable(ProbeError):
    pass


class NotTLS(ProbeError):
    pass


class Untrusted(ProbeError):
    pass


class TooSlow(ProbeError):
    pass


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def start_server(behaviour, ctx=None):
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)
    lsock.settimeout(10)

    def run():
        conn, _ = lsock.accept()
        with conn:
            if behaviour == "plain":
                conn.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\nno tls here\r\n" * 4)
                conn.recv(4096)
            elif behaviour == "silent":
                conn.recv(4096)
                conn.settimeout(3)
                try:
                    conn.recv(4096)
                except OSError:
                    pass
            elif behaviour == "tls":
                try:
                    with ctx.wrap_socket(conn, server_side=True) as tls:
                        tls.sendall(b"ok")
                        tls.recv(1)
                except ssl.SSLError:
                    pass
        lsock.close()

    t = threading.Thread(target=run, daemon=True)
    t.start()
    return lsock.getsockname(), t


def probe(addr, cafile, timeout=5.0):
    ctx = ssl.create_default_context(cafile=cafile)
    try:
        raw = socket.create_connection(addr, timeout=timeout)
    except ConnectionRefusedError as exc:
        raise Unreachable(addr[0], "refused (%s)" % errno.errorcode[exc.errno]) from exc
    try:
        with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            data = tls.recv(2)
            tls.sendall(b".")
            return data
    except socket.timeout as exc:
        raise TooSlow(addr[0], "no handshake within %.1fs: %s" % (timeout, exc)) from exc
    except ssl.SSLError as exc:
        if exc.reason == "CERTIFICATE_VERIFY_FAILED":
            raise Untrusted(addr[0], exc.reason) from exc
        raise NotTLS(addr[0], "%s/%s" % (exc.library, exc.reason)) from exc
    finally:
        raw.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        other, _ = make_cert(os.path.join(d, "x") if os.mkdir(os.path.join(d, "x")) is None else d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        free = socket.socket()
        free.bind(("127.0.0.1", 0))
        closed_port = free.getsockname()  # bound, not listening: refused
        scenarios = [("good", lambda: start_server("tls", sctx), cert, 5.0),
                     ("wrong CA", lambda: start_server("tls", sctx), other, 5.0),
                     ("plain http", lambda: start_server("plain"), cert, 5.0),
                     ("silent", lambda: start_server("silent"), cert, 0.5),
                     ("closed", lambda: (closed_port, None), cert, 5.0)]
        for label, start, cafile, timeout in scenarios:
            addr, thread = start()
            try:
                print("%-10s ok %r" % (label, probe(addr, cafile, timeout)))
            except ProbeError as exc:
                cause = exc.__cause__
                print("%-10s %s %s" % (label, type(exc).__name__, exc))
                kind = "SSLError" if isinstance(cause, ssl.SSLError) else type(cause).__name__
                print("           cause:", kind, "isinstance OSError:", isinstance(cause, OSError))
                print("          ", traceback.format_exception_only(type(exc), exc)[-1].strip())
                print("           MRO:", [c.__name__ for c in type(exc).__mro__])
            if thread is not None:
                thread.join(10)


if __name__ == "__main__":
    main()
