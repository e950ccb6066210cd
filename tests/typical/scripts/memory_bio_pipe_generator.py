"""Two SSLObjects talking through MemoryBIOs, pumped by a generator, no sockets at all."""
import os
import ssl
import subprocess
import tempfile


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=bio.test", "-addext", "subjectAltName=DNS:bio.test",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Endpoint:
    def __init__(self, ctx, side, hostname=None):
        self.incoming, self.outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.incoming, self.outgoing, server_side=(side == "server"),
                                server_hostname=hostname)
        self.side = side
        self.flushed = 0

    def flush_to(self, other):
        data = self.outgoing.read()
        self.flushed += len(data)
        if data:
            other.incoming.write(data)
        return len(data)

    def __repr__(self):
        return "<Endpoint %s pending_in=%d pending_out=%d>" % (
            self.side, self.incoming.pending, self.outgoing.pending)


def attempts(action):
    """Yield once per SSLWantRead until the action succeeds, then return its value."""
    while True:
        try:
            return action()
        except ssl.SSLWantReadError:
            yield


def pump(a, b, *tasks, limit=50):
    results = [None] * len(tasks)
    live = {i: t for i, t in enumerate(tasks)}
    for rounds in range(1, limit + 1):
        for i, task in list(live.items()):
            try:
                next(task)
            except StopIteration as stop:
                results[i] = stop.value
                del live[i]
        moved = a.flush_to(b) + b.flush_to(a)
        if not live and not moved:
            return results, rounds
    raise RuntimeError("pump did not settle")


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        cctx.load_verify_locations(cert)
        client, server = Endpoint(cctx, "client", "bio.test"), Endpoint(sctx, "server")
        print(client, server)
        try:
            client.obj.getpeercert()
        except ValueError as exc:
            print("before handshake:", exc)
        (r1, r2), rounds = pump(client, server, attempts(client.obj.do_handshake),
                                attempts(server.obj.do_handshake))
        print("handshake results:", r1, r2, "settled:", rounds < 10)
        print("version match:", client.obj.version() == server.obj.version())
        print("server_hostname:", client.obj.server_hostname, server.obj.server_hostname)
        print("peer CN:", client.obj.getpeercert()["subject"][0][0][1])
        print("server sees cert:", server.obj.getpeercert())
        messages = [b"alpha", b"b" * 20000, "ünïcode".encode("utf-8")]
        for msg in messages:
            client.obj.write(msg)
            client.flush_to(server)
            got = b""
            while len(got) < len(msg):
                got += server.obj.read(8192)
            print("server got %5d bytes, intact=%s, pending=%d" % (len(got), got == msg, server.obj.pending()))
        server.obj.write(b"goodbye")
        server.flush_to(client)
        print("client reads:", client.obj.read(3), client.obj.read())
        (u1, u2), _ = pump(client, server, attempts(client.obj.unwrap), attempts(server.obj.unwrap))
        print("unwrap:", u1, u2)
        print("eof flags:", client.incoming.eof, client.outgoing.eof)
        client.incoming.write_eof()
        print("after write_eof:", client.incoming.eof, client.incoming.pending)
        try:
            client.incoming.write(b"late")
        except ssl.SSLError as exc:
            print("write after eof:", type(exc).__name__)
        print(client.flushed > 1000, server.flushed > 20000)


if __name__ == "__main__":
    main()
