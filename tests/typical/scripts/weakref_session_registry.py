"""A threaded TLS server that tracks live sessions in a
weakref.WeakValueDictionary, with finalizers that log when a session
object goes away; the report after each phase uses gc.collect()."""
import gc
import os
import queue
import socket
import ssl
import subprocess
import tempfile
import threading
import weakref

EVENTS = queue.Queue()


class Session:
    counter = 0

    def __init__(self, tls, peer_cn):
        Session.counter += 1
        self.sid = "s%02d" % Session.counter
        self.tls = tls
        self.peer_cn = peer_cn
        weakref.finalize(self, EVENTS.put, "finalized " + self.sid)

    def __repr__(self):
        return "Session(%s, peer=%s)" % (self.sid, self.peer_cn)


class Registry:
    def __init__(self):
        self.live = weakref.WeakValueDictionary()
        self.lock = threading.Lock()

    def add(self, session):
        with self.lock:
            self.live[session.sid] = session

    def snapshot(self):
        gc.collect()
        with self.lock:
            return sorted(self.live.keys())


def serve(listener, ctx, registry, n, ready):
    for _ in range(n):
        conn, _ = listener.accept()
        tls = ctx.wrap_socket(conn, server_side=True)
        cert = tls.getpeercert()
        cn = dict(x[0] for x in cert["subject"])["commonName"] if cert else "anonymous"
        session = Session(tls, cn)
        registry.add(session)
        data = tls.recv(64)
        tls.sendall(b"ack " + data)
        tls.close()
        EVENTS.put("closed " + session.sid)
        del session, tls
        ready.set()


def gen(d, name, extra=()):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "2", "-subj", "/CN=" + name, "-keyout", key, "-out", crt] + list(extra),
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def main():
    with tempfile.TemporaryDirectory() as d:
        scrt, skey = gen(d, "localhost", ["-addext", "subjectAltName=DNS:localhost"])
        ccrt, ckey = gen(d, "client-one")
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(scrt, skey)
        sctx.verify_mode = ssl.CERT_OPTIONAL
        sctx.load_verify_locations(ccrt)
        registry = Registry()
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(3)
        ready = threading.Event()
        t = threading.Thread(target=serve, args=(listener, sctx, registry, 3, ready))
        t.start()
        for i, with_cert in enumerate([True, False, True]):
            cctx = ssl.create_default_context(cafile=scrt)
            if with_cert:
                cctx.load_cert_chain(ccrt, ckey)
            ready.clear()
            with cctx.wrap_socket(socket.create_connection(listener.getsockname(), timeout=5),
                                  server_hostname="localhost") as c:
                c.sendall(b"hello-%d" % i)
                print("client %d:" % i, c.recv(64))
            ready.wait(5)
            print("  live after client %d:" % i, registry.snapshot())
        t.join(5)
        listener.close()
    seen = []
    while not EVENTS.empty():
        seen.append(EVENTS.get())
    print("closed:", sorted(e for e in seen if e.startswith("closed")))
    print("finalized:", sorted(e for e in seen if e.startswith("finalized")))
    print("registry empty:", registry.snapshot() == [], "count:", Session.counter)


main()
