"""Mixing asyncio with concurrent.futures: blocking ssl probes run in a
ThreadPoolExecutor through loop.run_in_executor, gathered with asyncio,
against a small threaded TLS server; then the same probes with
concurrent.futures alone (as_completed, map) for comparison."""
import asyncio
import concurrent.futures
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import time


def make_cert(d):
    crt, key = os.path.join(d, "srv.pem"), os.path.join(d, "srv.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "30", "-subj", "/O=Probe Lab/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Server(threading.Thread):
    def __init__(self, ctx):
        super().__init__(daemon=True)
        self.ctx = ctx
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.served = 0
        self.lock = threading.Lock()

    def run(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn):
        try:
            with self.ctx.wrap_socket(conn, server_side=True) as s:
                name = s.recv(100).decode()
                s.sendall(("hi %s via %s" % (name, s.version())).encode())
            with self.lock:
                self.served += 1
        except (ssl.SSLError, OSError):
            conn.close()


def probe(port, name, ctx):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            s.sendall(name.encode())
            reply = s.recv(100).decode()
            org = dict(x[0] for x in s.getpeercert()["subject"])["organizationName"]
            return name, reply, org


def failing_probe(port, ctx):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost"):
            return "connected"


async def run_async(loop, pool, port, ctx):
    futs = [loop.run_in_executor(pool, probe, port, "task%d" % i, ctx) for i in range(5)]
    results = await asyncio.gather(*futs)
    for r in results:
        print("async  ", r)
    bad = loop.run_in_executor(pool, failing_probe, port, ssl.create_default_context())
    done, pending = await asyncio.wait([bad], timeout=10)
    for f in done:
        exc = f.exception()
        print("async   failure:", exc.reason, isinstance(exc, ssl.SSLError))
    print("async   pending:", len(pending))


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        srv = Server(sctx)
        srv.start()
        cctx = ssl.create_default_context(cafile=crt)

        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
            loop.run_until_complete(run_async(loop, pool, srv.port, cctx))
        loop.close()

        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            futs = {pool.submit(probe, srv.port, "job%d" % i, cctx): i for i in range(4)}
            finished = sorted(f.result() for f in concurrent.futures.as_completed(futs, timeout=10))
            for r in finished:
                print("futures", r)
            mapped = list(pool.map(lambda n: probe(srv.port, n, cctx)[1], ["m1", "m2"]))
            print("map    ", mapped)
            f = pool.submit(failing_probe, srv.port, ssl.create_default_context())
            try:
                f.result(timeout=10)
            except ssl.SSLError as e:
                print("futures failure reason:", e.reason)

        deadline = time.time() + 30
        while srv.served < 11 and time.time() < deadline:
            time.sleep(0.02)
        print("served:", srv.served)
        srv.sock.close()


if __name__ == "__main__":
    main()
