"""TLS over a socket pair with SSLObject and MemoryBIO on both ends: a
small "transport" class pumps bytes between the BIOs and the sockets, so
the TLS layer never touches a socket itself. The server runs in a thread;
the client counts the records it moves and checks the session details
each side sees."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class BioTransport:
    """TLS over any byte pipe: an SSLObject between two MemoryBIOs."""

    def __init__(self, sock, ctx, server_side, hostname=None):
        self.sock = sock
        self.incoming = ssl.MemoryBIO()
        self.outgoing = ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.incoming, self.outgoing, server_side=server_side,
                                server_hostname=hostname)
        self.bytes_out = 0
        self.bytes_in = 0

    def _flush(self):
        data = self.outgoing.read()
        if data:
            self.sock.sendall(data)
            self.bytes_out += len(data)

    def _fill(self):
        data = self.sock.recv(65536)
        if not data:
            self.incoming.write_eof()
        else:
            self.bytes_in += len(data)
            self.incoming.write(data)

    def _retry(self, op, *args):
        while True:
            try:
                result = op(*args)
            except ssl.SSLWantReadError:
                self._flush()
                self._fill()
                continue
            self._flush()
            return result

    def handshake(self):
        self._retry(self.obj.do_handshake)

    def send(self, data):
        return self._retry(self.obj.write, data)

    def recv(self, n=4096):
        try:
            return self._retry(self.obj.read, n)
        except ssl.SSLZeroReturnError:
            return b""

    def close(self):
        try:
            self._retry(self.obj.unwrap)
        except (ssl.SSLError, OSError):
            pass
        self.sock.close()


def make_cert(d):
    crt, key = os.path.join(d, "pair.crt"), os.path.join(d, "pair.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384",
                    "-nodes", "-days", "1", "-subj", "/CN=pair.internal",
                    "-addext", "subjectAltName=DNS:pair.internal", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def server_side(sock, ctx, log):
    t = BioTransport(sock, ctx, server_side=True)
    t.handshake()
    log.append(("server", "side", t.obj.server_side, "hostname", t.obj.server_hostname))
    while True:
        data = t.recv()
        if not data:
            break
        words = data.decode().split()
        t.send(" ".join(reversed(words)).encode())
    log.append(("server", "eof received"))
    t.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        a, b = socket.socketpair()
        log = []
        th = threading.Thread(target=server_side, args=(b, sctx, log))
        th.start()
        client = BioTransport(a, cctx, server_side=False, hostname="pair.internal")
        print("before handshake: version", client.obj.version(), "cipher", client.obj.cipher())
        client.handshake()
        obj = client.obj
        print("version:", obj.version(), "| server_side:", obj.server_side, "| hostname:", obj.server_hostname)
        print("peer CN:", dict(x[0] for x in obj.getpeercert()["subject"])["commonName"])
        print("compression:", obj.compression(), "| pending:", obj.pending())
        print("context is ours:", obj.context is cctx)
        for sentence in ["one two three", "the quick brown fox", "tls over a socketpair"]:
            client.send(sentence.encode())
            print(repr(sentence), "->", repr(client.recv().decode()))
        client.close()
        th.join(5)
        for entry in log:
            print(*entry)
        print("moved bytes both ways:", client.bytes_out > 0 and client.bytes_in > 0)
        print("incoming eof:", client.incoming.eof, "| outgoing pending:", client.outgoing.pending)


main()
