"""A TLS-terminating proxy: clients speak TLS to the proxy, which relays
the plaintext to a TCP backend with select() and counts bytes each way."""
import os
import select
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, cert = os.path.join(d, "proxy.key"), os.path.join(d, "proxy.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "5",
         "-subj", "/CN=proxy.test", "-addext", "subjectAltName=DNS:proxy.test",
         "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def listener():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(4)
    s.settimeout(10)
    return s


def backend(sock, n):
    """Plain TCP service: answers each line with its length."""
    for _ in range(n):
        conn, _ = sock.accept()
        with conn, conn.makefile("rwb") as f:
            for line in f:
                f.write(b"%d:%s" % (len(line.strip()), line))
                f.flush()


class Relay:
    def __init__(self, ctx, backend_addr):
        self.ctx = ctx
        self.backend_addr = backend_addr
        self.stats = []

    def handle(self, raw):
        tls = self.ctx.wrap_socket(raw, server_side=True)
        up = socket.create_connection(self.backend_addr, timeout=10)
        sent = received = 0
        try:
            while True:
                if tls.pending():
                    ready = [tls]
                else:
                    ready, _, _ = select.select([tls, up], [], [], 10)
                if not ready:
                    break
                if tls in ready:
                    try:
                        data = tls.recv(4096)
                    except (ssl.SSLError, OSError):
                        data = b""  # client went away without close_notify
                    if not data:
                        break
                    up.sendall(data)
                    sent += len(data)
                if up in ready:
                    data = up.recv(4096)
                    if not data:
                        break
                    tls.sendall(data)
                    received += len(data)
        finally:
            up.close()
            tls.close()
        self.stats.append((sent, received))


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        back, front = listener(), listener()
        tb = threading.Thread(target=backend, args=(back, 2))
        tb.start()
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        relay = Relay(sctx, back.getsockname())

        def front_loop():
            for _ in range(2):
                conn, _ = front.accept()
                relay.handle(conn)
        tf = threading.Thread(target=front_loop)
        tf.start()
        cctx = ssl.create_default_context(cafile=cert)
        for batch in ([b"alpha", b"beta"], [b"a much longer line of text", b"", b"z"]):
            with socket.create_connection(front.getsockname(), timeout=10) as raw:
                with cctx.wrap_socket(raw, server_hostname="proxy.test") as s:
                    f = s.makefile("rwb")
                    for item in batch:
                        f.write(item + b"\n")
                        f.flush()
                        print("reply:", f.readline().rstrip(b"\n"))
                    f.close()
                    print("cipher bits:", s.cipher()[2], "peer CN:",
                          dict(x[0] for x in s.getpeercert()["subject"])["commonName"])
        tf.join(10)
        tb.join(10)
        back.close()
        front.close()
        for i, (up, down) in enumerate(relay.stats):
            print("session %d: %d bytes up, %d bytes down" % (i, up, down))


if __name__ == "__main__":
    main()
