"""Periodic TLS health checks planned with the sched module.

An operator's script: a scheduler runs checks against a small TLS
service every few (virtual) seconds, backs off when a check fails and
cancels the remaining checks of a service that is retired. The clock is
virtual so that the plan prints the same on every run; the checks are
real TLS connections to a server thread.
"""
import os
import sched
import socket
import ssl
import subprocess
import tempfile
import threading


class VirtualClock:
    def __init__(self):
        self.now = 0.0

    def time(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


def make_cert(d):
    crt, key = os.path.join(d, "svc.crt"), os.path.join(d, "svc.key")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "5",
                           "-subj", "/CN=health.local", "-addext", "subjectAltName=DNS:health.local",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(lsock, ctx, answers):
    """Answer one request per connection from the list of answers."""
    for answer in answers:
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as tls:
                tls.recv(64)
                tls.sendall(answer)
        except (ssl.SSLError, OSError) as exc:
            print("server error:", type(exc).__name__)


def check(port, ctx):
    with socket.create_connection(("127.0.0.1", port), timeout=20) as raw:
        with ctx.wrap_socket(raw, server_hostname="health.local") as tls:
            tls.sendall(b"HEALTH\n")
            reply = tls.recv(64).decode().strip()
    return reply


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        answers = [b"OK\n", b"DEGRADED disk\n", b"OK\n", b"FAIL db\n", b"OK\n"]
        server = threading.Thread(target=serve, args=(lsock, sctx, answers))
        server.start()

        clock = VirtualClock()
        s = sched.scheduler(clock.time, clock.sleep)
        log = []
        pending = {}

        def run_check(name, interval, left):
            reply = check(lsock.getsockname()[1], cctx)
            status = reply.split()[0]
            log.append("t=%5.1f %-6s %-8s %s" % (clock.time(), name, status, reply))
            if left > 1:
                delay = interval if status == "OK" else interval / 2
                pending[name] = s.enter(delay, 1, run_check, (name, interval, left - 1))

        def retire(name):
            ev = pending.pop(name, None)
            if ev is not None:
                s.cancel(ev)
            log.append("t=%5.1f %-6s retired (check cancelled: %s)" % (clock.time(), name, ev is not None))

        pending["api"] = s.enter(0, 1, run_check, ("api", 10, 4))
        pending["legacy"] = s.enter(5, 2, run_check, ("legacy", 30, 3))
        s.enter(7, 0, retire, ("legacy",))
        print("queued:", [(e.time, e.priority, e.action.__name__, e.argument[0]) for e in s.queue])
        s.run()
        print("\n".join(log))
        print("empty afterwards:", s.empty(), "| virtual time:", clock.time())
        server.join(30)
        lsock.close()
        try:
            s.cancel(pending.get("api"))
        except ValueError as exc:
            print("cancelling a finished event:", type(exc).__name__, exc)


if __name__ == "__main__":
    main()
