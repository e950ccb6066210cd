"""A TLS offloading proxy driven by selectors.

Clients speak TLS to the proxy; the proxy decrypts and forwards the bytes
in clear text to a line-based backend (a thread that upper-cases each
line), then sends the answers back through TLS. Everything in the proxy
is non-blocking: the handshake is retried on SSLWantReadError and
SSLWantWriteError, decrypted data is drained while pending() says more is
buffered, and each side's writes wait in a buffer until the socket is
writable. Three clients talk to it at the same time."""
import os
import selectors
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    crt, key = os.path.join(d, "proxy.crt"), os.path.join(d, "proxy.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def backend(ls):
    while True:
        try:
            conn, _ = ls.accept()
        except OSError:
            return
        threading.Thread(target=backend_conn, args=(conn,), daemon=True).start()


def backend_conn(conn):
    with conn, conn.makefile("rwb") as f:
        for line in f:
            f.write(line.upper())
            f.flush()


class Pair:
    """One client's TLS socket and its clear-text backend socket."""

    def __init__(self, tls, plain):
        self.tls, self.plain = tls, plain
        self.handshaken = False
        self.to_plain = b""
        self.to_tls = b""
        self.moved = 0


class Proxy:
    def __init__(self, ctx, backend_addr):
        self.ctx = ctx
        self.backend_addr = backend_addr
        self.sel = selectors.DefaultSelector()
        self.ls = socket.socket()
        self.ls.bind(("127.0.0.1", 0))
        self.ls.listen(8)
        self.ls.setblocking(False)
        self.sel.register(self.ls, selectors.EVENT_READ, None)
        self.stats = []
        self.running = True

    def accept(self):
        raw, _ = self.ls.accept()
        raw.setblocking(False)
        tls = self.ctx.wrap_socket(raw, server_side=True, do_handshake_on_connect=False)
        plain = socket.create_connection(self.backend_addr)
        plain.setblocking(False)
        pair = Pair(tls, plain)
        self.sel.register(tls, selectors.EVENT_READ, (pair, "tls"))
        self.sel.register(plain, selectors.EVENT_READ, (pair, "plain"))

    def close(self, pair):
        for s in (pair.tls, pair.plain):
            self.sel.unregister(s)
            s.close()
        self.stats.append(pair.moved)

    def update(self, pair):
        self.sel.modify(pair.tls, selectors.EVENT_READ | (selectors.EVENT_WRITE if pair.to_tls else 0),
                        (pair, "tls"))
        self.sel.modify(pair.plain, selectors.EVENT_READ | (selectors.EVENT_WRITE if pair.to_plain else 0),
                        (pair, "plain"))

    def on_tls(self, pair, events):
        if not pair.handshaken:
            try:
                pair.tls.do_handshake()
                pair.handshaken = True
            except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                return
        if events & selectors.EVENT_WRITE and pair.to_tls:
            try:
                n = pair.tls.send(pair.to_tls)
                pair.to_tls = pair.to_tls[n:]
            except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                pass
        if events & selectors.EVENT_READ:
            while True:
                try:
                    data = pair.tls.recv(4096)
                except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
                    break
                except (ssl.SSLError, OSError):
                    data = b""     # the client went away without close_notify
                if not data:
                    self.close(pair)
                    return
                pair.to_plain += data
                pair.moved += len(data)
                if not pair.tls.pending():
                    break
        self.update(pair)

    def on_plain(self, pair, events):
        if events & selectors.EVENT_WRITE and pair.to_plain:
            n = pair.plain.send(pair.to_plain)
            pair.to_plain = pair.to_plain[n:]
        if events & selectors.EVENT_READ:
            try:
                data = pair.plain.recv(4096)
            except BlockingIOError:
                data = None
            if data == b"":
                self.close(pair)
                return
            if data:
                pair.to_tls += data
        self.update(pair)

    def serve(self):
        while self.running or len(self.sel.get_map()) > 1:
            for key, events in self.sel.select(timeout=0.1):
                if key.data is None:
                    self.accept()
                    continue
                pair, side = key.data
                if key.fileobj.fileno() < 0:
                    continue
                if side == "tls":
                    self.on_tls(pair, events)
                else:
                    self.on_plain(pair, events)
        self.sel.unregister(self.ls)
        self.ls.close()
        self.sel.close()


def client(port, cafile, name, lines, results):
    ctx = ssl.create_default_context(cafile=cafile)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            f = tls.makefile("rwb")
            got = []
            for line in lines:
                f.write(("%s: %s\n" % (name, line)).encode())
                f.flush()
                got.append(f.readline().decode().rstrip("\n"))
            f.close()
            results[name] = got


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        bls = socket.socket()
        bls.bind(("127.0.0.1", 0))
        bls.listen(8)
        threading.Thread(target=backend, args=(bls,), daemon=True).start()
        proxy = Proxy(ctx, bls.getsockname())
        pt = threading.Thread(target=proxy.serve)
        pt.start()
        results = {}
        work = {"ana": ["hello", "how are you"], "ben": ["x" * 3000, "short"], "cy": ["one", "two", "three"]}
        clients = [threading.Thread(target=client, args=(proxy.ls.getsockname()[1], crt, n, l, results))
                   for n, l in sorted(work.items())]
        for c in clients:
            c.start()
        for c in clients:
            c.join()
        proxy.running = False
        pt.join()
        bls.close()
    for name in sorted(results):
        for line in results[name]:
            print("%-4s %s" % (name, line if len(line) < 60 else line[:20] + "...(%d chars)" % len(line)))
    print("connections closed:", len(proxy.stats), "bytes decrypted:", sum(proxy.stats))


main()
