"""A verification matrix with type annotations: servers with a good,
a self-signed, an expired and a wrong-name certificate, checked by
clients with different verify settings; results are typing.NamedTuple
rows printed as a table and a JSON summary."""
import json
import os
import socket
import ssl
import subprocess
import tempfile
import threading
from typing import Dict, List, NamedTuple, Optional, Tuple


class Row(NamedTuple):
    server: str
    client: str
    ok: bool
    detail: str


def run(cmd: List[str]) -> None:
    subprocess.check_call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_ca(d: str) -> Tuple[str, str]:
    key, cert = os.path.join(d, "ca.key"), os.path.join(d, "ca.crt")
    run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-days", "30", "-subj", "/CN=Matrix CA", "-keyout", key, "-out", cert])
    return cert, key


def make_leaf(d: str, name: str, ca: Optional[Tuple[str, str]], san: str, days: int = 30) -> Tuple[str, str]:
    key, csr, cert = (os.path.join(d, name + ext) for ext in (".key", ".csr", ".crt"))
    ext = os.path.join(d, name + ".ext")
    with open(ext, "w") as f:
        f.write("subjectAltName=%s\n" % san)
    run(["openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-subj", "/CN=" + name, "-keyout", key, "-out", csr])
    if ca is None:
        run(["openssl", "x509", "-req", "-in", csr, "-signkey", key, "-days", str(days),
             "-extfile", ext, "-out", cert])
    else:
        run(["openssl", "x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-CAcreateserial",
             "-days", str(days), "-extfile", ext, "-out", cert])
    return cert, key


def serve(pair: Tuple[str, str], rounds: int) -> int:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(*pair)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(rounds)
    listener.settimeout(10)

    def loop() -> None:
        for _ in range(rounds):
            conn, _ = listener.accept()
            try:
                with ctx.wrap_socket(conn, server_side=True) as s:
                    s.sendall(b"hi")
            except (ssl.SSLError, OSError):
                pass
        listener.close()
    threading.Thread(target=loop, daemon=True).start()
    return listener.getsockname()[1]


def probe(port: int, ctx: ssl.SSLContext, hostname: str, match: bool) -> Tuple[bool, str]:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname=hostname) as s:
                if match:
                    try:
                        ssl.match_hostname(s.getpeercert(), hostname)
                    except ssl.CertificateError as e:
                        return False, "hostname: " + str(e)
                return True, "read %r" % s.recv(2)
    except ssl.SSLError as e:
        return False, e.reason or "?"


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        ca = make_ca(d)
        servers: Dict[str, Tuple[str, str]] = {
            "good": make_leaf(d, "good", ca, "DNS:localhost"),
            "self-signed": make_leaf(d, "lonely", None, "DNS:localhost"),
            "other-name": make_leaf(d, "other", ca, "DNS:elsewhere.test"),
        }
        strict = ssl.create_default_context(cafile=ca[0])
        strict.check_hostname = False  # match_hostname() below instead
        lax = ssl.create_default_context(cafile=ca[0])
        lax.check_hostname = False
        none = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        none.check_hostname = False
        none.verify_mode = ssl.CERT_NONE
        clients = {"strict": strict, "no-hostname": lax, "no-verify": none}
        rows: List[Row] = []
        for sname, pair in servers.items():
            port = serve(pair, len(clients))
            for cname, ctx in clients.items():
                ok, detail = probe(port, ctx, "localhost", cname == "strict")
                rows.append(Row(sname, cname, ok, detail))
        width = max(len(r.server) for r in rows)
        for r in rows:
            print("%-*s  %-11s  %-5s  %s" % (width, r.server, r.client, r.ok, r.detail))
        summary = {c: sum(r.ok for r in rows if r.client == c) for c in clients}
        print(json.dumps(summary, sort_keys=True))
        print(Row._fields, Row.__annotations__["ok"].__name__)


if __name__ == "__main__":
    main()
