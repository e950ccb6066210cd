"""A minimal RPC over TLS with pickled, length-prefixed frames: the
server exposes a few functions, the client calls them with positional
and keyword arguments and gets results or the remote exception back
(re-raised locally with the remote traceback text attached)."""
import collections
import datetime
import fractions
import os
import pickle
import socket
import ssl
import struct
import subprocess
import tempfile
import threading
import traceback

Point = collections.namedtuple("Point", "x y")


class RemoteError(Exception):
    def __init__(self, kind, message, tb_lines):
        super().__init__("%s: %s" % (kind, message))
        self.kind = kind
        self.tb_lines = tb_lines


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def send_frame(sock, obj):
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    sock.sendall(struct.pack(">I", len(data)) + data)


def recv_frame(sock):
    head = b""
    while len(head) < 4:
        chunk = sock.recv(4 - len(head))
        if not chunk:
            return None
        head += chunk
    (n,) = struct.unpack(">I", head)
    body = bytearray()
    while len(body) < n:
        chunk = sock.recv(min(65536, n - len(body)))
        if not chunk:
            raise ConnectionError("truncated frame")
        body += chunk
    return pickle.loads(bytes(body))


def centroid(*points):
    return Point(fractions.Fraction(sum(p.x for p in points), len(points)),
                 fractions.Fraction(sum(p.y for p in points), len(points)))


def days_until(date, today=datetime.date(2024, 1, 1)):
    return (date - today).days


def divide(a, b):
    return a / b


FUNCTIONS = {"centroid": centroid, "days_until": days_until, "divide": divide,
             "echo": lambda *a, **k: (a, sorted(k.items()))}


def serve(lsock, ctx):
    conn, _ = lsock.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        while True:
            try:
                req = recv_frame(s)
            except ssl.SSLError:
                req = None  # the client went away without close_notify
            if req is None:
                break
            name, args, kwargs = req
            try:
                result = ("ok", FUNCTIONS[name](*args, **kwargs))
            except Exception as exc:
                tb = traceback.format_exception_only(type(exc), exc)
                result = ("error", (type(exc).__name__, str(exc), tb))
            send_frame(s, result)


class Proxy:
    def __init__(self, sock):
        self.sock = sock

    def __getattr__(self, name):
        def call(*args, **kwargs):
            send_frame(self.sock, (name, args, kwargs))
            status, value = recv_frame(self.sock)
            if status == "error":
                raise RemoteError(*value)
            return value
        return call


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=serve, args=(lsock, sctx))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        with cctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=30),
                              server_hostname="localhost") as s:
            rpc = Proxy(s)
            print(rpc.centroid(Point(0, 0), Point(1, 2), Point(2, 2)))
            print(rpc.days_until(datetime.date(2024, 3, 1)))
            print(rpc.days_until(datetime.date(2024, 3, 1), today=datetime.date(2023, 3, 1)))
            print(rpc.echo(1, "two", b"\x03", [4.5], x={"y": None}))
            big = rpc.echo(list(range(20000)))
            print("big payload:", len(big[0][0]), sum(big[0][0]))
            for call in (lambda: rpc.divide(1, 0), lambda: rpc.nosuch(), lambda: rpc.divide("a", 2)):
                try:
                    call()
                except RemoteError as exc:
                    print("remote failure:", exc.kind, "|", exc, "|", exc.tb_lines[-1].strip())
        t.join(10)
        lsock.close()


main()
