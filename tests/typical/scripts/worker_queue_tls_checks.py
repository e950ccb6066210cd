"""A worker pool built by hand: threading.Thread workers pulling jobs
from queue.Queue, results into a second queue, a Lock-protected
counter, an Event to stop, sentinel shutdown, task_done/join, and
per-host TLS checks against a local server with several certificates
selected by SNI."""
import os
import queue
import socket
import ssl
import subprocess
import tempfile
import threading

HOSTS = ["alpha.test", "beta.test", "gamma.test", "unknown.test", "alpha.test", "beta.test"]


def make_cert(d, cn):
    key, crt = os.path.join(d, cn + ".key"), os.path.join(d, cn + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "9", "-subj", "/CN=" + cn, "-addext", "subjectAltName=DNS:" + cn,
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.ok = 0
        self.failed = 0

    def record(self, good):
        with self.lock:
            if good:
                self.ok += 1
            else:
                self.failed += 1


def server(lsock, contexts, default, stop):
    def pick(sslobj, name, ctx):
        if name in contexts:
            sslobj.context = contexts[name]
    default.set_servername_callback(pick)
    lsock.settimeout(0.2)
    while not stop.is_set():
        try:
            conn, _ = lsock.accept()
        except socket.timeout:
            continue
        conn.settimeout(5)
        try:
            with default.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"hello")
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass


def worker(jobs, results, stats, port, cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    while True:
        job = jobs.get()
        if job is None:
            jobs.task_done()
            break
        idx, host = job
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
                with ctx.wrap_socket(raw, server_hostname=host) as s:
                    cn = dict(x[0] for x in s.getpeercert()["subject"])["commonName"]
                    s.recv(5)
                    s.sendall(b"k")
            results.put((idx, host, "ok", cn))
            stats.record(True)
        except (ssl.SSLError, ssl.CertificateError) as exc:
            results.put((idx, host, "failed", "verify"))
            stats.record(False)
        finally:
            if job is not None:
                jobs.task_done()


def main():
    with tempfile.TemporaryDirectory() as d:
        contexts = {}
        bundle = os.path.join(d, "bundle.pem")
        with open(bundle, "w") as out:
            for cn in ["alpha.test", "beta.test", "gamma.test"]:
                crt, key = make_cert(d, cn)
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                ctx.load_cert_chain(crt, key)
                contexts[cn] = ctx
                with open(crt) as f:
                    out.write(f.read())
        dcrt, dkey = make_cert(d, "default.test")
        default = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        default.load_cert_chain(dcrt, dkey)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(16)
        stop = threading.Event()
        st = threading.Thread(target=server, args=(lsock, contexts, default, stop))
        st.start()
        jobs, results, stats = queue.Queue(), queue.Queue(), Stats()
        workers = [threading.Thread(target=worker, args=(jobs, results, stats, lsock.getsockname()[1], bundle),
                                    name="worker-%d" % i) for i in range(3)]
        for w in workers:
            w.start()
        for job in enumerate(HOSTS):
            jobs.put(job)
        for _ in workers:
            jobs.put(None)
        jobs.join()
        for w in workers:
            w.join(10)
        stop.set()
        st.join(10)
        lsock.close()
    collected = []
    while True:
        try:
            collected.append(results.get_nowait())
        except queue.Empty:
            break
    for idx, host, status, detail in sorted(collected):
        print("%d %-13s %-6s %s" % (idx, host, status, detail))
    print("ok=%d failed=%d queue empty=%s alive=%s" % (stats.ok, stats.failed, jobs.empty(),
                                                       any(w.is_alive() for w in workers)))
    q = queue.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        q.put(item)
    print([q.get() for _ in range(3)], queue.LifoQueue.__name__)
    bounded = queue.Queue(maxsize=1)
    bounded.put("x")
    try:
        bounded.put("y", timeout=0.05)
    except queue.Full:
        print("queue.Full raised, size", bounded.qsize(), bounded.full())


if __name__ == "__main__":
    main()
