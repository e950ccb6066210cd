"""Audit logging for a TLS client: a custom Formatter subclass (fixed
time, padded level), a Filter adding connection context, a
LoggerAdapter, per-logger levels, propagate, a StreamHandler to stdout
and one to a StringIO, exception logging with tracebacks, and
logging.config-free setup."""
import io
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading


class FixedTimeFormatter(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "2020-01-01 00:00:00"

    def format(self, record):
        record.levelshort = record.levelname[:4]
        return super().format(record)


class ContextFilter(logging.Filter):
    def __init__(self, peer):
        super().__init__()
        self.peer = peer
        self.seen = 0

    def filter(self, record):
        self.seen += 1
        record.peer = self.peer
        return "secret" not in record.getMessage()


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=audit.test",
                    "-addext", "subjectAltName=DNS:audit.test", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(ctx, lsock):
    for _ in range(2):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"220 audit ready\n")
                s.recv(10)
        except (ssl.SSLError, OSError):
            pass


def main():
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    console = logging.StreamHandler(sys.stdout)
    console.setLevel(logging.INFO)
    console.setFormatter(FixedTimeFormatter("%(asctime)s [%(levelshort)-4s] %(name)s %(peer)s: %(message)s"))
    memory = io.StringIO()
    detail = logging.StreamHandler(memory)
    detail.setFormatter(logging.Formatter("%(levelname)s|%(name)s|%(funcName)s|%(message)s"))
    flt = ContextFilter("127.0.0.1")
    console.addFilter(flt)
    detail.addFilter(flt)
    root.addHandler(console)
    root.addHandler(detail)
    log = logging.getLogger("audit.client")
    quiet = logging.getLogger("audit.noisy")
    quiet.setLevel(logging.ERROR)
    adapter = logging.LoggerAdapter(log, {"peer": "ignored"})

    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(2)
        t = threading.Thread(target=serve, args=(sctx, lsock))
        t.start()
        good = ssl.create_default_context(cafile=crt)
        bad = ssl.create_default_context()
        for name, ctx in [("trusted", good), ("untrusted", bad)]:
            log.debug("connecting with %s context", name)
            try:
                with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
                    with ctx.wrap_socket(raw, server_hostname="audit.test") as s:
                        banner = s.recv(100).decode().strip()
                        log.info("%s: banner %r over %s", name, banner, s.version())
                        adapter.info("cipher bits %d", s.cipher()[2])
                        s.sendall(b"QUIT\n")
            except ssl.SSLError as exc:
                log.error("%s: handshake failed: %s", name, exc.reason)
        t.join(10)
        lsock.close()
    quiet.warning("dropped by level")
    quiet.error("kept: %d%% done", 100)
    log.info("password is secret")
    try:
        int("port 443")
    except ValueError:
        log.exception("bad port in config")
    log.warning("multi\nline")
    logging.getLogger("audit").info("parent logger, effective level %s",
                                    logging.getLevelName(log.getEffectiveLevel()))
    print("filter saw:", flt.seen)
    print("--- detail log ---")
    for line in memory.getvalue().splitlines():
        print(line)
    print(logging.getLevelName(25), logging.getLevelName("WARNING"), log.isEnabledFor(logging.DEBUG))
    logging.shutdown()


if __name__ == "__main__":
    main()
