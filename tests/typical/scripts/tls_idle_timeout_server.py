"""A TLS line server that drops idle clients: each handler thread sets a
read timeout on its SSLSocket, answers commands, says goodbye and closes
when the client stays silent too long or sends too much; clients see the
goodbye line and then EOF. A slow client that trickles one byte at a time
keeps its connection while each byte arrives in time."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import time

IDLE = 1.0
EVENTS = []
LOCK = threading.Lock()


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "3", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def log(who, what):
    with LOCK:
        EVENTS.append((who, what))


def handler(tls, who):
    tls.settimeout(IDLE)
    buf = b""
    try:
        while True:
            try:
                data = tls.recv(1024)
            except socket.timeout as exc:
                log(who, "idle: %s" % exc)
                tls.sendall(b"bye: idle\n")
                break
            if not data:
                # the client's close_notify: answer it
                log(who, "client closed")
                tls.unwrap()
                break
            buf += data
            if len(buf) > 200:
                log(who, "line too long")
                tls.sendall(b"bye: too long\n")
                break
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                if line == b"time?":
                    tls.sendall(b"timeout is %.1f\n" % tls.gettimeout())
                else:
                    tls.sendall(b"echo " + line + b"\n")
    finally:
        tls.close()


def serve(listener, ctx, n):
    threads = []
    for i in range(n):
        raw, _ = listener.accept()
        tls = ctx.wrap_socket(raw, server_side=True)
        t = threading.Thread(target=handler, args=(tls, "conn%d" % i))
        t.start()
        threads.append(t)
    for t in threads:
        t.join(10)


def read_all(f):
    lines = []
    while True:
        try:
            line = f.readline()
        except (ssl.SSLError, ConnectionError):
            # the server hangs up without close_notify (3.6 on OpenSSL 3
            # reports "unexpected eof")
            line = b""
        if not line:
            lines.append("<EOF>")
            return lines
        lines.append(line.decode().strip())


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        server = threading.Thread(target=serve, args=(listener, sctx, 4))
        server.start()
        cctx = ssl.create_default_context(cafile=crt)
        addr = listener.getsockname()

        def connect():
            return cctx.wrap_socket(socket.create_connection(addr, timeout=10), server_hostname="localhost")

        with connect() as s:
            f = s.makefile("rb")
            s.sendall(b"hello\ntime?\n")
            print("silent client:", read_all(f))
            f.close()
        with connect() as s:
            f = s.makefile("rb")
            s.sendall(b"x" * 300)
            print("flooding client:", read_all(f))
            f.close()
        with connect() as s:
            f = s.makefile("rb")
            for ch in b"slow\n":
                s.sendall(bytes([ch]))
                time.sleep(IDLE / 5)
            print("trickling client got:", f.readline().decode().strip())
            s.sendall(b"done\n")
            print("then:", f.readline().decode().strip())
            f.close()
            s.unwrap().close()
        with connect() as s:
            s.sendall(b"quick\n")
            print("polite client:", s.recv(100).decode().strip())
            s.unwrap().close()
        server.join(15)
        listener.close()
        for who, what in sorted(EVENTS):
            print(who, what)


main()
