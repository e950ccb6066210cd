"""Graceful shutdown of a threaded TLS server: a threading.Event stops the
accept loop (which polls with a timeout), in-flight sessions finish, and
a ThreadPoolExecutor runs the handlers; the counters are reported at the
end, with the state of each worker."""
import concurrent.futures
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import time


def make_cert(d):
    key, cert = os.path.join(d, "g.key"), os.path.join(d, "g.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "30", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Server:
    def __init__(self, ctx):
        self.ctx = ctx
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.stats = {"accepted": 0, "completed": 0, "lines": 0}
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.05)
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=3)
        self.futures = []

    @property
    def port(self):
        return self.sock.getsockname()[1]

    def bump(self, key, n=1):
        with self.lock:
            self.stats[key] += n

    def handle(self, conn):
        conn.settimeout(10)
        with self.ctx.wrap_socket(conn, server_side=True) as s, s.makefile("rw", encoding="utf-8", newline="\n") as f:
            for line in f:
                if line == "bye\n":
                    break
                self.bump("lines")
                f.write("%s\n" % line.strip()[::-1])
                f.flush()
        self.bump("completed")
        return "done"

    def serve(self):
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            self.bump("accepted")
            self.futures.append(self.pool.submit(self.handle, conn))
        self.sock.close()
        self.pool.shutdown(wait=True)


def client(port, ctx, words, started):
    with ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10),
                         server_hostname="localhost") as s, s.makefile("rw", encoding="utf-8", newline="\n") as f:
        replies = []
        for i, w in enumerate(words):
            f.write(w + "\n")
            f.flush()
            replies.append(f.readline().strip())
            if i == 0:
                started.release()
        f.write("bye\n")
        f.flush()
        return replies


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        server = Server(sctx)
        port = server.port
        acceptor = threading.Thread(target=server.serve, name="acceptor")
        acceptor.start()
        cctx = ssl.create_default_context(cafile=cert)
        started = threading.Semaphore(0)
        words = [["alpha", "beta"], ["gamma"], ["delta", "epsilon", "zeta"]]
        with concurrent.futures.ThreadPoolExecutor(max_workers=3) as clients:
            futs = [clients.submit(client, server.port, cctx, w, started) for w in words]
            for _ in words:
                started.acquire(timeout=10)
            server.stop.set()   # every client is in the middle of its session
            results = [f.result(timeout=10) for f in futs]
        acceptor.join(10)
        for w, r in zip(words, results):
            print(w, "->", r)
        print("stats:", sorted(server.stats.items()))
        print("handler results:", [f.result() for f in server.futures])
        try:
            server.port
        except OSError as e:
            print("port of a closed socket:", e)
        print("acceptor alive:", acceptor.is_alive(), "listening socket closed:", server.sock.fileno() == -1)
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
            print("still accepting?!")
        except ConnectionRefusedError as e:
            print("after shutdown:", type(e).__name__)


if __name__ == "__main__":
    main()
