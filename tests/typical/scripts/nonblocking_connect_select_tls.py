"""Hand-rolled non-blocking client: connect_ex, select() for writability, manual handshake and I/O."""
import errno
import os
import select
import socket
import ssl
import subprocess
import tempfile
import threading
import time


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
         "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def blocking_server(lsock, ctx, size):
    conn, _ = lsock.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        got = 0
        while got < size:
            got += len(tls.recv(65536))
        blob = bytes(range(256)) * (size // 256)
        tls.sendall(b"%08d" % len(blob) + blob)
        tls.recv(1)


def wait(sock, want_read, deadline):
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("deadline passed")
    r, w, _ = select.select([sock] if want_read else [], [] if want_read else [sock], [], left)
    return bool(r or w)


def retrying(fn, sock, deadline, counters):
    while True:
        try:
            return fn()
        except ssl.SSLWantReadError:
            counters["want_read"] += 1
            wait(sock, True, deadline)
        except ssl.SSLWantWriteError:
            counters["want_write"] += 1
            wait(sock, False, deadline)


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        lsock.settimeout(10)
        size = 300000
        t = threading.Thread(target=blocking_server, args=(lsock, sctx, size))
        t.start()
        deadline = time.monotonic() + 20
        sock = socket.socket()
        sock.setblocking(False)
        rc = sock.connect_ex(lsock.getsockname())
        print("connect_ex:", errno.errorcode.get(rc, rc) if rc else 0)
        print("writable:", wait(sock, False, deadline), "SO_ERROR:", sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
        print("timeout:", sock.gettimeout(), "blocking flag off:", sock.getblocking() if hasattr(sock, "getblocking") else "n/a")
        ctx = ssl.create_default_context(cafile=cert)
        tls = ctx.wrap_socket(sock, server_hostname="127.0.0.1", do_handshake_on_connect=False)
        counters = {"want_read": 0, "want_write": 0}
        retrying(tls.do_handshake, tls, deadline, counters)
        print("handshake done, version:", tls.version() in ("TLSv1.2", "TLSv1.3"))
        payload = b"z" * size
        sent = 0
        while sent < size:
            sent += retrying(lambda: tls.send(payload[sent:sent + 50000]), tls, deadline, counters)
        print("sent:", sent)
        header = b""
        while len(header) < 8:
            header += retrying(lambda: tls.recv(8 - len(header)), tls, deadline, counters)
        expected = int(header)
        body = bytearray()
        while len(body) < expected:
            chunk = retrying(lambda: tls.recv(65536), tls, deadline, counters)
            if not chunk:
                break
            body += chunk
        print("received:", len(body), "pattern ok:", body[:256] == bytes(range(256)), body[-1])
        retrying(lambda: tls.send(b"."), tls, deadline, counters)
        tls.close()
        t.join(10)
        lsock.close()
        free = socket.socket()
        free.bind(("127.0.0.1", 0))
        addr = free.getsockname()  # bound, not listening: the connect is refused
        s2 = socket.socket()
        s2.setblocking(False)
        rc = s2.connect_ex(addr)
        ready = wait(s2, False, time.monotonic() + 5)
        err = s2.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        print("refused port:", errno.errorcode.get(rc, rc), ready, errno.errorcode[err], os.strerror(err))
        s2.close()
        try:
            select.select([s2], [], [], 0)
        except (ValueError, OSError) as exc:
            print("select on closed socket:", type(exc).__name__, exc)


if __name__ == "__main__":
    main()
