import os
import select
import socket
import ssl
import subprocess
import tempfile
import threading
import time


def main():
    tmp = tempfile.mkdtemp()
    crt, key = os.path.join(tmp, "c.pem"), os.path.join(tmp, "k.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-days", "1", "-subj", "/CN=localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)

    waited = threading.Event()

    def server():
        c, _ = ls.accept()
        with sctx.wrap_socket(c, server_side=True) as s:
            waited.wait(30)  # until the client has found nothing to read
            s.sendall(b"delayed hello")
            msg = s.recv(100)
            s.sendall(msg.upper())
            s.recv(1)

    th = threading.Thread(target=server)
    th.start()
    raw = socket.create_connection(ls.getsockname())
    raw.setblocking(False)
    cctx = ssl.create_default_context(cafile=crt)
    s = cctx.wrap_socket(raw, server_hostname="localhost", do_handshake_on_connect=False)
    wants = set()
    while True:
        try:
            s.do_handshake()
            break
        except ssl.SSLWantReadError:
            wants.add("read")
            select.select([s], [], [], 5)
        except ssl.SSLWantWriteError:
            wants.add("write")
            select.select([], [s], [], 5)
    print("handshake done, waits recorded are known kinds:", wants <= {"read", "write"})
    print("timeout:", s.gettimeout())
    got = b""
    reads = 0
    while len(got) < 13:
        try:
            got += s.recv(100)
        except ssl.SSLWantReadError:
            reads += 1
            waited.set()
            r, _, _ = select.select([s], [], [], 5)
    print("got:", got, "had to wait:", reads > 0)
    s.sendall(b"shout")
    while True:
        r, _, _ = select.select([s], [], [], 5)
        try:
            print("reply:", s.recv(100))
            break
        except ssl.SSLWantReadError:
            continue
    print("pending:", s.pending())
    s.setblocking(True)
    s.send(b"x")
    th.join()
    s.close()
    ls.close()
    p = select.poll()
    a, b = socket.socketpair()
    p.register(a, select.POLLIN)
    print("poll empty:", p.poll(0))
    b.send(b"!")
    print("poll ready:", [(fd == a.fileno(), ev & select.POLLIN != 0) for fd, ev in p.poll(1000)])
    a.close()
    b.close()
    subprocess.call(["rm", "-rf", tmp])


main()
