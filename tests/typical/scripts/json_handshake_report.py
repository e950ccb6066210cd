"""Write a JSON report of TLS handshakes: a JSONEncoder subclass for
datetime, bytes, sets and custom objects, object_hook decoding back to
classes, indent/separators/sort_keys/ensure_ascii variants, and the
errors json raises."""
import datetime
import decimal
import enum
import json
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class Grade(enum.Enum):
    A = "A"
    B = "B"


class Handshake:
    def __init__(self, host, version, cipher, bits, when, fingerprint, alpn):
        self.host, self.version, self.cipher, self.bits = host, version, cipher, bits
        self.when, self.fingerprint, self.alpn = when, fingerprint, alpn

    @property
    def grade(self):
        return Grade.A if self.version == "TLSv1.3" else Grade.B


class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            return {"__datetime__": o.isoformat()}
        if isinstance(o, bytes):
            return {"__bytes__": o.hex()}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, enum.Enum):
            return o.value
        if isinstance(o, decimal.Decimal):
            return str(o)
        if isinstance(o, Handshake):
            d = dict(vars(o))
            d["grade"] = o.grade
            return d
        return super().default(o)


def revive(d):
    if "__datetime__" in d:
        return datetime.datetime.strptime(d["__datetime__"], "%Y-%m-%dT%H:%M:%S")
    if "__bytes__" in d:
        return bytes.fromhex(d["__bytes__"])
    return d


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(ctx, lsock, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"!")
        except (ssl.SSLError, OSError):
            pass


def main():
    when = datetime.datetime(2020, 5, 17, 8, 30, 0)
    shakes = []
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        sctx.set_alpn_protocols(["h2", "http/1.1"])
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(2)
        t = threading.Thread(target=serve, args=(sctx, lsock, 2))
        t.start()
        for no13, alpn in [(False, ["h2"]), (True, ["http/1.1", "spdy/3"])]:
            ctx = ssl.create_default_context(cafile=crt)
            if no13:
                ctx.options |= ssl.OP_NO_TLSv1_3
            ctx.set_alpn_protocols(alpn)
            with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
                with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                    s.recv(1)
                    name, version, bits = s.cipher()
                    shakes.append(Handshake("localhost", s.version(), name, bits, when,
                                            s.getpeercert(True)[:2], s.selected_alpn_protocol()))
        t.join(10)
        lsock.close()
    report = {"generated": when, "tags": {"tls", "audit", "local"}, "cost": decimal.Decimal("0.10"),
              "handshakes": shakes, "notes": "caf\u00e9 \u2713", "empty": None, "ratio": 0.5}
    text = json.dumps(report, cls=ReportEncoder, indent=2, sort_keys=True)
    print(text)
    back = json.loads(text, object_hook=revive)
    print(back["generated"] == when, back["handshakes"][0]["fingerprint"], back["tags"])
    print(json.dumps(report["notes"]), json.dumps(report["notes"], ensure_ascii=False))
    print(json.dumps({"b": [1, 2], "a": {"x": None}}, separators=(",", ":"), sort_keys=True))
    print(json.dumps([1.0, float("inf"), -0.0, 10 ** 20, True]))
    for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "nan", '"\\x"']:
        try:
            json.loads(bad)
        except json.JSONDecodeError as exc:
            print("%-10r -> %s (pos %d)" % (bad, exc.msg, exc.pos))
    for obj in [{1, 2}, {(1, 2): "tuple key"}, object()]:
        try:
            json.dumps(obj)
        except TypeError as exc:
            print("TypeError:", str(exc).replace(hex(id(obj)), "0x..."))
    try:
        json.dumps(float("nan"), allow_nan=False)
    except ValueError as exc:
        print("ValueError:", exc)
    print(json.loads('{"a": 1, "a": 2}'), json.loads("[1.5e3, 2]", parse_float=decimal.Decimal))
    print(json.dumps({3: "int key", 1.5: "float", True: "bool", None: "none"}, sort_keys=False))


if __name__ == "__main__":
    main()
