"""A logging.Handler that ships records as RFC 5424 syslog messages over
TLS with RFC 5425 octet-counting framing ("LEN SP MSG"), reconnecting once
when the collector drops the connection.  The collector is a
socketserver.ThreadingTCPServer whose handler wraps each connection in
TLS, parses the frames and keeps them for the report."""
import logging
import os
import re
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading

FACILITY_LOCAL0 = 16
SEVERITY = {logging.DEBUG: 7, logging.INFO: 6, logging.WARNING: 4, logging.ERROR: 3,
            logging.CRITICAL: 2}


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=logs.test", "-addext", "subjectAltName=DNS:logs.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class TLSSyslogHandler(logging.Handler):
    def __init__(self, addr, ctx, hostname, app):
        super().__init__()
        self.addr, self.ctx, self.hostname, self.app = addr, ctx, hostname, app
        self.sock = None
        self.connects = 0

    def _connect(self):
        raw = socket.create_connection(self.addr, timeout=5)
        self.sock = self.ctx.wrap_socket(raw, server_hostname=self.hostname)
        self.connects += 1

    def format_syslog(self, record):
        pri = FACILITY_LOCAL0 * 8 + SEVERITY.get(record.levelno, 5)
        msg = self.format(record)
        sd = '[meta seq="%d" logger="%s"]' % (record.seq, record.name)
        return ("<%d>1 2020-01-01T00:00:00Z client.test %s - %s %s \ufeff%s" % (
            pri, self.app, record.levelname, sd, msg)).encode("utf-8")

    def emit(self, record):
        frame = self.format_syslog(record)
        data = b"%d %s" % (len(frame), frame)
        for attempt in (1, 2):
            try:
                if self.sock is None:
                    self._connect()
                self.sock.sendall(data)
                ack = self.sock.recv(3)
                if ack != b"ok\n":
                    raise ConnectionResetError("collector closed")
                return
            except (OSError, ssl.SSLError):
                if self.sock is not None:
                    self.sock.close()
                self.sock = None
                if attempt == 2:
                    self.handleError(record)

    def close(self):
        if self.sock is not None:
            self.sock.unwrap()
            self.sock.close()
            self.sock = None
        super().close()


FRAME = re.compile(rb"<(\d+)>1 (\S+) (\S+) (\S+) - (\S+) (\[.*?\]) \xef\xbb\xbf(.*)", re.S)


class Collector(socketserver.BaseRequestHandler):
    def handle(self):
        with self.server.ctx.wrap_socket(self.request, server_side=True) as tls:
            buf = b""
            while True:
                while b" " not in buf:
                    chunk = tls.recv(4096)
                    if not chunk:  # the client's close_notify: answer it
                        tls.unwrap()
                        return
                    buf += chunk
                length, _, rest = buf.partition(b" ")
                n = int(length)
                while len(rest) < n:
                    rest += tls.recv(4096)
                frame, buf = rest[:n], rest[n:]
                m = FRAME.match(frame)
                pri = int(m.group(1))
                with self.server.lock:
                    self.server.frames.append((pri // 8, pri % 8, m.group(4).decode(),
                                               m.group(5).decode(), m.group(6).decode(),
                                               m.group(7).decode("utf-8")))
                    count = len(self.server.frames)
                if count == self.server.drop_after:
                    return  # the collector restarts: the client must reconnect
                tls.sendall(b"ok\n")


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        server = Server(("127.0.0.1", 0), Collector)
        server.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server.ctx.load_cert_chain(crt, key)
        server.frames = []
        server.lock = threading.Lock()
        server.drop_after = 3
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()

        log = logging.getLogger("billing.worker")
        log.setLevel(logging.DEBUG)
        log.propagate = False
        handler = TLSSyslogHandler(server.server_address, ssl.create_default_context(cafile=crt),
                                   "logs.test", "billing")
        handler.setFormatter(logging.Formatter("%(message)s [%(funcName)s]"))
        seq = [0]

        class SeqFilter(logging.Filter):
            def filter(self, record):
                seq[0] += 1
                record.seq = seq[0]
                return True
        handler.addFilter(SeqFilter())
        log.addHandler(handler)

        log.debug("starting batch %d", 7)
        log.info("charged %s: %.2f EUR", "acct-1", 12.5)
        log.warning("retrying card ending %04d", 42)
        log.error("gateway said: %s", "déclinée ✗")
        try:
            1 / 0
        except ZeroDivisionError:
            log.critical("batch aborted", exc_info=False)
        logging.getLogger("billing.worker.child").info("child logger message")
        handler.close()
        server.shutdown()
        server.server_close()
        t.join(5)

        print("connections made:", handler.connects)
        for facility, severity, app, level, sd, msg in server.frames:
            print("fac=%d sev=%d app=%s level=%-8s %s %s" % (facility, severity, app, level, sd, msg))


if __name__ == "__main__":
    main()
