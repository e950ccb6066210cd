"""A TLS job server that hands work to a pool of worker processes instead
of forking: socketserver's ThreadingTCPServer wraps each connection,
reads JSON-line jobs and passes them over pipes to long-lived workers
started with subprocess.Popen(sys.executable, '-c', ...). A worker that
dies is replaced; a job that fails in a worker comes back as an error.
Clients in threads submit jobs at once and the results are printed in a
fixed order."""
import json
import os
import queue
import socket
import socketserver
import ssl
import subprocess
import sys
import tempfile
import threading

WORKER = r'''
import hashlib, json, sys
for line in sys.stdin:
    job = json.loads(line)
    kind = job["kind"]
    try:
        if kind == "digest":
            h = job["data"].encode()
            for _ in range(job["rounds"]):
                h = hashlib.sha256(h).digest()
            out = h.hex()[:16]
        elif kind == "primes":
            n = job["below"]
            sieve = bytearray([1]) * n
            sieve[0:2] = b"\0\0"
            for i in range(2, int(n ** 0.5) + 1):
                if sieve[i]:
                    sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
            out = sum(sieve)
        elif kind == "words":
            counts = {}
            for w in job["text"].lower().split():
                counts[w] = counts.get(w, 0) + 1
            out = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
        elif kind == "crash":
            sys.stdout.flush()
            sys.exit(3)
        else:
            raise ValueError("unknown kind %r" % kind)
        reply = {"id": job["id"], "ok": True, "result": out}
    except Exception as e:
        reply = {"id": job["id"], "ok": False, "error": "%s: %s" % (type(e).__name__, e)}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()
'''


class Pool:
    def __init__(self, size):
        self.idle = queue.Queue()
        self.lock = threading.Lock()
        self.started = 0
        self.replaced = []
        for _ in range(size):
            self.idle.put(self.spawn())

    def spawn(self):
        p = subprocess.Popen([sys.executable, "-c", WORKER], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, universal_newlines=True, bufsize=1)
        with self.lock:
            self.started += 1
        return p

    def run(self, job):
        p = self.idle.get(timeout=20)
        try:
            p.stdin.write(json.dumps(job) + "\n")
            p.stdin.flush()
            line = p.stdout.readline()
        except BrokenPipeError:
            line = ""
        if not line:
            p.stdin.close()
            p.stdout.close()
            code = p.wait(timeout=10)
            with self.lock:
                self.replaced.append(code)
            self.idle.put(self.spawn())
            return {"id": job["id"], "ok": False, "error": "worker exited with status %d" % code}
        self.idle.put(p)
        return json.loads(line)

    def close(self):
        while True:
            try:
                p = self.idle.get_nowait()
            except queue.Empty:
                break
            p.stdin.close()
            p.wait(timeout=10)
            p.stdout.close()


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        for raw in self.rfile:
            line = raw.decode().strip()
            if not line:
                continue
            if line == "quit":
                # Both sides send close_notify: no ragged EOF.
                self.request.unwrap()
                return
            try:
                job = json.loads(line)
                reply = self.server.pool.run(job)
            except ValueError as e:
                reply = {"id": None, "ok": False, "error": "bad request: %s" % type(e).__name__}
            self.wfile.write((json.dumps(reply, sort_keys=True) + "\n").encode())
            self.wfile.flush()


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def get_request(self):
        sock, addr = super().get_request()
        return self.ctx.wrap_socket(sock, server_side=True), addr


def client(port, ctx, jobs, out):
    with socket.create_connection(("127.0.0.1", port), timeout=30) as raw:
        with ctx.wrap_socket(raw, server_hostname="jobs.test") as s:
            f = s.makefile("rwb")
            for job in jobs:
                f.write(job if isinstance(job, bytes) else (json.dumps(job) + "\n").encode())
                f.flush()
                out.append(json.loads(f.readline().decode()))
            f.write(b"quit\n")
            f.flush()
            f.close()
            s.unwrap()


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=jobs.test", "-addext", "subjectAltName=DNS:jobs.test",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)

        srv = Server(("127.0.0.1", 0), Handler)
        srv.ctx = sctx
        srv.pool = Pool(3)
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = srv.server_address[1]
        text = "the quick brown fox jumps over the lazy dog the fox the end"
        batches = [
            [{"id": "a1", "kind": "digest", "data": "alpha", "rounds": 1000},
             {"id": "a2", "kind": "primes", "below": 10000}],
            [{"id": "b1", "kind": "words", "text": text},
             {"id": "b2", "kind": "digest", "data": "beta", "rounds": 10}],
            [{"id": "c1", "kind": "primes", "below": 100},
             {"id": "c2", "kind": "resize"},
             {"id": "c3", "kind": "primes", "below": "x"}],
            [{"id": "d1", "kind": "digest", "data": "delta", "rounds": 0}, b"{not json\n",
             {"id": "d2", "kind": "words", "text": ""}],
        ]
        results = [[] for _ in batches]
        threads = [threading.Thread(target=client, args=(port, cctx, b, r))
                   for b, r in zip(batches, results)]
        try:
            for th in threads:
                th.start()
            for th in threads:
                th.join(60)
            for r in results:
                for reply in r:
                    print(json.dumps(reply, sort_keys=True))
            crash = []
            client(port, cctx, [{"id": "x1", "kind": "crash"},
                                {"id": "x2", "kind": "primes", "below": 50}], crash)
            for reply in crash:
                print(json.dumps(reply, sort_keys=True))
            print("workers started:", srv.pool.started, "replaced exit codes:", srv.pool.replaced)
        finally:
            srv.shutdown()
            srv.server_close()
            t.join()
            srv.pool.close()
        print("pool closed")


if __name__ == "__main__":
    main()
