"""Custom exception hierarchy for a TLS checker: low-level ssl and socket
errors are wrapped with `raise ... from e`, context is kept implicitly
when a handler fails, and the report prints chained tracebacks with
traceback.print_exception / format_exception_only, exception attributes
(errno, strerror, reason, library, verify details) and __cause__ /
__context__ / __suppress_context__."""
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import traceback


class CheckError(Exception):
    """Base class of the checker's errors."""

    def __init__(self, host, message):
        super().__init__("%s: %s" % (host, message))
        self.host = host


class ConnectFailed(CheckError):
    pass


class HandshakeFailed(CheckError):
    def __init__(self, host, reason):
        super().__init__(host, "handshake failed (%s)" % reason)
        self.reason = reason


class ReportFailed(CheckError):
    pass


def make_cert(d):
    crt, key = os.path.join(d, "x.crt"), os.path.join(d, "x.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=chain.test", "-keyout", key, "-out", crt], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


_held = []


def closed_port():
    # bound but never listening (and kept so): connections are refused
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    _held.append(s)
    return s.getsockname()[1]


def tls_server(crt, key):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(crt, key)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)

    def run():
        c, _ = ls.accept()
        try:
            ctx.wrap_socket(c, server_side=True).close()
        except (ssl.SSLError, OSError):
            c.close()
        ls.close()
    threading.Thread(target=run, daemon=True).start()
    return ls.getsockname()[1]


def connect(host, port):
    try:
        return socket.create_connection((host, port), timeout=20)
    except ConnectionRefusedError as e:
        raise ConnectFailed(host, "connection refused") from e


def check(host, port, ctx):
    sock = connect(host, port)
    try:
        tls = ctx.wrap_socket(sock, server_hostname="chain.test")
    except ssl.SSLError as e:
        sock.close()
        raise HandshakeFailed(host, e.reason) from e
    tls.close()
    return "ok"


def summarize(results):
    try:
        return {k: v.upper() for k, v in results.items()}
    except AttributeError:
        raise ReportFailed("report", "bad result value")


def show(title, exc):
    print("=== %s" % title)
    print("class chain:", " <- ".join(c.__name__ for c in type(exc).__mro__[:-2]))
    def kind(e):
        # ssl errors by family: the exact class of a verification failure
        # is an implementation detail
        return None if e is None else "ssl.SSLError" if isinstance(e, ssl.SSLError) else type(e).__name__
    print("cause:", kind(exc.__cause__), "| context:", kind(exc.__context__),
          "| suppress:", exc.__suppress_context__)
    for line in traceback.format_exception_only(type(exc), exc):
        print("only:", line.rstrip())


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        port = tls_server(crt, key)
        ctx = ssl.create_default_context()
        try:
            check("127.0.0.1", port, ctx)
        except HandshakeFailed as e:
            show("untrusted", e)
            cause = e.__cause__
            print("ssl error: errno=%s library=%s reason=%s" % (cause.errno, cause.library, cause.reason))
            print("isinstance OSError:", isinstance(cause, OSError), "| args[0]:", cause.args[0])

    try:
        check("127.0.0.1", closed_port(), ctx)
    except CheckError as e:
        show("refused", e)
        print("errno name:", e.__cause__.errno == 111, e.__cause__.strerror)
        traceback.print_exception(type(e), e, e.__traceback__, limit=0, file=sys.stdout)

    try:
        summarize({"a": "ok", "b": None})
    except ReportFailed as e:
        show("implicit context", e)
        print("".join(traceback.format_exception(type(e), e, e.__traceback__, limit=1)).replace(__file__, "SCRIPT"))

    try:
        try:
            raise HandshakeFailed("inner.test", "NO_SHARED_CIPHER")
        except HandshakeFailed as inner:
            raise ConnectFailed("outer.test", "retry failed") from None
    except CheckError as e:
        show("suppressed", e)
        print("context kept:", e.__context__.reason)
    sys.stdout.flush()
    raise CheckError("final.test", "exit with a traceback") from KeyError("missing")


main()
