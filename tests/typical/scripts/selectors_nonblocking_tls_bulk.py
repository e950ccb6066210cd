"""A single-threaded, selectors-driven TLS server and client in one
process: both sockets non-blocking, the handshakes driven by
SSLWantReadError/SSLWantWriteError, a 200 KiB upload that has to be
written in pieces, pending() on the read side, and a clean shutdown with
unwrap() retried until the close_notify exchange completes."""
import hashlib
import os
import selectors
import socket
import ssl
import subprocess
import tempfile

PAYLOAD = bytes(i * 7 % 251 for i in range(200 * 1024))


def make_cert(d):
    crt, key = os.path.join(d, "nb.crt"), os.path.join(d, "nb.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=nb.local", "-addext", "subjectAltName=DNS:nb.local",
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Peer:
    def __init__(self, name, sock):
        self.name = name
        self.sock = sock
        self.state = "handshake"
        self.want = {}
        self.received = bytearray()
        self.outgoing = b""
        self.sent = 0
        self.stats = {"want_read": 0, "want_write": 0}

    def step(self, action):
        """Run action(); on a want error, count it and report the event we wait for."""
        try:
            return True, action()
        except ssl.SSLWantReadError:
            self.stats["want_read"] += 1
            return False, selectors.EVENT_READ
        except ssl.SSLWantWriteError:
            self.stats["want_write"] += 1
            return False, selectors.EVENT_WRITE


def run(server_ctx, client_ctx):
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)
    csock = socket.socket()
    csock.connect(lsock.getsockname())
    ssock, _ = lsock.accept()
    lsock.close()
    for s in (csock, ssock):
        s.setblocking(False)
    server = Peer("server", server_ctx.wrap_socket(ssock, server_side=True, do_handshake_on_connect=False))
    client = Peer("client", client_ctx.wrap_socket(csock, server_hostname="nb.local", do_handshake_on_connect=False))
    client.outgoing = PAYLOAD
    sel = selectors.DefaultSelector()
    events = {}
    for p in (server, client):
        sel.register(p.sock, selectors.EVENT_READ | selectors.EVENT_WRITE, p)
    rounds = 0
    while (server.state, client.state) != ("closed", "closed") and rounds < 20000:
        rounds += 1
        for key, mask in sel.select(timeout=5):
            p = key.data
            wanted = advance(p)
            if wanted is None:
                sel.unregister(p.sock)
            else:
                sel.modify(p.sock, wanted, p)
    sel.close()
    return server, client, rounds


def advance(p):
    if p.state == "handshake":
        ok, res = p.step(p.sock.do_handshake)
        if not ok:
            return res
        p.state = "data"
        print("%s: handshake done, %s, cipher bits %d" % (p.name, p.sock.version(), p.sock.cipher()[2]))
    if p.state == "data" and p.name == "client":
        while p.sent < len(p.outgoing):
            ok, res = p.step(lambda: p.sock.send(p.outgoing[p.sent:p.sent + 16384]))
            if not ok:
                return res
            p.sent += res
        p.state = "shutdown"
    if p.state == "data" and p.name == "server":
        while True:
            ok, res = p.step(lambda: p.sock.recv(8192))
            if not ok:
                return res
            if not res:
                p.state = "shutdown"
                break
            p.received += res
            while p.sock.pending():
                p.received += p.sock.recv(p.sock.pending())
    if p.state == "shutdown":
        ok, res = p.step(p.sock.unwrap)
        if not ok:
            return res
        p.state = "closed"
        res.close()
        return None
    return selectors.EVENT_READ


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        server, client, rounds = run(sctx, cctx)
    print("client sent:", client.sent, "server received:", len(server.received))
    print("sha256 match:", hashlib.sha256(server.received).hexdigest() == hashlib.sha256(PAYLOAD).hexdigest())
    print("states:", server.state, client.state, "bounded:", rounds < 20000)
    print("server had to wait for reads:", server.stats["want_read"] > 0)


main()
