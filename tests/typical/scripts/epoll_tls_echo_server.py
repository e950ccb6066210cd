"""A single-threaded TLS echo server on select.epoll: non-blocking
accepts, handshakes driven by SSLWantReadError/SSLWantWriteError, line
echo with pending() drained, clean unwrap-free close; four client threads
with different message sizes, and the epoll object's own API
(register/modify/unregister errors, closed, fileno)."""
import errno
import os
import select
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "3", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Conn:
    def __init__(self, tls):
        self.tls = tls
        self.handshaken = False
        self.inbuf = b""
        self.outbuf = b""
        self.lines = 0


def serve(listener, ctx, clients, report):
    ep = select.epoll()
    ep.register(listener.fileno(), select.EPOLLIN)
    conns = {}
    finished = 0
    while finished < clients:
        for fd, events in ep.poll(5):
            if fd == listener.fileno():
                raw, _ = listener.accept()
                raw.setblocking(False)
                tls = ctx.wrap_socket(raw, server_side=True, do_handshake_on_connect=False)
                conns[tls.fileno()] = Conn(tls)
                ep.register(tls.fileno(), select.EPOLLIN)
                continue
            c = conns[fd]
            if not c.handshaken:
                try:
                    c.tls.do_handshake()
                    c.handshaken = True
                    report.append("handshake done %s" % c.tls.version())
                except ssl.SSLWantReadError:
                    ep.modify(fd, select.EPOLLIN)
                    continue
                except ssl.SSLWantWriteError:
                    ep.modify(fd, select.EPOLLOUT)
                    continue
            if events & select.EPOLLIN:
                closed = False
                try:
                    while True:
                        data = c.tls.recv(4096)
                        if not data:
                            closed = True
                            break
                        c.inbuf += data
                        if not c.tls.pending():
                            break
                except ssl.SSLWantReadError:
                    pass
                except (ssl.SSLError, ConnectionError):
                    # a client that closes without close_notify
                    closed = True
                while b"\n" in c.inbuf:
                    line, c.inbuf = c.inbuf.split(b"\n", 1)
                    c.lines += 1
                    c.outbuf += b"%d:%d:" % (c.lines, len(line)) + line[::-1] + b"\n"
                if closed:
                    report.append("client closed after %d lines" % c.lines)
                    ep.unregister(fd)
                    c.tls.close()
                    del conns[fd]
                    finished += 1
                    continue
            if c.outbuf:
                try:
                    sent = c.tls.send(c.outbuf)
                    c.outbuf = c.outbuf[sent:]
                except ssl.SSLWantWriteError:
                    pass
                ep.modify(fd, select.EPOLLIN | (select.EPOLLOUT if c.outbuf else 0))
    ep.close()
    report.append("epoll closed: %s" % ep.closed)


def client(port, crt, n, size, results, i):
    ctx = ssl.create_default_context(cafile=crt)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            f = s.makefile("rwb")
            answers = []
            for k in range(n):
                f.write(bytes([97 + (k + i) % 26]) * size + b"!\n")
                f.flush()
                answers.append(f.readline().rstrip(b"\n"))
            f.close()
            results[i] = [a[:24] for a in answers]


def main():
    ep = select.epoll()
    print("epoll fileno >= 0:", ep.fileno() >= 0, "closed:", ep.closed)
    r, w = os.pipe()
    ep.register(r, select.EPOLLIN)
    try:
        ep.register(r, select.EPOLLIN)
    except OSError as exc:
        print("register twice:", errno.errorcode[exc.errno])
    try:
        ep.modify(w, select.EPOLLOUT)
    except OSError as exc:
        print("modify unregistered:", errno.errorcode[exc.errno])
    os.write(w, b"x")
    print("poll on pipe:", ep.poll(1) == [(r, select.EPOLLIN)])
    ep.unregister(r)
    try:
        ep.unregister(r)
    except OSError as exc:
        print("unregister twice:", errno.errorcode[exc.errno])
    ep.close()
    try:
        ep.poll(0)
    except ValueError as exc:
        print("poll after close:", exc)
    os.close(r)
    os.close(w)

    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.setblocking(False)
        report = []
        sizes = [1, 100, 5000, 40000]
        server = threading.Thread(target=serve, args=(listener, ctx, len(sizes), report))
        server.start()
        results = {}
        threads = [threading.Thread(target=client, args=(listener.getsockname()[1], crt, 3, size, results, i))
                   for i, size in enumerate(sizes)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        server.join(30)
        listener.close()
        for i in sorted(results):
            print("client %d (%d bytes):" % (i, sizes[i]), results[i])
        print("server:", sorted(report))


main()
