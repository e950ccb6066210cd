"""A line-echo TLS server that logs every way a client can leave: a
polite QUIT, a clean unwrap(), closing the socket without a TLS
close_notify, a plain-text client, and a client that never sends."""
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(name)s:%(levelname)s:%(message)s")
log = logging.getLogger("server")


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def handle(ctx, conn, label, done):
    conn.settimeout(3)
    try:
        with ctx.wrap_socket(conn, server_side=True) as s:
            lines = 0
            while True:
                data = s.recv(1024)
                if not data:
                    log.info("%s: clean EOF after %d lines", label, lines)
                    break
                lines += 1
                if data.strip() == b"QUIT":
                    log.info("%s: quit", label)
                    s.sendall(b"bye\n")
                    break
                s.sendall(b"echo " + data)
    except ssl.SSLError as exc:
        log.warning("%s: TLS error %s (%s)", label, exc.reason, type(exc).__name__)
        log.warning("%s: message %s", label, exc)
    except socket.timeout:
        log.warning("%s: timed out", label)
    except OSError as exc:
        log.warning("%s: OS error %s", label, exc.__class__.__name__)
    finally:
        done.set()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        addr = lsock.getsockname()

        def run(label, client):
            done = threading.Event()
            t = threading.Thread(target=lambda: handle(sctx, lsock.accept()[0], label, done))
            t.start()
            note = client()
            done.wait(10)
            t.join(10)
            if note:
                print(note)

        def polite():
            with cctx.wrap_socket(socket.create_connection(addr), server_hostname="localhost") as s:
                s.sendall(b"hello\n")
                print("polite got", s.recv(100))
                s.sendall(b"QUIT\n")
                print("polite got", s.recv(100))

        def unwrapping():
            s = cctx.wrap_socket(socket.create_connection(addr), server_hostname="localhost")
            s.sendall(b"one\n")
            print("unwrap got", s.recv(100))
            try:
                plain = s.unwrap()
            except ssl.SSLError as exc:
                print("unwrap failed:", exc.__class__.__name__, exc.library, exc.reason, exc.errno)
                print("  ", exc)
                s.close()
            else:
                print("unwrapped to", type(plain).__name__)
                plain.close()

        def abrupt():
            s = cctx.wrap_socket(socket.create_connection(addr), server_hostname="localhost")
            s.sendall(b"two\n")
            print("abrupt got", s.recv(100))
            s.close()

        def plaintext():
            with socket.create_connection(addr) as s:
                s.sendall(b"GET / HTTP/1.0\r\n\r\n")
                try:
                    return "plaintext got %r" % s.recv(100)[:1]
                except ConnectionResetError as exc:
                    return "plaintext reset: %d" % exc.errno

        def silent():
            with socket.create_connection(addr) as s:
                return "silent got %r" % s.recv(100)

        for label, client in [("polite", polite), ("unwrap", unwrapping), ("abrupt", abrupt),
                              ("plaintext", plaintext), ("silent", silent)]:
            run(label, client)
        lsock.close()


if __name__ == "__main__":
    main()
