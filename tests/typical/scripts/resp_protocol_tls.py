"""A Redis-like key/value server speaking RESP over TLS: a
socketserver.ThreadingMixIn server whose get_request wraps each
connection, a parser for arrays, bulk strings, integers and errors,
and a client class with pipelining through makefile('rwb')."""
import os
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class RespError(Exception):
    pass


def encode(value):
    if value is None:
        return b"$-1\r\n"
    if isinstance(value, RespError):
        return b"-" + str(value).encode() + b"\r\n"
    if isinstance(value, int):
        return b":%d\r\n" % value
    if isinstance(value, str):
        value = value.encode()
    if isinstance(value, bytes):
        return b"$%d\r\n%s\r\n" % (len(value), value)
    if isinstance(value, (list, tuple)):
        return b"*%d\r\n" % len(value) + b"".join(encode(v) for v in value)
    raise TypeError("cannot encode %r" % type(value).__name__)


def decode(f):
    line = f.readline()
    if not line:
        raise EOFError("connection closed")
    kind, rest = line[:1], line[1:-2]
    if kind == b"+":
        return rest.decode()
    if kind == b"-":
        return RespError(rest.decode())
    if kind == b":":
        return int(rest)
    if kind == b"$":
        n = int(rest)
        if n < 0:
            return None
        data = f.read(n + 2)
        return data[:-2]
    if kind == b"*":
        return [decode(f) for _ in range(int(rest))]
    raise ValueError("bad type byte %r" % kind)


class Store:
    def __init__(self):
        self.data = {}
        self.lock = threading.Lock()

    def execute(self, cmd, *args):
        cmd = cmd.decode().upper()
        with self.lock:
            if cmd == "PING":
                return "PONG" if not args else args[0]
            if cmd == "SET":
                self.data[args[0]] = args[1]
                return "OK"
            if cmd == "GET":
                return self.data.get(args[0])
            if cmd == "INCRBY":
                try:
                    n = int(self.data.get(args[0], b"0")) + int(args[1])
                except ValueError:
                    return RespError("ERR value is not an integer or out of range")
                self.data[args[0]] = str(n).encode()
                return n
            if cmd == "DEL":
                return sum(1 for k in args if self.data.pop(k, None) is not None)
            if cmd == "KEYS":
                return sorted(self.data)
        return RespError("ERR unknown command '%s'" % cmd.lower())


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        while True:
            try:
                req = decode(self.rfile)
            except (EOFError, ssl.SSLError):
                # a client that just closes its socket (no close_notify)
                # ends the session too
                break
            reply = self.server.store.execute(*req)
            if isinstance(reply, str) and reply in ("OK", "PONG"):
                self.wfile.write(b"+" + reply.encode() + b"\r\n")
            else:
                self.wfile.write(encode(reply))
            self.wfile.flush()


class TLSServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True

    def __init__(self, addr, ctx):
        super().__init__(addr, Handler)
        self.ctx = ctx
        self.store = Store()

    def get_request(self):
        sock, addr = super().get_request()
        return self.ctx.wrap_socket(sock, server_side=True), addr


class Client:
    def __init__(self, addr, ctx):
        raw = socket.create_connection(addr, timeout=10)
        self.sock = ctx.wrap_socket(raw, server_hostname="localhost")
        self.f = self.sock.makefile("rwb")

    def pipeline(self, *commands):
        for c in commands:
            self.f.write(encode(list(c)))
        self.f.flush()
        return [decode(self.f) for _ in commands]

    def close(self):
        self.f.close()
        self.sock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = TLSServer(("127.0.0.1", 0), sctx)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        try:
            c = Client(server.server_address, cctx)
            replies = c.pipeline(("PING",), ("SET", "user:1", "ada"), ("SET", "hits", "41"),
                                 ("INCRBY", "hits", "1"), ("GET", "user:1"), ("GET", "nope"),
                                 ("INCRBY", "user:1", "5"), ("FLUSHALL",), ("KEYS",),
                                 ("SET", "blob", bytes(range(256)) * 40), ("GET", "blob"))
            for r in replies:
                if isinstance(r, bytes) and len(r) > 50:
                    r = "<%d bytes, ok=%s>" % (len(r), r == bytes(range(256)) * 40)
                print(type(r).__name__.ljust(10), r)
            workers = []
            for n in range(4):
                def work(n=n):
                    wc = Client(server.server_address, cctx)
                    wc.pipeline(*[("INCRBY", "counter", str(n + 1))] * 25)
                    wc.close()
                workers.append(threading.Thread(target=work))
            for w in workers:
                w.start()
            for w in workers:
                w.join(20)
            print("counter:", c.pipeline(("GET", "counter"), ("DEL", "counter", "hits", "zzz")))
            print("encode error:", end=" ")
            try:
                encode(3.5)
            except TypeError as exc:
                print(exc)
            c.close()
        finally:
            server.shutdown()
            t.join(10)
            server.server_close()


main()
