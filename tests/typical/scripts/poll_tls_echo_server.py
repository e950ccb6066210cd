"""A single-threaded TLS echo server driven by select.poll(): non-blocking
sockets, handshakes that want read or write, and per-client buffers."""
import os
import select
import socket
import ssl
import subprocess
import tempfile
import threading

MASK_NAMES = {select.POLLIN: "IN", select.POLLOUT: "OUT", select.POLLHUP: "HUP",
              select.POLLERR: "ERR"}


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Client:
    def __init__(self, sock):
        self.sock = sock
        self.handshaken = False
        self.outbuf = b""
        self.echoed = 0


def serve(listener, ctx, expected, stats):
    poller = select.poll()
    poller.register(listener, select.POLLIN)
    clients = {}
    finished = 0
    while finished < expected:
        for fd, mask in poller.poll(5000):
            if fd == listener.fileno():
                raw, _ = listener.accept()
                raw.setblocking(False)
                tls = ctx.wrap_socket(raw, server_side=True, do_handshake_on_connect=False)
                clients[tls.fileno()] = Client(tls)
                poller.register(tls, select.POLLIN)
                continue
            c = clients[fd]
            if not c.handshaken:
                try:
                    c.sock.do_handshake()
                    c.handshaken = True
                    stats["handshakes"] += 1
                except ssl.SSLWantReadError:
                    stats["want_read"] += 1
                    continue
                except ssl.SSLWantWriteError:
                    poller.modify(c.sock, select.POLLOUT)
                    continue
            if mask & select.POLLOUT and c.outbuf:
                n = c.sock.send(c.outbuf)
                c.outbuf = c.outbuf[n:]
            try:
                data = c.sock.recv(4096)
            except ssl.SSLWantReadError:
                data = None
            if data and data.endswith(b"BYE\n"):
                c.sock.sendall(b"CIAO\n")
                poller.unregister(c.sock)
                del clients[fd]
                c.sock.close()
                finished += 1
                stats["echoed"].append(c.echoed)
                continue
            if data:
                c.outbuf += data.swapcase()
                c.echoed += len(data)
                n = c.sock.send(c.outbuf)
                c.outbuf = c.outbuf[n:]
            poller.modify(c.sock, select.POLLIN | (select.POLLOUT if c.outbuf else 0))


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.setblocking(False)
        stats = {"handshakes": 0, "want_read": 0, "echoed": []}
        t = threading.Thread(target=serve, args=(listener, sctx, 3, stats))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        conns = []
        for i in range(3):
            raw = socket.create_connection(listener.getsockname(), timeout=10)
            conns.append(cctx.wrap_socket(raw, server_hostname="localhost"))
        for round_no in range(2):
            for i, s in enumerate(conns):
                msg = ("Round %d Client %d " % (round_no, i)).encode() * (i + 1)
                s.sendall(msg)
                got = b""
                while len(got) < len(msg):
                    got += s.recv(4096)
                print(i, round_no, got[:24], len(got))
        for s in conns:
            s.sendall(b"BYE\n")
            print("goodbye:", s.recv(100))
            s.close()
        t.join(15)
        print("handshakes:", stats["handshakes"])
        print("bytes echoed per client:", sorted(stats["echoed"]))
        listener.close()
    print({v: MASK_NAMES[k] for k, v in ((k, k) for k in MASK_NAMES)} == {} or sorted(MASK_NAMES.values()))


main()
