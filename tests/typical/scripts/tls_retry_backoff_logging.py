"""A TLS client with retries and exponential backoff, configured with
logging.basicConfig and a %(asctime)s format. The clock the log uses is
pinned (logging.Formatter.converter and a record factory) so the output
is reproducible; the server refuses the first attempts (nothing
listening, then a plain-text service, then an untrusted certificate)
before the real one answers."""
import functools
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

FIXED = 1700000000.0
_counter = [0]
_old_factory = logging.getLogRecordFactory()


def record_factory(*args, **kwargs):
    record = _old_factory(*args, **kwargs)
    _counter[0] += 1
    record.created = FIXED + _counter[0] * 0.25
    record.msecs = (record.created - int(record.created)) * 1000
    record.relativeCreated = _counter[0] * 250.0
    record.thread_label = "main" if record.threadName == "MainThread" else "worker"
    return record


logging.setLogRecordFactory(record_factory)
logging.Formatter.converter = time.gmtime
logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(asctime)s.%(msecs)03d %(levelname)-7s %(name)s[%(thread_label)s] %(message)s",
                    datefmt="%Y-%m-%dT%H:%M:%S")
log = logging.getLogger("tlsclient")
logging.getLogger("tlsclient.backoff").setLevel(logging.INFO)


class RetryError(Exception):
    def __init__(self, attempts, last):
        super().__init__("gave up after %d attempts" % attempts)
        self.attempts = attempts
        self.last = last


def retry(attempts=5, base=0.01, factor=2.0, retry_on=(OSError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base
            blog = logging.getLogger("tlsclient.backoff")
            for n in range(1, attempts + 1):
                try:
                    return fn(*args, n=n, **kwargs)
                except retry_on as e:
                    kind = type(e).__name__ if not isinstance(e, ssl.SSLError) else "SSLError(%s)" % e.reason
                    if n == attempts:
                        blog.error("attempt %d failed with %s; no attempts left", n, kind)
                        raise RetryError(n, e) from e
                    blog.warning("attempt %d failed with %s; sleeping %.2fs", n, kind, delay)
                    blog.debug("this debug line is filtered out by the logger level")
                    time.sleep(delay)
                    delay *= factor
        return wrapper
    return deco


def openssl_cert(d, name):
    crt, key = os.path.join(d, name + ".crt"), os.path.join(d, name + ".key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "2", "-subj", "/CN=svc.local", "-addext", "subjectAltName=DNS:svc.local",
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class FlakyServer(threading.Thread):
    """Serves attempt 2 in plain text, attempt 3 with an untrusted cert, then the real one."""

    def __init__(self, sock, real, fake):
        super().__init__(daemon=True)
        self.sock, self.real, self.fake = sock, real, fake
        self.events = []

    def run(self):
        for attempt in (2, 3, 4):
            conn, _ = self.sock.accept()
            try:
                if attempt == 2:
                    conn.sendall(b"HTTP/1.0 400 plain\r\n\r\n")
                    conn.close()
                    continue
                ctx = self.fake if attempt == 3 else self.real
                with ctx.wrap_socket(conn, server_side=True) as s:
                    s.sendall(b"status: green\n")
                    self.events.append("served attempt %d" % attempt)
            except (ssl.SSLError, OSError) as e:
                self.events.append("attempt %d ended: %s" % (attempt, type(e).__name__))


def main():
    with tempfile.TemporaryDirectory() as d:
        real = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        real.load_cert_chain(*openssl_cert(d, "real"))
        fake = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        fake.load_cert_chain(*openssl_cert(d, "fake"))
        cctx = ssl.create_default_context(cafile=os.path.join(d, "real.crt"))

        probe = socket.socket()
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        state = {"server": None}

        @retry(attempts=5)
        def fetch_status(n):
            log.info("attempt %d: connecting to port %s", n, "PORT")
            if n == 2 and state["server"] is None:
                probe.listen(5)
                state["server"] = FlakyServer(probe, real, fake)
                state["server"].start()
            with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
                with cctx.wrap_socket(raw, server_hostname="svc.local") as s:
                    return s.recv(100).decode().strip()

        print("fetch_status name:", fetch_status.__name__, fetch_status.__wrapped__.__name__)
        log.info("result: %r", fetch_status())
        state["server"].join(30)
        for event in state["server"].events:
            logging.getLogger("tlsclient.server").info(event)

        dead = socket.socket()  # bound, never listening: connections are refused
        dead.bind(("127.0.0.1", 0))

        @retry(attempts=2, base=0.001, retry_on=(ConnectionRefusedError,))
        def never(n):
            with socket.create_connection(dead.getsockname(), timeout=20):
                pass
        probe.close()
        try:
            never()
        except RetryError as e:
            log.error("%s (last: %s, cause is last: %s)", e, type(e.last).__name__, e.__cause__ is e.last)
    logging.shutdown()


main()
