"""A connection diagnostics tool: tries a list of targets (refused port,
plaintext server, TLS server with an untrusted certificate, silent
server that never answers, a working TLS server) and prints a table of
what went wrong with each, using the exception classes, their str(),
errno and SSL reason, and socket.timeout messages."""
import errno
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import time


class Target:
    def __init__(self, name, port, hostname="localhost", timeout=20.0):
        self.name, self.port, self.hostname, self.timeout = name, port, hostname, timeout

    def __repr__(self):
        return "Target(%r, port=%s)" % (self.name, "<free>" if self.port else self.port)


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def listener():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(4)
    return s


def plaintext_server(sock):
    conn, _ = sock.accept()
    conn.recv(4096)
    conn.sendall(b"HTTP/1.0 400 Bad Request\r\nContent-Length: 0\r\n\r\n")
    conn.close()


def silent_server(sock, stop):
    conn, _ = sock.accept()
    stop.wait(10)
    conn.close()


def tls_server(sock, ctx, n):
    for _ in range(n):
        conn, _ = sock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                data = s.recv(100)
                s.sendall(b"pong:" + data)
        except (ssl.SSLError, OSError) as e:
            pass


def classify(exc):
    if isinstance(exc, socket.timeout):
        return "timeout", str(exc)
    if isinstance(exc, ssl.SSLError):
        return "ssl/" + str(exc.reason), str(exc)
    if isinstance(exc, ConnectionRefusedError):
        return "refused", "errno=%s (%s) %s" % (exc.errno, errno.errorcode[exc.errno], exc.strerror)
    if isinstance(exc, OSError):
        return "os", str(exc)
    return type(exc).__name__, str(exc)


def probe(target, ctx):
    start = time.time()
    try:
        with socket.create_connection(("127.0.0.1", target.port), timeout=target.timeout) as raw:
            with ctx.wrap_socket(raw, server_hostname=target.hostname) as s:
                s.sendall(b"ping")
                reply = s.recv(100)
                return "ok", "%s %s" % (s.version() is not None, reply.decode())
    except Exception as e:
        kind, text = classify(e)
        return kind, text
    finally:
        target.elapsed = time.time() - start


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)

        refused = socket.socket()  # bound but never listening: connections are refused
        refused.bind(("127.0.0.1", 0))
        refused_port = refused.getsockname()[1]

        plain = listener()
        threading.Thread(target=plaintext_server, args=(plain,), daemon=True).start()
        silent = listener()
        stop = threading.Event()
        threading.Thread(target=silent_server, args=(silent, stop), daemon=True).start()
        good = listener()
        threading.Thread(target=tls_server, args=(good, sctx, 2), daemon=True).start()

        trusting = ssl.create_default_context(cafile=crt)
        strict = ssl.create_default_context()
        targets = [
            (Target("refused", refused_port), trusting),
            (Target("plaintext", plain.getsockname()[1]), trusting),
            (Target("silent", silent.getsockname()[1], timeout=0.5), trusting),
            (Target("good", good.getsockname()[1]), trusting),
            (Target("good, system CAs", good.getsockname()[1]), strict),
        ]
        print("%-18s %-28s %s" % ("target", "outcome", "detail"))
        print("-" * 70)
        counts = {}
        for target, ctx in targets:
            kind, detail = probe(target, ctx)
            if kind.startswith("ssl/CERTIFICATE"):
                detail = detail.split(":")[0] + "]"
            counts[kind] = counts.get(kind, 0) + 1
            print("%-18s %-28s %s" % (target.name, kind, detail))
        stop.set()
        print("-" * 70)
        print(", ".join("%s=%d" % kv for kv in sorted(counts.items())))
        waited = targets[2][0].elapsed
        print("silent waited at least its timeout:", 0.45 <= waited < 60)

        try:
            ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_cert_chain(os.path.join(d, "missing.pem"))
        except FileNotFoundError as e:
            print("load_cert_chain:", e, "| filename:", e.filename)
        try:
            sctx.load_cert_chain(key, crt)
        except ssl.SSLError as e:
            print("swapped files:", e.library, e.reason, e.args[0])
        e = ssl.SSLError(1, "made up")
        print("constructed:", str(e), e.args, e.errno, e.strerror)
        e = ssl.SSLZeroReturnError("closed")
        print("zero return:", e.args, isinstance(e, ssl.SSLError), isinstance(e, OSError))
        print("want read is:", [c.__name__ for c in ssl.SSLWantReadError.__mro__])
        t = socket.timeout("custom")
        print("timeout:", repr(t), t.args, isinstance(t, OSError))


main()
