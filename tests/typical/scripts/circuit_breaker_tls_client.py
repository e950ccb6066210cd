"""A client-side circuit breaker around TLS calls: a flaky server first
presents the wrong certificate, then refuses, then recovers; the breaker
opens after repeated failures and half-opens after a cool-down counted in
calls rather than seconds."""
import enum
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class State(enum.Enum):
    CLOSED = 1
    OPEN = 2
    HALF_OPEN = 3


class CircuitOpen(Exception):
    def __init__(self, remaining):
        super().__init__("circuit open, %d call(s) to wait" % remaining)
        self.remaining = remaining


class Breaker:
    def __init__(self, threshold=2, cooldown=2):
        self.threshold, self.cooldown = threshold, cooldown
        self.state, self.failures, self.skipped = State.CLOSED, 0, 0
        self.history = []

    def __repr__(self):
        return "<Breaker %s failures=%d>" % (self.state.name, self.failures)

    def call(self, fn, *args):
        if self.state is State.OPEN:
            self.skipped += 1
            if self.skipped < self.cooldown:
                raise CircuitOpen(self.cooldown - self.skipped)
            self.state = State.HALF_OPEN
        try:
            result = fn(*args)
        except (ssl.SSLError, ConnectionError, socket.timeout) as e:
            self.failures += 1
            if self.state is State.HALF_OPEN or self.failures >= self.threshold:
                self.state, self.skipped = State.OPEN, 0
            self.history.append(self.state.name)
            raise
        self.state, self.failures = State.CLOSED, 0
        self.history.append(self.state.name)
        return result


def make_cert(d, name):
    key, cert = os.path.join(d, name + ".key"), os.path.join(d, name + ".pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "9", "-subj", "/CN=" + name, "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def flaky_server(listener, good, bad, plan):
    for step in plan:
        conn, _ = listener.accept()
        if step == "reset":
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            conn.close()
            continue
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(*(good if step == "good" else bad))
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"pong")
        except (ssl.SSLError, OSError):
            pass


def ping(port, ctx):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            return s.recv(4).decode()


def main():
    with tempfile.TemporaryDirectory() as d:
        good, bad = make_cert(d, "good"), make_cert(d, "impostor")
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.settimeout(10)
        plan = ["bad", "reset", "bad", "good", "good"]
        t = threading.Thread(target=flaky_server, args=(listener, good, bad, plan))
        t.start()
        ctx = ssl.create_default_context(cafile=good[0])
        breaker = Breaker()
        for i in range(7):
            try:
                print(i, "ok:", breaker.call(ping, listener.getsockname()[1], ctx), breaker)
            except CircuitOpen as e:
                print(i, "skipped:", e, "| remaining =", e.remaining)
            except ssl.SSLError as e:
                print(i, "tls error:", e.reason, breaker)
            except ConnectionError as e:
                print(i, "connection error:", type(e).__name__, breaker)
        t.join(10)
        listener.close()
        print("history:", " -> ".join(breaker.history))


if __name__ == "__main__":
    main()
