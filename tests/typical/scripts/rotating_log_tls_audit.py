"""Audit TLS handshakes into a size-rotated log file, then read the rotated
files back and summarise them."""
import glob
import logging
import logging.handlers
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, name):
    cert, key = os.path.join(d, name + ".pem"), os.path.join(d, name + ".key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "3", "-subj", "/CN=" + name, "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def serve(srv, ctx, count):
    for _ in range(count):
        conn, _ = srv.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"hello " + s.recv(64))
        except (ssl.SSLError, OSError):
            pass


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d, "localhost")
        other, _ = make_cert(d, "stranger")
        logfile = os.path.join(d, "audit.log")
        audit = logging.getLogger("audit")
        audit.setLevel(logging.INFO)
        h = logging.handlers.RotatingFileHandler(logfile, maxBytes=200, backupCount=3)
        h.setFormatter(logging.Formatter("%(levelname)s|%(message)s"))
        audit.addHandler(h)

        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(8)
        port = srv.getsockname()[1]
        attempts = [("good", cert, "localhost"), ("wrong-ca", other, "localhost"),
                    ("good", cert, "localhost"), ("wrong-ca", other, "localhost"),
                    ("good", cert, "localhost"), ("good", cert, "localhost")]
        t = threading.Thread(target=serve, args=(srv, sctx, len(attempts)))
        t.start()
        for i, (label, ca, name) in enumerate(attempts):
            ctx = ssl.create_default_context(cafile=ca)
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
                    with ctx.wrap_socket(raw, server_hostname=name) as s:
                        s.sendall(("client%d" % i).encode())
                        reply = s.recv(64).decode()
                audit.info("attempt=%d label=%s ok reply=%s", i, label, reply)
            except ssl.SSLError as e:
                audit.warning("attempt=%d label=%s failed reason=%s", i, label, e.reason)
            except ssl.CertificateError as e:
                audit.warning("attempt=%d label=%s failed name: %s", i, label, e)
        t.join(10)
        srv.close()
        h.close()
        files = sorted(glob.glob(logfile + "*"))
        print("log files:", [os.path.basename(f) for f in files])
        for f in files:
            with open(f) as fh:
                lines = fh.read().splitlines()
            print("%s: %d lines, %d bytes" % (os.path.basename(f), len(lines), os.path.getsize(f)))
            for line in lines:
                level, msg = line.split("|", 1)
                print("   ", level[0], msg[:60])


main()
