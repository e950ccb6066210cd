"""How much a TLS socket holds: a server sends records of several sizes;
the client reads them in small pieces and reports pending() (bytes
decrypted and buffered in the SSL object), how select() sees a socket
whose data is already buffered, non-blocking reads that raise
SSLWantReadError when nothing is left, recv_into a memoryview slice,
and a timeout on a blocking read."""
import os
import select
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "2", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def server(lsock, ctx, go, done):
    raw, _ = lsock.accept()
    with ctx.wrap_socket(raw, server_side=True) as s:
        for size in (100, 5000, 20000):
            go.wait(10)
            go.clear()
            s.sendall(bytes([size % 251]) * size)
        done.wait(10)
        s.unwrap()


def wait_pending(s, want):
    """Reads one byte once data has arrived, so that the record is
    decrypted into the SSL object's buffer; returns it."""
    select.select([s], [], [], 5)
    return s.recv(1)


def main():
    d = tempfile.mkdtemp()
    try:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        go, done = threading.Event(), threading.Event()
        t = threading.Thread(target=server, args=(lsock, sctx, go, done))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        s = cctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=10), server_hostname="localhost")
        print("after handshake: pending", s.pending())

        go.set()
        first = wait_pending(s, 100)
        print("100-byte record: first byte %r, pending %d" % (first, s.pending()))
        r, _, _ = select.select([s], [], [], 0)
        print("select sees the buffered rest as readable:", bool(r))
        rest = s.recv(1000)
        print("recv(1000) gave %d bytes, pending %d" % (len(rest), s.pending()))

        s.setblocking(False)
        try:
            s.recv(10)
        except ssl.SSLWantReadError as e:
            print("non-blocking recv with nothing buffered:", type(e).__name__, e.args[0])
        s.settimeout(10)

        go.set()
        total = len(wait_pending(s, 5000))
        pend = []
        while total < 5000:
            chunk = s.recv(700)
            total += len(chunk)
            pend.append(s.pending())
        print("5000-byte record read in 700-byte pieces: got %d, pending never above one record: %s, ends at %d"
              % (total, max(pend) <= 16384, pend[-1]))

        go.set()
        buf = bytearray(20000)
        view = memoryview(buf)
        got = 0
        while got < 20000:
            n = s.recv_into(view[got:], min(4096, 20000 - got))
            got += n
        print("20000 bytes by recv_into(view[got:], 4096): %d, all %r: %s" % (
            got, 20000 % 251, buf == bytes([20000 % 251]) * 20000))

        s.settimeout(0.2)
        try:
            s.recv(1)
        except socket.timeout as e:
            print("blocking read with a 0.2 s timeout:", type(e).__name__, e)
        done.set()
        s.settimeout(10)
        print("server's close_notify: recv gives", s.recv(10))
        s = s.unwrap()
        s.close()
        t.join(10)
        lsock.close()
    finally:
        shutil.rmtree(d)


main()
