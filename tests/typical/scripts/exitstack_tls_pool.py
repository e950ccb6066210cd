"""Manage several TLS connections with contextlib.ExitStack: enter a
variable number of sockets, push callbacks and exit functions, pop_all
to hand resources over, suppress, closing(), redirect_stdout, and a
@contextmanager that reports how it was left."""
import contextlib
import io
import os
import socket
import ssl
import subprocess
import tempfile
import threading

events = []


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve_one(ctx, conn, i):
    try:
        with ctx.wrap_socket(conn, server_side=True) as s:
            while True:
                data = s.recv(100)
                if not data or data == b"bye":
                    break
                s.sendall(b"[%d] %s" % (i, data))
    except (ssl.SSLError, OSError):
        pass


def server(ctx, lsock, n):
    workers = []
    for i in range(n):
        conn, _ = lsock.accept()
        w = threading.Thread(target=serve_one, args=(ctx, conn, i))
        w.start()
        workers.append(w)
    for w in workers:
        w.join(10)


@contextlib.contextmanager
def tracked(name):
    events.append("enter " + name)
    try:
        yield name.upper()
    except KeyError as exc:
        events.append("%s saw KeyError %s" % (name, exc))
        raise
    else:
        events.append("exit " + name + " ok")
    finally:
        events.append("finally " + name)


class Pool:
    def __init__(self, addr, ctx, size):
        self.addr, self.ctx, self.size = addr, ctx, size
        self.conns = []

    def __enter__(self):
        with contextlib.ExitStack() as stack:
            for i in range(self.size):
                raw = socket.create_connection(self.addr, timeout=10)
                s = stack.enter_context(self.ctx.wrap_socket(raw, server_hostname="localhost"))
                stack.callback(events.append, "closing conn %d" % i)
                stack.callback(s.sendall, b"bye")
                self.conns.append(s)
            self._stack = stack.pop_all()
        return self

    def __exit__(self, *exc):
        events.append("pool exit with %s" % (exc[0].__name__ if exc[0] else None))
        return self._stack.__exit__(*exc)


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        t = threading.Thread(target=server, args=(sctx, lsock, 3))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        with Pool(lsock.getsockname(), cctx, 3) as pool:
            for i, s in enumerate(pool.conns):
                s.sendall(b"msg%d" % i)
                print("reply:", s.recv(100))
            print("open:", [s.fileno() >= 0 for s in pool.conns])
        print("closed:", [s.fileno() for s in pool.conns])
        t.join(10)
        lsock.close()
    with contextlib.ExitStack() as stack:
        names = [stack.enter_context(tracked(n)) for n in ("a", "b")]
        stack.push(lambda et, ev, tb: events.append("push saw %s" % (et and et.__name__)))
        print("entered:", names)
    try:
        with tracked("outer"), tracked("inner"):
            {}["missing"]
    except KeyError:
        events.append("caught KeyError")
    with contextlib.suppress(FileNotFoundError, IsADirectoryError):
        open("/definitely/not/here.pem")
    events.append("suppressed")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("captured line")
        help_text = "ok"
    events.append("redirected %r" % buf.getvalue())

    class Resource:
        def close(self):
            events.append("Resource.close")

    with contextlib.closing(Resource()) as r:
        events.append("using %s" % type(r).__name__)

    def swallow(et, ev, tb):
        events.append("swallow %s" % et.__name__)
        return True

    with contextlib.ExitStack() as stack:
        stack.push(swallow)
        raise RuntimeError("ignored")
    for e in events:
        print(" *", e)


if __name__ == "__main__":
    main()
