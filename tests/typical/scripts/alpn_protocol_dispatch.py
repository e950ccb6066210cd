"""One TLS port, several protocols: the server picks a handler by the ALPN result."""
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

log = logging.getLogger("alpn")


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def handle_echo(conn):
    data = conn.recv(1024)
    conn.sendall(b"echo:" + data)


def handle_time(conn):
    conn.recv(1024)
    conn.sendall(b"time:1970-01-01T00:00:00Z")


def handle_http(conn):
    request = conn.recv(1024).split(b"\r\n")[0]
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(request), request))


HANDLERS = {"echo/1": handle_echo, "time/1": handle_time, "http/1.1": handle_http}


class Dispatcher(threading.Thread):
    def __init__(self, ctx, count):
        super().__init__(name="dispatcher")
        self.ctx, self.count = ctx, count
        self.lsock = socket.socket()
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(count)
        self.lsock.settimeout(10)

    @property
    def port(self):
        return self.lsock.getsockname()[1]

    def run(self):
        for _ in range(self.count):
            raw, _ = self.lsock.accept()
            try:
                with self.ctx.wrap_socket(raw, server_side=True) as conn:
                    proto = conn.selected_alpn_protocol()
                    log.info("negotiated %s", proto)
                    HANDLERS.get(proto, lambda c: c.sendall(b"no protocol"))(conn)
                    conn.recv(1)
            except ssl.SSLError as exc:
                log.warning("handshake failed: %s", exc.reason)
        self.lsock.close()


def call(port, cafile, protocols, payload):
    ctx = ssl.create_default_context(cafile=cafile)
    if protocols is not None:
        ctx.set_alpn_protocols(protocols)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            tls.sendall(payload)
            reply = tls.recv(1024)
            chosen = tls.selected_alpn_protocol()
            tls.sendall(b".")
            return chosen, reply


def main():
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(levelname)-7s %(name)s/%(threadName)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    cases = [(["echo/1"], b"ping"), (["time/1", "echo/1"], b"now?"),
             (["h2", "http/1.1"], b"GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n"),
             (None, b"hello"), (["spdy/3"], b"hello")]
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        sctx.set_alpn_protocols(["echo/1", "time/1", "http/1.1"])
        server = Dispatcher(sctx, len(cases))
        server.start()
        for protocols, payload in cases:
            try:
                chosen, reply = call(server.port, cert, protocols, payload)
                log.info("offered %s -> %s %r", protocols, chosen, reply.split(b"\r\n")[-1])
            except (ssl.SSLError, ConnectionError) as exc:
                log.error("offered %s -> %s", protocols, type(exc).__name__)
        server.join(15)
    try:
        ssl.create_default_context().set_alpn_protocols(["x" * 300])
    except (ValueError, ssl.SSLError) as exc:
        log.error("too long: %s %s", type(exc).__name__, exc.args[0])
    print("HAS_ALPN", ssl.HAS_ALPN, "alive", server.is_alive())


if __name__ == "__main__":
    main()
