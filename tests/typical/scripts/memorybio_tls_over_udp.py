"""TLS carried in UDP datagrams through MemoryBIO/SSLObject: every datagram
holds a 4-byte sequence number and whatever TLS bytes the sending side's
outgoing BIO produced (at most 1200 bytes), the receiver feeds them to its
incoming BIO in order.  Both ends run in one thread, stepping the
handshake and the data exchange by hand, as a user would when building a
transport that the ssl module does not offer."""
import os
import socket
import ssl
import struct
import subprocess
import tempfile

MTU = 1200


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=udp.test", "-addext", "subjectAltName=DNS:udp.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Endpoint:
    def __init__(self, name, ctx, server_side, hostname=None):
        self.name = name
        self.inc, self.out = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.inc, self.out, server_side=server_side,
                                server_hostname=hostname)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(5)
        self.seq_out = 0
        self.seq_in = 0
        self.datagrams = 0

    def flush(self, peer):
        while self.out.pending:
            chunk = self.out.read(MTU)
            self.sock.sendto(struct.pack("!I", self.seq_out) + chunk, peer)
            self.seq_out += 1
            self.datagrams += 1

    def receive(self):
        packet, _ = self.sock.recvfrom(MTU + 4)
        seq, = struct.unpack("!I", packet[:4])
        if seq != self.seq_in:
            raise RuntimeError("out of order: %d != %d" % (seq, self.seq_in))
        self.seq_in += 1
        self.inc.write(packet[4:])

    def drain(self):
        """Receive every datagram already queued on the socket."""
        self.sock.setblocking(False)
        try:
            while True:
                self.receive()
        except BlockingIOError:
            pass
        finally:
            self.sock.settimeout(5)


def handshake(client, server):
    caddr, saddr = client.sock.getsockname(), server.sock.getsockname()
    steps = []
    done = {client: False, server: False}
    for _ in range(20):
        for ep, peer in ((client, saddr), (server, caddr)):
            if done[ep]:
                continue
            try:
                ep.obj.do_handshake()
                done[ep] = True
                steps.append("%s done" % ep.name)
            except ssl.SSLWantReadError:
                steps.append("%s wants read" % ep.name)
            ep.flush(peer)
        for ep in (client, server):
            ep.drain()
        if all(done.values()):
            break
    return steps


def send(src, dst, data):
    src.obj.write(data)
    src.flush(dst.sock.getsockname())
    got = b""
    while len(got) < len(data):
        try:
            got += dst.obj.read(65536)
        except ssl.SSLWantReadError:
            dst.receive()
    return got


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        client = Endpoint("client", cctx, False, "udp.test")
        server = Endpoint("server", sctx, True)
        print("before handshake: version", client.obj.version(), "cipher", client.obj.cipher())
        for step in handshake(client, server):
            print("  ", step)
        print("versions:", client.obj.version(), server.obj.version())
        print("server_hostname:", client.obj.server_hostname, server.obj.server_hostname)
        print("client verified CN:", dict(x[0] for x in client.obj.getpeercert()["subject"])["commonName"])
        print("server sees client cert:", server.obj.getpeercert())
        server.drain()
        for size in (5, 1000, 5000, 40000):
            payload = bytes((i * 7) % 256 for i in range(size))
            echoed = send(client, server, payload)
            back = send(server, client, echoed[::-1])
            print("size %5d: echoed ok %s, reversed back ok %s" % (size, echoed == payload, back == payload[::-1]))
        print("datagrams sent: client", client.datagrams > 3, "server", server.datagrams > 3)
        client.obj.write(b"bye")
        try:
            client.obj.unwrap()
        except ssl.SSLWantReadError:
            print("client unwrap wants the peer's close_notify")
        client.flush(server.sock.getsockname())
        server.receive()
        server.drain()
        print("server reads:", server.obj.read(10))
        try:
            print("server reads after close_notify:", server.obj.read(10))
        except ssl.SSLZeroReturnError as e:
            print("server: SSLZeroReturnError", e.args[0] == ssl.SSL_ERROR_ZERO_RETURN)
        server.obj.unwrap()
        server.flush(client.sock.getsockname())
        client.receive()
        client.obj.unwrap()
        print("both unwrapped; client BIO eof:", client.inc.eof, "pending:", client.inc.pending)
        try:
            client.obj.write(b"late")
        except ssl.SSLError as e:
            print("write after unwrap:", type(e).__name__)
        client.sock.close()
        server.sock.close()


if __name__ == "__main__":
    main()
