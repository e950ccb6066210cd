"""A TLS re-encrypting relay driven by select.select: clients connect to the
relay over TLS (the relay's own certificate), the relay opens a second TLS
connection to the backend (verified against the backend's CA) and copies
decrypted bytes both ways, minding SSLSocket.pending() so that bytes
buffered inside the TLS layer are not left behind.  Counts bytes per
direction and handles the client's half-close."""
import hashlib
import os
import select
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, cn):
    key, crt = os.path.join(d, cn + ".key"), os.path.join(d, cn + ".pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "4",
                    "-subj", "/CN=" + cn, "-addext", "subjectAltName=DNS:" + cn,
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def backend(lsock, ctx, n):
    """Answers each request line with its length and digest; a request
    'BLOB n' gets n bytes back."""
    for _ in range(n):
        conn, _ = lsock.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            f = s.makefile("rb")
            for line in f:
                line = line.rstrip(b"\n")
                if line.startswith(b"BLOB "):
                    size = int(line[5:])
                    s.sendall(bytes(i % 251 for i in range(size)))
                else:
                    s.sendall(b"%d %s\n" % (len(line), hashlib.sha1(line).hexdigest()[:12].encode()))
            f.close()
            s.unwrap().close()


def pump(src, dst):
    data = src.recv(16384)
    while data and src.pending():
        data += src.recv(src.pending())
    if data:
        dst.sendall(data)
    return len(data)


def relay(lsock, front_ctx, back_ctx, back_addr, n, stats):
    for _ in range(n):
        conn, _ = lsock.accept()
        front = front_ctx.wrap_socket(conn, server_side=True)
        back = back_ctx.wrap_socket(socket.create_connection(back_addr, timeout=10),
                                    server_hostname="backend.test")
        up = down = 0
        open_ends = {front: back, back: front}
        rounds = 0
        while open_ends and rounds < 10000:
            rounds += 1
            readable, _, _ = select.select(list(open_ends), [], [], 5)
            if not readable:
                break
            for s in readable:
                n_bytes = pump(s, open_ends[s])
                if s is front:
                    up += n_bytes
                else:
                    down += n_bytes
                if n_bytes == 0:
                    # close_notify from one side: pass the close on, in order.
                    front.unwrap().close()
                    back.unwrap().close()
                    open_ends.clear()
                    break
        stats.append((up, down))
        front.close()
        back.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        bcrt, bkey = make_cert(d, "backend.test")
        rcrt, rkey = make_cert(d, "relay.test")
        bctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        bctx.load_cert_chain(bcrt, bkey)
        # TLS 1.2 to the backend: a TLS 1.3 session ticket arriving after
        # the handshake makes select() report the relay's backend socket
        # readable with no data for recv(), which then blocks while the
        # backend waits for the request (a race under load, in CPython too)
        bctx.options |= ssl.OP_NO_TLSv1_3
        rctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        rctx.load_cert_chain(rcrt, rkey)
        to_backend = ssl.create_default_context(cafile=bcrt)

        bl = socket.socket()
        bl.bind(("127.0.0.1", 0))
        bl.listen(2)
        rl = socket.socket()
        rl.bind(("127.0.0.1", 0))
        rl.listen(2)
        stats = []
        threads = [threading.Thread(target=backend, args=(bl, bctx, 2)),
                   threading.Thread(target=relay, args=(rl, rctx, to_backend, bl.getsockname(), 2, stats))]
        for t in threads:
            t.start()

        cctx = ssl.create_default_context(cafile=rcrt)
        with cctx.wrap_socket(socket.create_connection(rl.getsockname(), timeout=10),
                              server_hostname="relay.test") as c:
            print("client sees:", dict(x[0] for x in c.getpeercert()["subject"])["commonName"])
            f = c.makefile("rb")
            for line in [b"hello", b"relay me please", b"x" * 3000]:
                c.sendall(line + b"\n")
                print("reply:", f.readline())
            c.sendall(b"BLOB 100000\n")
            got = b""
            while len(got) < 100000:
                got += c.recv(65536)
            print("blob:", len(got), hashlib.sha256(got).hexdigest()[:16])
            f.close()
            print("client unwrap:", type(c.unwrap()).__name__)
        with cctx.wrap_socket(socket.create_connection(rl.getsockname(), timeout=10),
                              server_hostname="relay.test") as c:
            c.sendall(b"".join(b"line %d\n" % i for i in range(50)))
            f = c.makefile("rb")
            replies = [f.readline() for _ in range(50)]
            print("pipelined replies:", len(replies), replies[0], replies[-1])
            f.close()
            print("client unwrap:", type(c.unwrap()).__name__)
        for t in threads:
            t.join(15)
        bl.close()
        rl.close()
        for up, down in stats:
            print("relayed up=%d down=%d" % (up, down))


if __name__ == "__main__":
    main()
