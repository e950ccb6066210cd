"""A single-threaded TLS server on selectors with non-blocking
handshakes, serving several clients from worker threads; each client
sends commands and the server keeps per-connection state."""
import collections
import os
import selectors
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Conn:
    def __init__(self, sock, ident):
        self.sock = sock
        self.ident = ident
        self.handshaken = False
        self.buf = b""
        self.total = 0


class Server:
    def __init__(self, ctx, expected):
        self.ctx = ctx
        self.sel = selectors.DefaultSelector()
        self.lsock = socket.socket()
        self.lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(8)
        self.lsock.setblocking(False)
        self.sel.register(self.lsock, selectors.EVENT_READ, None)
        self.expected = expected
        self.finished = 0
        self.events = collections.Counter()
        self.next_id = 0

    @property
    def port(self):
        return self.lsock.getsockname()[1]

    def accept(self):
        raw, _ = self.lsock.accept()
        raw.setblocking(False)
        s = self.ctx.wrap_socket(raw, server_side=True, do_handshake_on_connect=False)
        self.next_id += 1
        self.sel.register(s, selectors.EVENT_READ, Conn(s, self.next_id))
        self.events["accept"] += 1

    def close(self, c):
        self.sel.unregister(c.sock)
        c.sock.close()
        self.finished += 1

    def service(self, c):
        if not c.handshaken:
            try:
                c.sock.do_handshake()
                c.handshaken = True
                self.events["handshake"] += 1
            except ssl.SSLWantReadError:
                pass
            return
        try:
            data = c.sock.recv(4096)
        except ssl.SSLWantReadError:
            return
        if not data:
            self.close(c)
            return
        c.buf += data
        while b"\n" in c.buf:
            line, c.buf = c.buf.split(b"\n", 1)
            cmd, _, arg = line.decode().partition(" ")
            self.events[cmd] += 1
            if cmd == "ADD":
                c.total += int(arg)
                reply = "TOTAL %d" % c.total
            elif cmd == "WHO":
                reply = "YOU ARE %s" % ("client-%s" % arg)
            elif cmd == "BYE":
                reply = "BYE %d" % c.total
            else:
                reply = "ERR unknown %r" % cmd
            c.sock.setblocking(True)
            c.sock.sendall((reply + "\n").encode())
            c.sock.setblocking(False)
            if cmd == "BYE":
                self.close(c)
                return

    def run(self):
        while self.finished < self.expected:
            for key, _ in self.sel.select(timeout=5):
                if key.data is None:
                    self.accept()
                else:
                    self.service(key.data)
        self.sel.unregister(self.lsock)
        self.lsock.close()
        self.sel.close()


def client(port, cafile, n, results):
    ctx = ssl.create_default_context(cafile=cafile)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            f = s.makefile("rwb")
            lines = []
            for cmd in ["WHO %d" % n] + ["ADD %d" % (n * k) for k in range(1, 4)] + ["PING", "BYE"]:
                f.write((cmd + "\n").encode())
                f.flush()
                lines.append(f.readline().decode().strip())
            f.close()
    results[n] = lines


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        server = Server(ctx, 4)
        st = threading.Thread(target=server.run)
        st.start()
        results = {}
        clients = [threading.Thread(target=client, args=(server.port, crt, n, results)) for n in range(1, 5)]
        for t in clients:
            t.start()
        for t in clients:
            t.join(15)
        st.join(15)
    for n in sorted(results):
        print(n, " | ".join(results[n]))
    print(sorted(server.events.items()))
    print("finished:", server.finished)


if __name__ == "__main__":
    main()
