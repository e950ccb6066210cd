"""Non-blocking TLS server driven by selectors: explicit handshake states per connection."""
import enum
import os
import selectors
import socket
import ssl
import subprocess
import tempfile
import threading


class State(enum.Enum):
    HANDSHAKE = 1
    READING = 2
    CLOSED = 3


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Conn:
    def __init__(self, tls, name):
        self.tls, self.name = tls, name
        self.state = State.HANDSHAKE
        self.history = [State.HANDSHAKE.name]
        self.want = {"read": 0, "write": 0}
        self.received = b""

    def step(self):
        if self.state is State.HANDSHAKE:
            try:
                self.tls.do_handshake()
            except ssl.SSLWantReadError:
                self.want["read"] += 1
                return
            except ssl.SSLWantWriteError:
                self.want["write"] += 1
                return
            self.move(State.READING)
        if self.state is State.READING:
            try:
                while True:
                    data = self.tls.recv(4096)
                    if not data:
                        self.move(State.CLOSED)
                        return
                    self.received += data
                    if self.received == b"QUIT\n":
                        self.tls.sendall(b"bye\n")
                        self.move(State.CLOSED)
                        return
                    if self.received.endswith(b"\n"):
                        self.tls.sendall(b"%d bytes, %d lines\n" % (len(self.received), self.received.count(b"\n")))
                        self.received = b""
            except ssl.SSLWantReadError:
                pass

    def move(self, state):
        self.state = state
        self.history.append(state.name)


def serve(lsock, sctx, expected, report):
    sel = selectors.DefaultSelector()
    lsock.setblocking(False)
    sel.register(lsock, selectors.EVENT_READ, None)
    done = []
    rounds = 0
    while len(done) < expected and rounds < 2000:
        rounds += 1
        for key, _ in sel.select(timeout=0.5):
            if key.data is None:
                raw, _ = lsock.accept()
                raw.setblocking(False)
                tls = sctx.wrap_socket(raw, server_side=True, do_handshake_on_connect=False)
                conn = Conn(tls, "c%d" % (len(done) + len(sel.get_map())))
                sel.register(tls, selectors.EVENT_READ, conn)
                continue
            conn = key.data
            conn.step()
            if conn.state is State.CLOSED:
                sel.unregister(conn.tls)
                conn.tls.close()
                done.append(conn)
    sel.close()
    report.extend(done)


def client(port, cctx, lines):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with cctx.wrap_socket(raw, server_hostname="localhost") as tls:
            replies = []
            for chunk in lines:
                tls.sendall(chunk)
                replies.append(tls.recv(100).decode().strip())
            tls.sendall(b"QUIT\n")
            replies.append(tls.recv(100).decode().strip())
            return replies


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        report = []
        t = threading.Thread(target=serve, args=(lsock, sctx, 3, report))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        port = lsock.getsockname()[1]
        print(client(port, cctx, [b"one line\n", b"two\nlines\n"]))
        print(client(port, cctx, [b"x" * 10000 + b"\n"]))
        print(client(port, cctx, []))
        t.join(15)
        lsock.close()
        for conn in report:
            print(conn.name, "->".join(conn.history), "wants counted:", sorted(conn.want),
                  "leftover:", conn.received)
        if hasattr(selectors, "EpollSelector"):
            with selectors.EpollSelector() as ep, tempfile.TemporaryFile() as regular:
                try:
                    ep.register(regular, selectors.EVENT_READ)
                except OSError as exc:
                    print("epoll refuses a regular file:", exc.errno, exc.strerror)
                print("left registered:", regular in ep.get_map(), len(ep.get_map()))
        print("selector:", type(selectors.DefaultSelector()).__name__ in
              ("EpollSelector", "PollSelector", "KqueueSelector", "SelectSelector", "DevpollSelector"))


if __name__ == "__main__":
    main()
