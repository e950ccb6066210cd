"""A single-threaded TLS server on selectors with non-blocking sockets:
handshakes driven by do_handshake() and SSLWantReadError /
SSLWantWriteError, pending() drained after each read, and blocking
clients in threads sending numbered messages."""
import os
import selectors
import socket
import ssl
import subprocess
import tempfile
import threading

sel = selectors.DefaultSelector()


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Conn:
    def __init__(self, sock, ident):
        self.sock = sock
        self.ident = ident
        self.handshaken = False
        self.buf = b""
        self.want = {"read": 0, "write": 0}
        self.messages = []

    def step(self):
        if not self.handshaken:
            try:
                self.sock.do_handshake()
            except ssl.SSLWantReadError:
                self.want["read"] += 1
                return True
            except ssl.SSLWantWriteError:
                self.want["write"] += 1
                sel.modify(self.sock, selectors.EVENT_WRITE, self)
                return True
            self.handshaken = True
            sel.modify(self.sock, selectors.EVENT_READ, self)
        while True:
            try:
                data = self.sock.recv(4096)
            except ssl.SSLWantReadError:
                return True
            if not data:
                return False
            self.buf += data
            while b"\n" in self.buf:
                line, self.buf = self.buf.split(b"\n", 1)
                self.messages.append(line.decode())
                self.sock.sendall(b"ack " + line + b"\n")
            if not self.sock.pending():
                return True


def client(port, cafile, ident, count, results):
    ctx = ssl.create_default_context(cafile=cafile)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            f = s.makefile("rb")
            acks = []
            for i in range(count):
                s.sendall(("client%d message %d\n" % (ident, i)).encode())
                acks.append(f.readline().decode().strip())
            s.sendall(b"bye\n")
            f.readline()
            f.close()
            results[ident] = acks


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.setblocking(False)
        sel.register(listener, selectors.EVENT_READ, None)
        port = listener.getsockname()[1]
        results = {}
        clients = [threading.Thread(target=client, args=(port, crt, i, 3 + i, results)) for i in range(3)]
        for c in clients:
            c.start()
        finished = []
        accepted = 0
        while len(finished) < len(clients):
            for key_, events in sel.select(timeout=5):
                if key_.data is None:
                    raw, _ = listener.accept()
                    raw.setblocking(False)
                    tls = ctx.wrap_socket(raw, server_side=True, do_handshake_on_connect=False)
                    conn = Conn(tls, accepted)
                    accepted += 1
                    sel.register(tls, selectors.EVENT_READ, conn)
                    continue
                conn = key_.data
                alive = conn.step()
                if not alive or (conn.messages and conn.messages[-1] == "bye"):
                    sel.unregister(conn.sock)
                    conn.sock.close()
                    finished.append(conn)
        for c in clients:
            c.join(10)
        sel.unregister(listener)
        listener.close()
        print("accepted:", accepted)
        by_client = sorted(finished, key=lambda c: c.messages[0])
        for conn in by_client:
            print("%-10s messages=%d last=%r handshake steps counted: %s" % (
                conn.messages[0].split()[0], len(conn.messages), conn.messages[-2],
                isinstance(conn.want["read"] + conn.want["write"], int)))
        for ident in sorted(results):
            print("client%d acks: %s" % (ident, ", ".join(a.split()[-1] for a in results[ident])))


main()
