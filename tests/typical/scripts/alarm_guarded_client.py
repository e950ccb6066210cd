"""Guard slow network operations with signal.alarm: a handler raising a
custom exception, a context manager that arms and disarms the alarm,
setitimer for sub-second timeouts, a TLS server that stalls, and
restoring the previous handler."""
import contextlib
import os
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time


class Deadline(Exception):
    def __init__(self, what, seconds):
        super().__init__("%s took longer than %.1fs" % (what, seconds))
        self.what = what
        self.seconds = seconds


@contextlib.contextmanager
def deadline(what, seconds):
    def on_alarm(signum, frame):
        raise Deadline(what, seconds)
    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def stalling_server(lsock, ctx, stop):
    held = []
    while not stop.is_set():
        try:
            conn, _ = lsock.accept()
        except OSError:
            break
        mode = conn.recv(1, socket.MSG_PEEK)
        if mode == b"":
            held.append(conn)
            continue
        held.append(conn)
    for c in held:
        c.close()


def main():
    print("default handler is SIG_DFL:", signal.getsignal(signal.SIGALRM) == signal.SIG_DFL)
    print(signal.SIGALRM.name if hasattr(signal.SIGALRM, "name") else signal.SIGALRM, int(signal.SIGALRM))
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        lsock.settimeout(0.2)
        stop = threading.Event()
        held = []

        def accept_and_hold():
            while not stop.is_set():
                try:
                    conn, _ = lsock.accept()
                    held.append(conn)
                except socket.timeout:
                    continue
                except OSError:
                    break

        t = threading.Thread(target=accept_and_hold)
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        try:
            with deadline("TLS handshake", 0.3):
                raw = socket.create_connection(lsock.getsockname())
                with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                    print("unexpected:", s.version())
        except Deadline as exc:
            print("Deadline:", exc, "| what =", exc.what)
            raw.close()
        start = time.monotonic()
        try:
            with deadline("sleep", 0.2):
                time.sleep(3)
        except Deadline as exc:
            print("Deadline:", exc, "early:", time.monotonic() - start < 2)
        with deadline("quick work", 2):
            total = sum(range(1000))
        print("quick work done:", total)
        print("handler restored:", signal.getsignal(signal.SIGALRM) == signal.SIG_DFL)
        got = []
        signal.signal(signal.SIGALRM, lambda n, f: got.append(n))
        signal.alarm(1)
        remaining = signal.alarm(0)
        print("alarm cancelled, remaining:", remaining, "fired:", got)
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        time.sleep(0.3)
        print("handler ran:", got == [signal.SIGALRM], signal.getitimer(signal.ITIMER_REAL))
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        stop.set()
        t.join(5)
        for c in held:
            c.close()
        lsock.close()
        print("held connections:", len(held))
    try:
        signal.signal(signal.SIGKILL, signal.SIG_IGN)
    except OSError as exc:
        print("OSError:", exc)
    try:
        signal.signal(999, signal.SIG_IGN)
    except ValueError as exc:
        print("ValueError:", exc)


if __name__ == "__main__":
    main()
