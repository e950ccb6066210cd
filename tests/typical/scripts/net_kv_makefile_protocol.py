"""A line-based key/value store over TLS with sendall and
makefile('rb') readline on both ends: a threaded server with a
lock-protected dict, length-prefixed binary values, and a client class
used as a context manager that raises its own exceptions."""
import contextlib
import json
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class KVError(Exception):
    """Raised when the server answers ERR."""

    def __init__(self, code, message):
        super().__init__("%s: %s" % (code, message))
        self.code = code


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=kv.local", "-addext", "subjectAltName=DNS:kv.local",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Store:
    def __init__(self):
        self.data = {}
        self.lock = threading.Lock()
        self.ops = 0

    def handle(self, conn):
        rfile = conn.makefile("rb")
        try:
            for raw in rfile:
                parts = raw.rstrip(b"\r\n").split(b" ")
                cmd = parts[0].decode().upper()
                with self.lock:
                    self.ops += 1
                if cmd == "PUT" and len(parts) == 3:
                    value = rfile.read(int(parts[2]))
                    with self.lock:
                        self.data[parts[1].decode()] = value
                    conn.sendall(b"OK\n")
                elif cmd == "GET" and len(parts) == 2:
                    with self.lock:
                        value = self.data.get(parts[1].decode())
                    if value is None:
                        conn.sendall(b"ERR 404 no such key\n")
                    else:
                        conn.sendall(b"VALUE %d\n%s" % (len(value), value))
                elif cmd == "KEYS":
                    with self.lock:
                        keys = sorted(self.data)
                    conn.sendall(json.dumps(keys).encode() + b"\n")
                elif cmd == "BYE":
                    conn.sendall(b"OK\n")
                    break
                else:
                    conn.sendall(b"ERR 400 bad command " + parts[0] + b"\n")
        finally:
            rfile.close()
            conn.close()


class Client(contextlib.AbstractContextManager):
    def __init__(self, port, ctx):
        raw = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock = ctx.wrap_socket(raw, server_hostname="kv.local")
        self.rfile = self.sock.makefile("rb")

    def _reply(self):
        line = self.rfile.readline().rstrip(b"\n").decode()
        if line.startswith("ERR "):
            _, code, message = line.split(" ", 2)
            raise KVError(int(code), message)
        return line

    def put(self, key, value):
        self.sock.sendall(b"PUT %s %d\n" % (key.encode(), len(value)) + value)
        return self._reply()

    def get(self, key):
        self.sock.sendall(b"GET " + key.encode() + b"\n")
        header = self._reply()
        return self.rfile.read(int(header.split()[1]))

    def keys(self):
        self.sock.sendall(b"KEYS\n")
        return json.loads(self._reply())

    def raw(self, line):
        self.sock.sendall(line + b"\n")
        return self._reply()

    def __exit__(self, *exc):
        try:
            self.sock.sendall(b"BYE\n")
            self._reply()
        finally:
            self.rfile.close()
            self.sock.close()
        return False


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        store = Store()

        def accept_loop(n):
            threads = []
            for _ in range(n):
                raw, _ = listener.accept()
                t = threading.Thread(target=store.handle, args=(sctx.wrap_socket(raw, server_side=True),))
                t.start()
                threads.append(t)
            for t in threads:
                t.join(10)
        acceptor = threading.Thread(target=accept_loop, args=(3,))
        acceptor.start()
        cctx = ssl.create_default_context(cafile=crt)
        port = listener.getsockname()[1]
        with Client(port, cctx) as c:
            print(c.put("greeting", b"hello\nworld"))
            print(c.put("binary", bytes(range(256))))
            print(c.put("empty", b""))
            print(repr(c.get("greeting")))
            data = c.get("binary")
            print(len(data), data[:4], data[-4:])
            print(repr(c.get("empty")))
            try:
                c.get("missing")
            except KVError as e:
                print("KVError:", e, "| code", e.code)
        results = {}

        def worker(n):
            with Client(port, cctx) as c:
                for i in range(5):
                    c.put("w%d-%d" % (n, i), str(i * n).encode())
                results[n] = c.keys()
        workers = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(10)
        acceptor.join(10)
        listener.close()
        print("keys seen by last worker include all of its own:",
              all(("w2-%d" % i) in results[2] for i in range(5)))
        print("final keys:", sorted(store.data))
        print("ops:", store.ops)
        try:
            with Client(port, cctx) as c:
                pass
        except ConnectionRefusedError as e:
            print("server gone:", type(e).__name__, e.errno)


main()
