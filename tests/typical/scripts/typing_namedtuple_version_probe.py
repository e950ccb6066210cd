"""Probe which TLS versions a server accepts, with typing.NamedTuple
results, type annotations and an aligned text table."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
from typing import Dict, List, NamedTuple, Optional


class Probe(NamedTuple):
    label: str
    accepted: bool
    version: Optional[str]
    error: Optional[str] = None

    def row(self) -> str:
        mark = "yes" if self.accepted else "no"
        return "%-14s %-4s %-8s %s" % (self.label, mark, self.version or "-", self.error or "")


def make_cert(d: str) -> List[str]:
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return [cert, key]


def start_server(cert: str, key: str, no_flags: int) -> socket.socket:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    ctx.options |= no_flags
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(8)

    def loop() -> None:
        while True:
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            try:
                with ctx.wrap_socket(conn, server_side=True) as s:
                    s.sendall(b"v")
                    s.recv(1)
            except (ssl.SSLError, OSError):
                pass
    threading.Thread(target=loop, daemon=True).start()
    return srv


def probe(port: int, cafile: str, label: str, no_flags: int) -> Probe:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.options |= no_flags
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                s.recv(1)
                s.sendall(b"k")
                return Probe(label, True, s.version())
    except ssl.SSLError as e:
        return Probe(label, False, None, e.reason)


def main() -> None:
    only = {
        "TLSv1.2 only": ssl.OP_NO_TLSv1_3,
        "TLSv1.3 only": ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TLSv1_2,
        "any": 0,
    }
    no_below_13 = ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 | ssl.OP_NO_TLSv1_2
    servers: Dict[str, int] = {"modern (1.3)": no_below_13, "legacy (1.2)": ssl.OP_NO_TLSv1_3}
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        for server_label, server_flags in sorted(servers.items()):
            srv = start_server(cert, key, server_flags)
            results = [probe(srv.getsockname()[1], cert, label, flags)
                       for label, flags in only.items()]
            print("server", server_label)
            for r in results:
                print("  " + r.row())
            print("  accepted:", [r.label for r in results if r.accepted])
            srv.close()
    p = Probe("x", False, None)
    print(p, p._fields, Probe._field_defaults if hasattr(Probe, "_field_defaults") else None)
    print(Probe.__annotations__)
    print(p._replace(accepted=True, version="TLSv1.3")._asdict())


main()
