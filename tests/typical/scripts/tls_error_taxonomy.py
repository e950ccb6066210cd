"""Classify TLS client failures into an application exception hierarchy:
custom exceptions with super().__init__, extra attributes, __str__,
raise ... from ..., __cause__/__context__, exception chaining printed by
traceback.format_exception_only, and isinstance checks against the ssl
exception classes."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import traceback


class ProbeError(Exception):
    """Base class of the tool's errors."""

    def __init__(self, host, message):
        super().__init__(message)
        self.host = host

    def __str__(self):
        return "%s: %s" % (self.host, self.args[0])


class UntrustedError(ProbeError):
    pass


class ProtocolMismatch(ProbeError):
    def __init__(self, host, message, wanted):
        super().__init__(host, message)
        self.wanted = wanted


class Unreachable(ProbeError, ConnectionError):
    pass


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def server(ctx, lsock, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"ok")
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass


def probe(addr, ctx, label):
    try:
        raw = socket.create_connection(addr, timeout=5)
    except ConnectionRefusedError as exc:
        raise Unreachable(label, "connection refused") from exc
    with raw:
        try:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                return s.recv(2)
        except ssl.SSLError as exc:
            if exc.reason == "CERTIFICATE_VERIFY_FAILED":
                raise UntrustedError(label, "certificate not trusted") from exc
            if exc.reason in ("TLSV1_ALERT_PROTOCOL_VERSION", "UNSUPPORTED_PROTOCOL", "NO_PROTOCOLS_AVAILABLE"):
                raise ProtocolMismatch(label, "no common protocol", "TLSv1.3") from exc
            raise


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        sctx.options |= ssl.OP_NO_TLSv1_3
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        t = threading.Thread(target=server, args=(sctx, lsock, 2))
        t.start()
        good = ssl.create_default_context(cafile=crt)
        untrusting = ssl.create_default_context()
        dead = socket.socket()
        dead.bind(("127.0.0.1", 0))
        dead_addr = dead.getsockname()
        dead.close()
        cases = [("good", lsock.getsockname(), good), ("untrusting", lsock.getsockname(), untrusting), ("dead", dead_addr, good)]
        for label, addr, ctx in cases:
            try:
                print(label, "->", probe(addr, ctx, label))
            except ProbeError as exc:
                cause = exc.__cause__
                print(label, "->", type(exc).__name__, "|", exc, "| cause:",
                      cause.reason if isinstance(cause, ssl.SSLError) else type(cause).__name__,
                      "| ssl.SSLError:", isinstance(cause, ssl.SSLError),
                      "| OSError:", isinstance(cause, OSError))
                print("   only:", traceback.format_exception_only(type(exc), exc)[-1].strip())
                print("   mro:", [c.__name__ for c in type(exc).__mro__])
                if isinstance(exc, ProtocolMismatch):
                    print("   wanted:", exc.wanted)
                if isinstance(exc, ConnectionError):
                    print("   errno of cause:", cause.errno, "suppress:", exc.__suppress_context__)
        t.join(10)
        lsock.close()
    print(issubclass(ssl.SSLError, OSError), issubclass(ssl.SSLZeroReturnError, ssl.SSLError),
          issubclass(ssl.SSLWantReadError, ssl.SSLError), issubclass(ssl.SSLEOFError, ssl.SSLError),
          issubclass(ssl.SSLSyscallError, ssl.SSLError), issubclass(socket.timeout, OSError))
    print(issubclass(ssl.CertificateError, ValueError), ssl.SSLError.__module__, ssl.SSLError.__name__)
    try:
        try:
            {}["k"]
        except KeyError:
            raise ValueError("while handling")
    except ValueError as exc:
        print("context:", repr(exc.__context__), "cause:", exc.__cause__, exc.__suppress_context__)
    try:
        raise ProbeError("h", "m") from None
    except ProbeError as exc:
        print("from None:", exc.__cause__, exc.__suppress_context__, exc.args, repr(exc))
    e = Unreachable("x", "y")
    print(repr(e), e.args, str(e), e.errno, isinstance(e, OSError))
    err = ssl.SSLError(1, "custom text")
    print(err.errno, err.strerror, str(err), err.args)


if __name__ == "__main__":
    main()
