"""A TLS terminator written with ssl.SSLObject and MemoryBIO over
non-blocking sockets and selectors: TLS clients on the front, a plaintext
line service behind; the terminator feeds ciphertext between sockets and
BIOs itself, reports each session's version, ALPN choice and peer name,
and handles close_notify from both sides."""
import os
import selectors
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "3", "-subj", "/CN=edge.test",
                           "-addext", "subjectAltName=DNS:edge.test", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def backend(listener, n):
    for _ in range(n):
        conn, _ = listener.accept()
        with conn:
            f = conn.makefile("rwb")
            for line in f:
                f.write(b"upper:" + line.upper())
                f.flush()
            f.close()


class Session:
    def __init__(self, sock, ctx, upstream_addr):
        self.sock = sock
        self.incoming, self.outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.tls = ctx.wrap_bio(self.incoming, self.outgoing, server_side=True)
        self.up = socket.create_connection(upstream_addr, timeout=10)
        self.up.setblocking(False)
        self.handshaken = False
        self.done = False
        self.bytes_in = self.bytes_out = 0
        self.info = None

    def flush_tls(self):
        data = self.outgoing.read()
        if data:
            self.sock.setblocking(True)
            self.sock.sendall(data)
            self.sock.setblocking(False)

    def on_client(self):
        try:
            data = self.sock.recv(65536)
        except BlockingIOError:
            return
        if not data:
            self.incoming.write_eof()
        else:
            self.incoming.write(data)
        if not self.handshaken:
            try:
                self.tls.do_handshake()
                self.handshaken = True
                self.info = (self.tls.version(), self.tls.selected_alpn_protocol(), self.tls.server_hostname,
                             self.tls.server_side, self.tls.cipher()[2])
            except ssl.SSLWantReadError:
                self.flush_tls()
                return
            self.flush_tls()
        while True:
            try:
                plain = self.tls.read(65536)
            except ssl.SSLWantReadError:
                break
            except ssl.SSLZeroReturnError:
                self.answer_close()
                return
            except ssl.SSLEOFError:
                self.done = True
                return
            if not plain:
                # read() returns b'' after the client's close_notify
                self.answer_close()
                return
            self.bytes_in += len(plain)
            self.up.setblocking(True)
            self.up.sendall(plain)
            self.up.setblocking(False)
        self.flush_tls()

    def answer_close(self):
        """Answer the client's close_notify with ours, then end."""
        try:
            self.tls.unwrap()
        except ssl.SSLError:
            pass
        self.flush_tls()
        self.done = True

    def on_upstream(self):
        try:
            data = self.up.recv(65536)
        except BlockingIOError:
            return
        if data:
            self.bytes_out += len(data)
            self.tls.write(data)
            self.flush_tls()

    def close(self):
        self.up.close()
        self.sock.close()


def terminator(listener, ctx, upstream_addr, n, report):
    sel = selectors.DefaultSelector()
    sel.register(listener, selectors.EVENT_READ, "accept")
    sessions, finished = [], 0
    while finished < n:
        for key, _ in sel.select(5):
            if key.data == "accept":
                sock, _ = listener.accept()
                sock.setblocking(False)
                s = Session(sock, ctx, upstream_addr)
                sessions.append(s)
                sel.register(sock, selectors.EVENT_READ, ("client", s))
                sel.register(s.up, selectors.EVENT_READ, ("upstream", s))
                continue
            kind, s = key.data
            if kind == "client":
                s.on_client()
            else:
                s.on_upstream()
            if s.done:
                sel.unregister(s.sock)
                sel.unregister(s.up)
                s.close()
                finished += 1
                report.append((s.info, s.bytes_in, s.bytes_out))
    sel.close()


def client(port, crt, alpn, lines, results, name):
    ctx = ssl.create_default_context(cafile=crt)
    if alpn:
        ctx.set_alpn_protocols(alpn)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        s = ctx.wrap_socket(raw, server_hostname="edge.test")
        f = s.makefile("rwb")
        got = []
        for line in lines:
            f.write(line + b"\n")
            f.flush()
            got.append(f.readline().strip())
        f.close()
        chosen = s.selected_alpn_protocol()
        plain = s.unwrap()
        results[name] = (got, chosen, "%s alpn after: %s" % (type(plain).__name__, s.selected_alpn_protocol()))
        plain.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        ctx.set_alpn_protocols(["h2", "line/1"])
        back = socket.socket()
        back.bind(("127.0.0.1", 0))
        back.listen(4)
        front = socket.socket()
        front.bind(("127.0.0.1", 0))
        front.listen(4)
        front.setblocking(False)
        jobs = [("plain", None, [b"hello", b"world"]), ("alpn", ["line/1"], [b"x" * 3000]),
                ("h2", ["h2", "line/1"], [b"a", b"b", b"c"])]
        report = []
        bt = threading.Thread(target=backend, args=(back, len(jobs)))
        tt = threading.Thread(target=terminator, args=(front, ctx, back.getsockname(), len(jobs), report))
        bt.start()
        tt.start()
        results = {}
        for name, alpn, lines in jobs:
            try:
                client(front.getsockname()[1], crt, alpn, lines, results, name)
            except (OSError, ssl.SSLError) as exc:
                results[name] = ([], None, "failed: %s" % type(exc).__name__)
        tt.join(20)
        bt.join(20)
        for name, _, _ in jobs:
            got, alpn, plain = results[name]
            print("%-6s alpn=%s unwrap->%s got=%s" % (name, alpn, plain, [g[:20] for g in got]))
        for info, n_in, n_out in report:
            print("session", info, "in=%d out=%d" % (n_in, n_out))
        front.close()
        back.close()


main()
