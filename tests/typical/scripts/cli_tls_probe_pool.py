"""Probe several local TLS servers concurrently with a thread pool; collect results through a Queue."""
import concurrent.futures
import datetime
import os
import queue
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections import namedtuple

Result = namedtuple("Result", "name version cipher_bits cn days error")


def make_cert(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", key, "-out", crt, "-days", "20", "-subj", "/CN=%s" % name,
                    "-addext", "subjectAltName=DNS:%s" % name],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Server(threading.Thread):
    def __init__(self, crt, key, maxver=None):
        super().__init__(daemon=True)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(crt, key)
        if maxver is not None:
            self.ctx.options |= maxver
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        self.ready = threading.Event()
        self.stop = threading.Event()
        self.served = 0

    def run(self):
        self.sock.settimeout(0.2)
        self.ready.set()
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            try:
                with self.ctx.wrap_socket(conn, server_side=True) as s:
                    s.sendall(s.recv(100).upper())
                    self.served += 1
            except (ssl.SSLError, OSError):
                pass
        self.sock.close()


def probe(name, port, cafile, events):
    ctx = ssl.create_default_context(cafile=cafile)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname=name) as s:
                s.sendall(b"ping " + name.encode())
                reply = s.recv(100)
                cert = s.getpeercert()
                cn = dict(x[0] for x in cert["subject"])["commonName"]
                end = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(cert["notAfter"]))
                events.put((name, reply))
                return Result(name, s.version(), s.cipher()[2], cn, (end - datetime.datetime.utcnow()).days, None)
    except ssl.SSLError as e:
        return Result(name, None, None, None, None, "SSLError: %s" % e.reason)
    except ssl.CertificateError as e:
        return Result(name, None, None, None, None, "CertificateError")


with tempfile.TemporaryDirectory() as d:
    names = ["alpha.test", "beta.test", "gamma.test"]
    certs = {n: make_cert(d, n) for n in names}
    bundle = os.path.join(d, "bundle.pem")
    with open(bundle, "w") as out:
        for n in names[:2]:
            with open(certs[n][0]) as f:
                out.write(f.read())
    servers = {n: Server(*certs[n]) for n in names}
    for s in servers.values():
        s.start()
        s.ready.wait(5)
    events = queue.Queue()
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        futs = {pool.submit(probe, n, servers[n].port, bundle, events): n for n in names}
        results = []
        for fut in concurrent.futures.as_completed(futs):
            results.append(fut.result())
    for r in sorted(results):
        print("%-10s %-8s %-5s %-10s %-4s %s" % (r.name, r.version, r.cipher_bits, r.cn, r.days, r.error))
    got = []
    while True:
        try:
            got.append(events.get_nowait())
        except queue.Empty:
            break
    print(sorted(got))
    for s in servers.values():
        s.stop.set()
    for s in servers.values():
        s.join(5)
    print({n: s.served for n, s in sorted(servers.items())}, [s.is_alive() for s in servers.values()])
    lock = threading.Lock()
    counter = {"n": 0}

    def work(k):
        for _ in range(1000):
            with lock:
                counter["n"] += k
        return k * k

    with concurrent.futures.ThreadPoolExecutor(4) as ex:
        print(list(ex.map(work, range(5))), counter["n"])
    cond = threading.Condition()
    items = []

    def producer():
        for i in range(3):
            with cond:
                items.append(i)
                cond.notify()

    def consumer(outq):
        seen = []
        while len(seen) < 3:
            with cond:
                cond.wait_for(lambda: items)
                seen.append(items.pop(0))
        outq.put(seen)

    q2 = queue.Queue()
    t1 = threading.Thread(target=consumer, args=(q2,), name="consumer")
    t1.start()
    t2 = threading.Thread(target=producer)
    t2.start()
    t2.join()
    t1.join()
    print(q2.get(timeout=2), t1.name, threading.current_thread().name, threading.active_count() >= 1)
    sem = threading.BoundedSemaphore(2)
    sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    tl = threading.local()
    tl.x = 1

    def show():
        print("thread-local has x:", hasattr(tl, "x"))
    th = threading.Thread(target=show)
    th.start()
    th.join()
    timer = threading.Timer(0.05, lambda: print("timer fired"))
    timer.start()
    timer.join()
    b = threading.Barrier(2)
    th = threading.Thread(target=b.wait)
    th.start()
    print("barrier index:", b.wait() in (0, 1))
    th.join()
