"""A TLS client loop that survives SIGALRM interruptions (setitimer heartbeats) and stops on a flag."""
import os
import select
import selectors
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days",
         "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Heartbeat:
    def __init__(self):
        self.beats = 0
        self.previous = None

    def __call__(self, signum, frame):
        self.beats += 1

    def __enter__(self):
        self.previous = signal.signal(signal.SIGALRM, self)
        signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
        return self

    def __exit__(self, *exc):
        signal.setitimer(signal.ITIMER_REAL, 0)
        time.sleep(0.05)  # a tick already under way still finds our handler
        signal.signal(signal.SIGALRM, self.previous)
        return False


class Deadline(Exception):
    pass


def slow_server(lsock, ctx, gate):
    conn, _ = lsock.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        for i in range(5):
            gate.wait(5)
            gate.clear()
            tls.sendall(b"tick %d\n" % i)
        tls.recv(1)


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        lsock.settimeout(10)
        gate = threading.Event()
        t = threading.Thread(target=slow_server, args=(lsock, sctx, gate))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        print("default handler:", signal.getsignal(signal.SIGALRM) is signal.SIG_DFL)
        with Heartbeat() as hb:
            with cctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=10),
                                  server_hostname="localhost") as tls:
                f = tls.makefile("rb")
                for i in range(5):
                    before = hb.beats
                    start = time.monotonic()
                    while hb.beats < before + 3 and time.monotonic() - start < 30:
                        time.sleep(0.005)
                    gate.set()
                    line = f.readline()
                    print("got %r, heartbeats kept coming: %s" % (line, hb.beats >= before + 3))
                tls.sendall(b".")
                f.close()
            print("handler restored:", signal.getsignal(signal.SIGALRM) is hb)
        print("after exit:", signal.getsignal(signal.SIGALRM) is signal.SIG_DFL, signal.getitimer(signal.ITIMER_REAL))
        t.join(10)
        lsock.close()

        def on_alarm(signum, frame):
            raise Deadline("alarm %s fired" % signal.Signals(signum).name)

        signal.signal(signal.SIGALRM, on_alarm)
        a, b = socket.socketpair()
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        try:
            a.recv(10)
        except Deadline as exc:
            print("blocking recv interrupted:", exc)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        for name in ("SelectSelector", "PollSelector", "EpollSelector"):
            sel = getattr(selectors, name)()
            sel.register(a, selectors.EVENT_READ, name)
            signal.setitimer(signal.ITIMER_REAL, 0.1)
            try:
                sel.select(timeout=5)
            except Deadline as exc:
                print("%s.select interrupted: %s" % (name, exc))
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                sel.close()
        signal.setitimer(signal.ITIMER_REAL, 0.1)
        try:
            select.select([a], [], [], 5)
        except Deadline as exc:
            print("select.select interrupted:", type(exc).__name__, isinstance(exc, OSError))
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            a.close()
            b.close()
        print("SIGALRM is", int(signal.SIGALRM), signal.Signals.SIGALRM, "ITIMER_REAL", signal.ITIMER_REAL)


if __name__ == "__main__":
    main()
