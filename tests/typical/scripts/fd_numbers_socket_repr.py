"""Which descriptor numbers a script's sockets and files get, and how they
show up in repr() -- an admin script that logs its open sockets."""
import os
import re
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "5",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def scrub(text):
    # ports change from run to run
    return re.sub(r"(\('127\.0\.0\.1', )\d+\)", r"\1PORT)", text)


def main():
    first = socket.socket()
    print("first socket fd:", first.fileno())
    print(scrub(repr(first)))
    second = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    print("second socket fd:", second.fileno())
    first.close()
    print("after close:", repr(first))
    third = socket.socket()
    print("reused fd:", third.fileno())
    third.close()
    second.close()

    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        with open(cert) as f:
            print("file fd:", f.fileno())
        srv_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        srv_ctx.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        print("listener fd:", listener.fileno())
        port = listener.getsockname()[1]
        got = []

        def serve():
            conn, _ = listener.accept()
            got.append(conn.fileno())
            with srv_ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(s.recv(100)[::-1])

        t = threading.Thread(target=serve)
        t.start()
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.load_verify_locations(cert)
        # (not create_connection: its name lookup may open a descriptor
        # of its own for a moment, which would move the numbers below)
        raw = socket.socket()
        raw.settimeout(10)
        raw.connect(("127.0.0.1", port))
        client_fd = raw.fileno()
        tls = ctx.wrap_socket(raw, server_hostname="localhost")
        print("raw after wrap:", raw.fileno(), "tls keeps it:", tls.fileno() == client_fd)
        # which of the two ends gets the lower number is a race (the
        # resolver or OpenSSL may hold a descriptor for a moment): the pair
        # is printed once both are known
        print(re.sub(r"fd=\d+", "fd=N", scrub(repr(tls)).replace(str(port), "PORT")))
        tls.sendall(b"stressed")
        print(tls.recv(100))
        t.join(10)
        print("client and server fds:", sorted([client_fd] + got))
        tls.close()
        listener.close()
        print("closed:", repr(tls)[:40])
    fds = sorted(int(n) for n in os.listdir("/proc/self/fd") if int(n) < 20)
    print("low fds open at end:", [fd for fd in fds if fd > 2 and fd < 10])


main()
