"""Several non-blocking TLS clients driven by one select.poll() loop: each
client is a small state machine (connect, handshake, send request, read
reply, close) reacting to POLLIN/POLLOUT, the way event-loop code is
written without asyncio; a threaded server answers each line."""
import errno
import os
import select
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "3", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def server(lsock, ctx, n):
    def handle(conn):
        with ctx.wrap_socket(conn, server_side=True) as s:
            f = s.makefile("rb")
            line = f.readline()
            s.sendall(b"ECHO " + line.strip().upper() + b" (" + str(len(line)).encode() + b")\n")
            f.close()
            try:
                s.unwrap()
            except OSError:
                pass  # the client may close first
    threads = []
    for _ in range(n):
        conn, _ = lsock.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        threads.append(t)
    for t in threads:
        t.join(10)


class Client:
    def __init__(self, name, addr, ctx):
        self.name = name
        raw = socket.socket()
        raw.setblocking(False)
        err = raw.connect_ex(addr)
        assert err in (0, errno.EINPROGRESS), err
        self.sock = ctx.wrap_socket(raw, server_hostname="localhost", do_handshake_on_connect=False)
        self.state = "connecting"
        self.out = ("hello from %s\n" % name).encode()
        self.reply = b""
        self.transitions = ["connecting"]

    def set_state(self, s):
        self.state = s
        self.transitions.append(s)

    def events(self):
        if self.state in ("connecting",):
            return select.POLLOUT
        if self.state == "handshake-write" or self.state == "sending":
            return select.POLLOUT
        return select.POLLIN

    def step(self):
        try:
            if self.state == "connecting":
                self.set_state("handshake")
            if self.state.startswith("handshake"):
                self.sock.do_handshake()
                self.set_state("sending")
            if self.state == "sending":
                n = self.sock.send(self.out)
                self.out = self.out[n:]
                if not self.out:
                    self.set_state("reading")
                return
            if self.state == "reading":
                data = self.sock.recv(1024)
                if data:
                    self.reply += data
                    if not self.reply.endswith(b"\n"):
                        return
                self.set_state("done")
        except ssl.SSLWantReadError:
            if self.state.startswith("handshake"):
                self.state = "handshake-read"
        except ssl.SSLWantWriteError:
            if self.state.startswith("handshake"):
                self.state = "handshake-write"


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(8)
        names = ["alpha", "bravo", "charlie", "delta", "echo"]
        t = threading.Thread(target=server, args=(lsock, sctx, len(names)))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        clients = {}
        poller = select.poll()
        for name in names:
            c = Client(name, lsock.getsockname(), cctx)
            clients[c.sock.fileno()] = c
            poller.register(c.sock.fileno(), c.events())
        loops = 0
        finished = []
        while clients and loops < 2000:
            loops += 1
            for fd, ev in poller.poll(5000):
                c = clients[fd]
                if ev & (select.POLLERR | select.POLLNVAL):
                    print(c.name, "socket error", ev)
                c.step()
                if c.state == "done":
                    poller.unregister(fd)
                    del clients[fd]
                    finished.append((c.name, c.reply.decode().strip(), c.sock.version(),
                                     " -> ".join(c.transitions)))
                    c.sock.close()
                else:
                    poller.modify(fd, c.events())
        for row in sorted(finished):
            print("%-8s %-35s %s\n         states: %s" % row)
        print("left over:", len(clients), "loops bounded:", loops < 2000)
        t.join(10)
        lsock.close()


main()
