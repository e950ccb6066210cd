"""Socket options on a TLS client, and what a reset looks like.

A client tunes its connection (TCP_NODELAY, keep-alive and its timers,
buffer sizes, SO_LINGER) through the SSLSocket, reads the options back,
and finally aborts a plain connection with a zero linger so that the
server sees a reset instead of an end of file.
"""
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading


def options(sock):
    out = {
        "nodelay": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY),
        "keepalive": sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
        "type": sock.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE) == socket.SOCK_STREAM,
        "error": sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR),
        "linger": struct.unpack("ii", sock.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)),
    }
    if hasattr(socket, "TCP_KEEPIDLE"):
        out["keepidle"] = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE)
        out["keepintvl"] = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL)
    return out


def tls_server(lsock, ctx, done):
    conn, _ = lsock.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        data = tls.recv(100)
        tls.sendall(b"ack:" + data)
        done.wait(30)


def plain_server(lsock, results, got_first):
    conn, _ = lsock.accept()
    with conn:
        conn.settimeout(20)
        try:
            first = conn.recv(100)
            results.append(("first read", first))
            got_first.set()
            results.append(("second read", conn.recv(100)))
        except OSError as exc:
            results.append((type(exc).__name__, exc.errno, exc.strerror))


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "o.crt"), os.path.join(d, "o.key")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                               "-subj", "/CN=opts.local", "-addext", "subjectAltName=DNS:opts.local",
                               "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        print("listener reuseaddr:", lsock.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(2)
        done = threading.Event()
        t = threading.Thread(target=tls_server, args=(lsock, sctx, done))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        raw = socket.create_connection(lsock.getsockname(), timeout=20)
        print("before:", options(raw))
        with cctx.wrap_socket(raw, server_hostname="opts.local") as tls:
            tls.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            tls.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
            if hasattr(socket, "TCP_KEEPIDLE"):
                tls.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 30)
                tls.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 5)
            tls.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 3))
            print("after: ", options(tls))
            print("same descriptor:", tls.fileno() == raw.fileno() if raw.fileno() != -1 else "raw detached")
            tls.sendall(b"hello")
            print("reply:", tls.recv(100))
            try:
                tls.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"short")
            except OSError as exc:
                print("bad linger:", type(exc).__name__, exc.errno, exc.strerror)
            try:
                tls.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 2000)
            except OSError as exc:
                print("huge buffer:", type(exc).__name__, exc)
            done.set()
        t.join(30)
        try:
            tls.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
        except OSError as exc:
            print("closed:", type(exc).__name__, exc.errno, exc.strerror)

        results = []
        got_first = threading.Event()
        t = threading.Thread(target=plain_server, args=(lsock, results, got_first))
        t.start()
        c = socket.create_connection(lsock.getsockname(), timeout=20)
        c.sendall(b"partial request")
        c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        got_first.wait(30)  # abort once the server is waiting for more
        c.close()
        t.join(30)
        for r in results:
            print("server saw:", r)
        lsock.close()


if __name__ == "__main__":
    main()
