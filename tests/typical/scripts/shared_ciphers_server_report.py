"""Server-side view of each client: what the client offered
(shared_ciphers), what was chosen, and how cipher restrictions change it."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
from collections import Counter


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Observer(threading.Thread):
    def __init__(self, ctx, count):
        super().__init__()
        self.ctx = ctx
        self.count = count
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(count)
        self.port = self.sock.getsockname()[1]
        self.reports = []

    def run(self):
        for _ in range(self.count):
            conn, _ = self.sock.accept()
            try:
                with self.ctx.wrap_socket(conn, server_side=True) as s:
                    shared = s.shared_ciphers() or []
                    protos = Counter(p for _, p, _ in shared)
                    name, proto, bits = s.cipher()
                    self.reports.append((name, proto, bits, len(shared) > 0,
                                         [p for p in sorted(protos) if p.startswith("TLSv1.")][-2:], s.compression()))
                    s.sendall(b"bye")
            except ssl.SSLError as e:
                self.reports.append(("handshake failed", e.reason))
        self.sock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        clients = [
            ("default", None, None),
            ("tls1.2 only", ssl.OP_NO_TLSv1_3, None),
            ("tls1.2 AES128-GCM", ssl.OP_NO_TLSv1_3, "ECDHE-RSA-AES128-GCM-SHA256"),
            ("tls1.2 CHACHA20", ssl.OP_NO_TLSv1_3, "ECDHE-RSA-CHACHA20-POLY1305"),
            ("tls1.2 ECDSA only", ssl.OP_NO_TLSv1_3, "ECDHE-ECDSA-AES256-GCM-SHA384"),
        ]
        obs = Observer(sctx, len(clients))
        obs.start()
        for label, options, ciphers in clients:
            ctx = ssl.create_default_context(cafile=cert)
            if options:
                ctx.options |= options
            if ciphers:
                ctx.set_ciphers(ciphers)
            try:
                with socket.create_connection(("127.0.0.1", obs.port), timeout=10) as raw:
                    with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                        s.recv(10)
                        print("%-18s client sees %s" % (label, s.cipher()[:2]))
            except ssl.SSLError as e:
                print("%-18s client error %s" % (label, e.reason))
        obs.join(10)
        for (label, _, _), report in zip(clients, obs.reports):
            print("%-18s server: %s" % (label, report))


main()
