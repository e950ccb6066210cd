"""Shipping log records over TLS: a SocketHandler subclass wraps its
connection in TLS, and a collector thread unpickles the length-prefixed
records and formats them with its own Formatter."""
import logging
import logging.handlers
import os
import pickle
import socket
import ssl
import struct
import subprocess
import tempfile
import threading


def make_cert(d):
    key, cert = os.path.join(d, "log.key"), os.path.join(d, "log.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "30", "-subj", "/CN=logs.internal",
         "-addext", "subjectAltName=DNS:logs.internal", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class TLSSocketHandler(logging.handlers.SocketHandler):
    def __init__(self, host, port, context, server_hostname):
        super().__init__(host, port)
        self.context = context
        self.server_hostname = server_hostname

    def makeSocket(self, timeout=10):
        raw = super().makeSocket(timeout)
        return self.context.wrap_socket(raw, server_hostname=self.server_hostname)


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            return None
        data += chunk
    return data


def collector(listener, ctx, out):
    conn, _ = listener.accept()
    fmt = logging.Formatter("%(levelname)s|%(name)s|%(funcName)s|%(message)s")
    with ctx.wrap_socket(conn, server_side=True) as s:
        while True:
            header = recv_exact(s, 4)
            if header is None:
                break
            size = struct.unpack(">L", header)[0]
            record = logging.makeLogRecord(pickle.loads(recv_exact(s, size)))
            out.append(fmt.format(record))
            if record.getMessage() == "shutdown":
                s.sendall(b"bye")
                break


def business_logic(log):
    log.info("processing %d items", 3)
    try:
        {}["missing"]
    except KeyError:
        log.exception("lookup failed")
    log.warning("unicode: %s", "caf\u00e9 \u2713")


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(10)
        received = []
        t = threading.Thread(target=collector, args=(listener, sctx, received))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        handler = TLSSocketHandler("127.0.0.1", listener.getsockname()[1], cctx, "logs.internal")
        log = logging.getLogger("app.worker")
        log.propagate = False
        log.addHandler(handler)
        log.setLevel(logging.DEBUG)
        business_logic(log)
        log.debug("shutdown")
        print("handler socket is TLS:", isinstance(handler.sock, ssl.SSLSocket),
              handler.sock.version() is not None)
        print("ack:", handler.sock.recv(3))
        handler.close()
        t.join(10)
        listener.close()
        for line in received:
            first, _, rest = line.partition("\n")
            print(first)
            if rest:
                print("   traceback ends with:", rest.splitlines()[-1])


if __name__ == "__main__":
    main()
