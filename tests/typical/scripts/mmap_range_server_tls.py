#!/usr/bin/env python3
# A TLS block server over a memory-mapped file: clients ask for byte
# ranges ("GET offset length"), the server answers from an mmap of the
# image without reading it into memory, and the client checks every block
# against a SHA-256 manifest, as a resumable downloader of large images
# would.
import hashlib
import mmap
import os
import socket
import ssl
import subprocess
import tempfile
import threading

BLOCK = 64 * 1024


def gen(tmp):
    cert, key = os.path.join(tmp, "srv.pem"), os.path.join(tmp, "srv.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "3",
                    "-subj", "/CN=images.local", "-addext", "subjectAltName=DNS:images.local",
                    "-keyout", key, "-out", cert],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def make_image(path, size):
    # deterministic content: a counter run through SHA-256
    with open(path, "wb") as f:
        n = 0
        while f.tell() < size:
            f.write(hashlib.sha256(n.to_bytes(4, "big")).digest() * 64)
            n += 1
        f.truncate(size)


def handle(tls, mm):
    rfile = tls.makefile("rb")
    try:
        for line in rfile:
            parts = line.split()
            if parts == [b"QUIT"]:
                tls.sendall(b"BYE\n")
                return
            if len(parts) != 3 or parts[0] != b"GET":
                tls.sendall(b"ERR bad request\n")
                continue
            try:
                off, length = int(parts[1]), int(parts[2])
            except ValueError:
                tls.sendall(b"ERR not a number\n")
                continue
            if off < 0 or length < 0 or off + length > len(mm):
                tls.sendall(b"ERR range %d+%d outside %d\n" % (off, length, len(mm)))
                continue
            tls.sendall(b"OK %d\n" % length)
            tls.sendall(mm[off:off + length])
    finally:
        rfile.close()


def serve(lsock, ctx, path):
    conn, _ = lsock.accept()
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
        with ctx.wrap_socket(conn, server_side=True) as tls:
            handle(tls, mm)
    lsock.close()


def recv_exact(rfile, n):
    data = rfile.read(n)
    if len(data) != n:
        raise EOFError("short block: %d of %d" % (len(data), n))
    return data


def main():
    with tempfile.TemporaryDirectory() as tmp:
        cert, key = gen(tmp)
        image = os.path.join(tmp, "disk.img")
        size = 5 * BLOCK + 12345
        make_image(image, size)
        with open(image, "rb") as f:
            manifest = []
            while True:
                block = f.read(BLOCK)
                if not block:
                    break
                manifest.append(hashlib.sha256(block).hexdigest())
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=serve, args=(lsock, sctx, image))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        whole = hashlib.sha256()
        with socket.create_connection(lsock.getsockname(), timeout=20) as sock:
            with cctx.wrap_socket(sock, server_hostname="images.local") as tls:
                rfile = tls.makefile("rb")
                # blocks out of order, as a resumed download asks for them
                order = [3, 0, 5, 1, 4, 2]
                got = {}
                for i in order:
                    length = min(BLOCK, size - i * BLOCK)
                    tls.sendall(b"GET %d %d\n" % (i * BLOCK, length))
                    status = rfile.readline().strip()
                    block = recv_exact(rfile, int(status.split()[1]))
                    ok = hashlib.sha256(block).hexdigest() == manifest[i]
                    got[i] = block
                    print("block %d: %s, %d bytes, manifest %s" % (
                        i, status.decode(), len(block), "ok" if ok else "MISMATCH"))
                for request in (b"GET %d 10\n" % size, b"GET -1 5\n", b"GET x y\n", b"PUT 0 1\n",
                                b"GET %d 0\n" % size):
                    tls.sendall(request)
                    reply = rfile.readline().strip()
                    print("%-24r -> %s" % (request.strip(), reply.decode()))
                tls.sendall(b"GET 100 7\n")
                rfile.readline()
                print("bytes 100-106:", recv_exact(rfile, 7).hex())
                tls.sendall(b"QUIT\n")
                print("quit:", rfile.readline().strip().decode())
                rfile.close()
        t.join(30)
        for i in sorted(got):
            whole.update(got[i])
        with open(image, "rb") as f:
            print("image rebuilt:", whole.hexdigest() == hashlib.sha256(f.read()).hexdigest())
        print("blocks:", len(manifest), "size:", size)


main()
