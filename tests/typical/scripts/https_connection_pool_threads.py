"""A small pool of keep-alive HTTPS connections shared by worker threads.

The pool hands out at most two http.client.HTTPSConnection objects; four
worker threads take one, make a request, and give it back. The server
(ThreadingMixIn + HTTPServer over TLS, HTTP/1.1) notes which client
ports it served, so the report can say how many TLS connections the
twelve requests needed.
"""
import contextlib
import http.client
import http.server
import json
import os
import queue
import socketserver
import ssl
import subprocess
import tempfile
import threading


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    ports = set()
    lock = threading.Lock()

    def log_message(self, *args):
        pass

    def do_GET(self):
        with Handler.lock:
            Handler.ports.add(self.client_address[1])
        n = int(self.path.rsplit("/", 1)[1])
        body = json.dumps({"n": n, "square": n * n}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Pool:
    def __init__(self, host, port, ctx, size):
        self._free = queue.LifoQueue()
        self.created = 0
        self._lock = threading.Lock()
        self._args = (host, port, ctx)
        self._slots = threading.BoundedSemaphore(size)

    @contextlib.contextmanager
    def connection(self):
        if not self._slots.acquire(timeout=30):
            raise RuntimeError("no connection within 30 s")
        try:
            conn = self._free.get_nowait()
        except queue.Empty:
            host, port, ctx = self._args
            conn = http.client.HTTPSConnection(host, port, context=ctx, timeout=20)
            with self._lock:
                self.created += 1
        try:
            yield conn
        except Exception:
            conn.close()
            raise
        else:
            self._free.put(conn)
        finally:
            self._slots.release()

    def close(self):
        """Ask the server to end each idle connection, then close ours."""
        while not self._free.empty():
            conn = self._free.get_nowait()
            conn.request("GET", "/square/0", headers={"Connection": "close"})
            conn.getresponse().read()
            conn.close()

    def __repr__(self):
        return "<Pool created=%d idle=%d>" % (self.created, self._free.qsize())


def worker(pool, jobs, results):
    while True:
        n = jobs.get()
        if n is None:
            return
        with pool.connection() as conn:
            conn.request("GET", "/square/%d" % n)
            resp = conn.getresponse()
            results.put((n, resp.status, json.loads(resp.read().decode())["square"]))


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "pool.crt"), os.path.join(d, "pool.key")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                               "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                               "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        httpd = Server(("127.0.0.1", 0), Handler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        st = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        st.start()
        pool = Pool("localhost", httpd.server_address[1], ssl.create_default_context(cafile=crt), size=2)
        jobs, results = queue.Queue(), queue.Queue()
        threads = [threading.Thread(target=worker, args=(pool, jobs, results), name="w%d" % i) for i in range(4)]
        for t in threads:
            t.start()
        for n in range(1, 13):
            jobs.put(n)
        for _ in threads:
            jobs.put(None)
        for t in threads:
            t.join(60)
        got = sorted(results.get_nowait() for _ in range(results.qsize()))
        print("results:", len(got), "all 200:", all(status == 200 for _, status, _ in got))
        print("squares:", [sq for _, _, sq in got])
        print("pool:", "created <= 2:", pool.created <= 2, "| idle == created:", pool._free.qsize() == pool.created)
        pool.close()
        httpd.shutdown()
        httpd.server_close()
        st.join(30)
        print("server saw at most 2 connections:", 1 <= len(Handler.ports) <= 2)
        try:
            with pool.connection() as conn:
                raise ValueError("caller failed mid-request")
        except ValueError as exc:
            print("error inside the pool block:", exc, "| connection dropped, pool idle:", pool._free.qsize())


if __name__ == "__main__":
    main()
