"""How a TLS client copes with slow and silent peers: connect and read
timeouts (socket.timeout messages for plain and TLS sockets), a server
that accepts but never answers the handshake, settimeout/gettimeout on
wrapped sockets, makefile reads hitting a timeout, and a peer that
answers slowly in pieces read with recv_into and a memoryview."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import time


def make_cert(d):
    crt, key = os.path.join(d, "slow.crt"), os.path.join(d, "slow.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "1", "-subj", "/CN=slow.local", "-addext", "subjectAltName=DNS:slow.local",
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def listener():
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(4)
    return ls


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)

        # 1. a server that accepts TCP but never speaks TLS
        mute = listener()
        raw = socket.create_connection(mute.getsockname(), timeout=0.3)
        print("timeout before wrap:", raw.gettimeout())
        t0 = time.time()
        try:
            cctx.wrap_socket(raw, server_hostname="slow.local")
        except socket.timeout as e:
            print("handshake:", type(e).__name__, "|", e, "| is OSError:", isinstance(e, OSError),
                  "| waited ~0.3s:", 0.25 < time.time() - t0 < 60)
        raw.close()

        # 2. a TLS server that answers slowly, in pieces
        ls = listener()
        ready = threading.Event()
        done = threading.Event()

        def slow_server():
            conn, _ = ls.accept()
            with sctx.wrap_socket(conn, server_side=True) as s:
                s.recv(10)
                for piece in (b"first ", b"second ", b"third\n"):
                    s.sendall(piece)
                    time.sleep(0.05)
                ready.wait(30)
                s.sendall(b"late line\n")
                done.wait(30)  # open until the client has seen its timeout
        th = threading.Thread(target=slow_server)
        th.start()
        with socket.create_connection(ls.getsockname(), timeout=20) as raw:
            with cctx.wrap_socket(raw, server_hostname="slow.local") as s:
                print("wrapped timeout:", s.gettimeout(), "| blocking:", s.getblocking() if hasattr(s, "getblocking") else "n/a")
                s.sendall(b"go")
                buf = bytearray(64)
                view = memoryview(buf)
                got = 0
                while not bytes(buf[:got]).endswith(b"\n"):
                    n = s.recv_into(view[got:], 64 - got)
                    got += n
                print("pieces joined:", bytes(buf[:got]))
                s.settimeout(0.2)
                try:
                    s.recv(100)
                except socket.timeout as e:
                    print("read timeout:", e)
                ready.set()
                s.settimeout(20)
                f = s.makefile("rb")
                print("makefile line:", f.readline())
                s.settimeout(0.2)
                try:
                    f.readline()
                except socket.timeout as e:
                    print("makefile timeout:", e)
                done.set()
                f.close()
        th.join(30)
        ls.close()
        mute.close()

        # 3. connecting to a port nobody listens on
        ghost = socket.socket()  # bound but never listening: connections are refused
        ghost.bind(("127.0.0.1", 0))
        port = ghost.getsockname()[1]
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1)
        except ConnectionRefusedError as e:
            print("refused:", e.errno, e.strerror)
        s = socket.socket()
        s.settimeout(0)
        print("non-blocking connect_ex:", s.connect_ex(("127.0.0.1", port)) in (115, 111))
        s.close()
        print("default timeout:", socket.getdefaulttimeout())
        ghost.close()


main()
