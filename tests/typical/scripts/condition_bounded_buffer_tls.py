"""Producer/consumer over a Condition-guarded bounded buffer: a reader
thread pulls length-prefixed records off a TLS connection, workers
process them, and the main thread waits for everything to drain."""
import hashlib
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading


class BoundedBuffer:
    def __init__(self, size):
        self.items = []
        self.size = size
        self.cond = threading.Condition()
        self.closed = False
        self.max_seen = 0
        self.producer_waits = 0

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.size:
                self.producer_waits += 1
                self.cond.wait(5)
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items and not self.closed:
                self.cond.wait(5)
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def recv_exact(s, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = s.recv(n - len(buf))
        if not chunk:
            raise EOFError("peer closed after %d of %d bytes" % (len(buf), n))
        buf += chunk
    return bytes(buf)


def sender(srv, ctx, records):
    conn, _ = srv.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        for seq, payload in enumerate(records):
            s.sendall(struct.pack("!IH", seq, len(payload)) + payload)
        s.sendall(struct.pack("!IH", 0xFFFFFFFF, 0))
        s.recv(1)


def main():
    records = [(b"record-%02d " % i) * (i % 5 + 1) for i in range(30)]
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)
        threading.Thread(target=sender, args=(srv, sctx, records), daemon=True).start()
        buf = BoundedBuffer(4)
        results = {}
        lock = threading.Lock()

        def worker(name):
            while True:
                item = buf.get()
                if item is None:
                    return
                seq, payload = item
                digest = hashlib.sha1(payload).hexdigest()[:8]
                with lock:
                    results[seq] = (len(payload), digest, name)

        workers = [threading.Thread(target=worker, args=("w%d" % i,)) for i in range(3)]
        for w in workers:
            w.start()
        ctx = ssl.create_default_context(cafile=cert)
        with socket.create_connection(srv.getsockname(), timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                while True:
                    seq, size = struct.unpack("!IH", recv_exact(s, 6))
                    if seq == 0xFFFFFFFF:
                        break
                    buf.put((seq, recv_exact(s, size)))
                s.sendall(b"k")
        buf.close()
        for w in workers:
            w.join(10)
        srv.close()
        print("records:", len(results), "all workers done:", not any(w.is_alive() for w in workers))
        print("buffer never above 4:", buf.max_seen <= 4)
        for seq in (0, 1, 7, 29):
            size, digest, _ = results[seq]
            print("seq %2d size %3d sha1 %s" % (seq, size, digest))
        total = hashlib.sha256(b"".join(records)).hexdigest()[:16]
        got = hashlib.sha256(b"".join(records[i] for i in sorted(results))).hexdigest()[:16]
        print("stream digest matches:", total == got, total)


main()
