"""TLS over Unix domain sockets: a worker pool talks to a supervisor over
socketpair() and over a named socket in a temporary directory, each
channel wrapped in TLS with a pinned self-signed certificate."""
import hashlib
import os
import queue
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, cert = os.path.join(d, "sup.key"), os.path.join(d, "sup.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "3", "-subj", "/CN=supervisor", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def supervisor(ctx, sock, results):
    with ctx.wrap_socket(sock, server_side=True) as tls:
        total = 0
        while True:
            chunk = tls.recv(1024)
            if not chunk or chunk == b"DONE":
                break
            total += int(chunk.decode())
            tls.sendall(b"ACK " + chunk)
        results.put(("family=%s" % tls.family.name, total, tls.version() is not None))


def worker(ctx, sock, numbers, log):
    with ctx.wrap_socket(sock) as tls:
        der = tls.getpeercert(binary_form=True)
        log.append("pin ok: %s" % (hashlib.sha256(der).hexdigest() == PIN[0]))
        for n in numbers:
            tls.sendall(str(n).encode())
            log.append(tls.recv(1024).decode())
        tls.sendall(b"DONE")


PIN = [None]


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        with open(cert) as f:
            PIN[0] = hashlib.sha256(ssl.PEM_cert_to_DER_cert(f.read())).hexdigest()
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        cctx.check_hostname = False
        cctx.load_verify_locations(cert)
        results = queue.Queue()

        # 1. an anonymous pair
        a, b = socket.socketpair()
        a.settimeout(10)
        b.settimeout(10)
        t = threading.Thread(target=supervisor, args=(sctx, a, results))
        t.start()
        log = []
        worker(cctx, b, [1, 2, 3], log)
        t.join(10)
        print("socketpair:", log, results.get(timeout=5))

        # 2. a named socket
        path = os.path.join(d, "control.sock")
        srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        srv.bind(path)
        srv.listen(1)
        srv.settimeout(10)
        print("bound name:", os.path.basename(srv.getsockname()))

        def accept_one():
            conn, addr = srv.accept()
            results.put(("peer address", repr(addr)))
            supervisor(sctx, conn, results)
        t = threading.Thread(target=accept_one)
        t.start()
        c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        c.settimeout(10)
        c.connect(path)
        log = []
        worker(cctx, c, [10, 20], log)
        t.join(10)
        srv.close()
        print("named:", log)
        while not results.empty():
            print(" ", results.get())


if __name__ == "__main__":
    main()
