"""A TLS line server whose threads log through a QueueHandler.

Handlers run in their own threads and never touch a stream: every record
goes onto a queue, and a QueueListener hands them to one collecting
handler. The report groups the lines by logger, so that it does not
depend on how the threads interleave.
"""
import collections
import logging
import logging.handlers
import os
import queue
import socket
import ssl
import subprocess
import tempfile
import threading


class Collector(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = collections.defaultdict(list)

    def emit(self, record):
        exc, record.exc_info, record.exc_text = record.exc_info, None, None
        line = self.format(record)
        if exc:
            line += " [exc %s]" % exc[0].__name__
        self.lines[record.name].append(line)


class NoHeartbeats(logging.Filter):
    def filter(self, record):
        return "heartbeat" not in record.getMessage()


def make_cert(d, cn):
    crt, key = os.path.join(d, cn + ".crt"), os.path.join(d, cn + ".key")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "3", "-subj", "/CN=" + cn, "-addext", "subjectAltName=DNS:" + cn,
                           "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def handle(conn, ctx, n):
    log = logging.LoggerAdapter(logging.getLogger("tls.conn%d" % n), {"conn": n})
    try:
        with ctx.wrap_socket(conn, server_side=True) as tls:
            log.info("handshake ok, %s", tls.version())
            f = tls.makefile("rwb")
            for raw in f:
                line = raw.decode().strip()
                if line == "quit":
                    break
                log.debug("heartbeat %r" if line == "ping" else "got %r", line)
                f.write((line.upper() + "\n").encode())
                f.flush()
            f.close()
            log.info("client said goodbye")
    except ssl.SSLError as exc:
        log.warning("handshake failed: %s", exc.reason, exc_info=True)


def serve(lsock, ctx, count):
    log = logging.getLogger("tls.accept")
    workers = []
    for n in range(count):
        conn, _ = lsock.accept()
        log.info("connection %d accepted", n)
        t = threading.Thread(target=handle, args=(conn, ctx, n), name="conn-%d" % n)
        t.start()
        workers.append(t)
    for t in workers:
        t.join(30)
    log.info("all %d workers done", count)


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d, "queue.local")
        other, _ = make_cert(d, "other.local")
        q = queue.Queue()
        collector = Collector()
        collector.setFormatter(logging.Formatter("%(levelname)-7s %(threadName)-10s %(message)s"))
        listener = logging.handlers.QueueListener(q, collector)
        root = logging.getLogger("tls")
        root.setLevel(logging.DEBUG)
        qh = logging.handlers.QueueHandler(q)
        qh.addFilter(NoHeartbeats())
        root.addHandler(qh)
        listener.start()

        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        server = threading.Thread(target=serve, args=(lsock, sctx, 3), name="acceptor")
        server.start()

        good = ssl.create_default_context(cafile=crt)
        wrong = ssl.create_default_context(cafile=other)
        for name, ctx, lines in [("first", good, ["hello", "ping", "bye"]),
                                 ("untrusting", wrong, []),
                                 ("second", good, ["ping", "queue me"])]:
            raw = socket.create_connection(lsock.getsockname(), timeout=20)
            try:
                with ctx.wrap_socket(raw, server_hostname="queue.local") as tls:
                    f = tls.makefile("rwb")
                    replies = []
                    for line in lines:
                        f.write((line + "\n").encode())
                        f.flush()
                        replies.append(f.readline().decode().strip())
                    f.write(b"quit\n")
                    f.flush()
                    f.close()
                    print(f"{name:<11} replies={replies}")
            except ssl.SSLError as exc:
                print(f"{name:<11} refused by us: {exc.reason} (an SSLError: {isinstance(exc, ssl.SSLError)})")
            finally:
                raw.close()
        server.join(30)
        lsock.close()
        listener.stop()
        root.removeHandler(qh)
        for logger_name in sorted(collector.lines):
            print(logger_name)
            for line in collector.lines[logger_name]:
                print("   ", line)
        print("queue drained:", q.empty())


if __name__ == "__main__":
    main()
