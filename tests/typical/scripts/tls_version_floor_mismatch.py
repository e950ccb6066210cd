"""Version floors and ceilings: a server capped at TLS 1.2 meets clients
with different minimum versions; the report shows what was negotiated
or the error each side saw."""
import enum
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class Outcome(enum.Enum):
    NEGOTIATED = "negotiated"
    REFUSED = "refused"


def make_cert(d):
    key, cert = os.path.join(d, "k"), os.path.join(d, "c")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384",
         "-nodes", "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class CappedServer(threading.Thread):
    def __init__(self, cert, key, ceiling):
        super().__init__(daemon=True)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.ctx.options |= ceiling
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(5)
        self.listener.settimeout(10)
        self.port = self.listener.getsockname()[1]
        self.errors = []

    def run(self):
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            try:
                with self.ctx.wrap_socket(conn, server_side=True) as s:
                    s.sendall(s.version().encode())
            except ssl.SSLError as e:
                self.errors.append(e.reason)
            except OSError as e:
                self.errors.append(type(e).__name__)


def attempt(port, cafile, extra_options):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.options |= extra_options
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                return Outcome.NEGOTIATED, s.recv(32).decode()
    except ssl.SSLError as e:
        return Outcome.REFUSED, "%s/%s" % (e.library, e.reason)


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        server = CappedServer(cert, key, ssl.OP_NO_TLSv1_3)
        server.start()
        cases = [
            ("defaults", 0),
            ("no TLS 1.0 or 1.1", ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1),
            ("TLS 1.3 only", ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TLSv1_2),
            ("TLS 1.2 only", ssl.OP_NO_TLSv1_3),
        ]
        width = max(len(name) for name, _ in cases)
        for name, opts in cases:
            outcome, detail = attempt(server.port, cert, opts)
            print("%-*s  %-10s  %s" % (width, name, outcome.value, detail))
        server.listener.close()
        server.join(10)
        print("server-side errors:", server.errors)
        print("HAS_TLSv1_3:", ssl.HAS_TLSv1_3, "OP_NO_TLSv1_3 is int:", isinstance(ssl.OP_NO_TLSv1_3, int))


if __name__ == "__main__":
    main()
