"""Account for TLS record overhead on an in-memory SSLObject pair (as a
custom transport would): bytes on the wire per write size, partial reads
and pending(), max-size records, and an orderly close_notify exchange."""
import os
import ssl
import subprocess
import tempfile


def make_cert(workdir):
    key = os.path.join(workdir, "key.pem")
    cert = os.path.join(workdir, "cert.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class End:
    def __init__(self, ctx, server):
        self.incoming, self.outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        kwargs = {"server_side": True} if server else {"server_hostname": "localhost"}
        self.obj = ctx.wrap_bio(self.incoming, self.outgoing, **kwargs)


def pump(a, b):
    moved = 0
    for src, dst in ((a, b), (b, a)):
        data = src.outgoing.read()
        moved += len(data)
        if data:
            dst.incoming.write(data)
    return moved


def handshake(client, server):
    for _ in range(10):
        for end in (client, server):
            try:
                end.obj.do_handshake()
            except ssl.SSLWantReadError:
                pass
        if not pump(client, server):
            break


def drain_tickets(client):
    try:
        client.obj.read(1)
    except ssl.SSLWantReadError:
        pass


def main():
    with tempfile.TemporaryDirectory() as workdir:
        cert, key = make_cert(workdir)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        cctx = ssl.create_default_context(cafile=cert)
        client, server = End(cctx, False), End(sctx, True)
        handshake(client, server)
        drain_tickets(client)
        print("version:", client.obj.version(), "cipher:", client.obj.cipher()[0])
        print("pending after handshake:", client.outgoing.pending, server.outgoing.pending)
        for size in (1, 100, 1000, 16384, 16385, 40000):
            written = client.obj.write(b"x" * size)
            wire = client.outgoing.pending
            records = -(-size // 16384)
            print("write %6d -> wrote %6d, wire %6d, overhead %3d over %d record(s)" % (
                size, written, wire, wire - size, records))
            server.incoming.write(client.outgoing.read())
            got = b""
            reads = 0
            while len(got) < size:
                got += server.obj.read(size)
                reads += 1
            print("           server read %d bytes in %d read(s), equal: %s" % (len(got), reads, got == b"x" * size))
        client.obj.write(b"abcdefghij")
        server.incoming.write(client.outgoing.read())
        print("partial reads:", server.obj.read(3), "pending", server.obj.pending(),
              server.obj.read(4), "pending", server.obj.pending(), server.obj.read(100), "pending", server.obj.pending())
        try:
            server.obj.read(10)
        except ssl.SSLWantReadError as exc:
            print("empty read:", type(exc).__name__, exc.args[0] == ssl.SSL_ERROR_WANT_READ)
        buf = bytearray(8)
        client.obj.write(b"into-buffer!")
        server.incoming.write(client.outgoing.read())
        print("read into:", server.obj.read(8, buf), bytes(buf), server.obj.read(8, buf), bytes(buf))
        try:
            client.obj.write(b"")
            print("empty write ok, wire", client.outgoing.pending)
        except ssl.SSLError as exc:
            print("empty write:", type(exc).__name__)
        # orderly shutdown: client sends close_notify, server answers
        try:
            client.obj.unwrap()
        except ssl.SSLWantReadError:
            print("client unwrap waits for the server's close_notify")
        alert = client.outgoing.read()
        print("close_notify record bytes:", len(alert))
        server.incoming.write(alert)
        print("server read after close_notify:", server.obj.read(10))
        server.obj.unwrap()
        client.incoming.write(server.outgoing.read())
        client.obj.unwrap()
        print("client unwrap done; write after unwrap:")
        try:
            client.obj.write(b"late")
        except ssl.SSLError as exc:
            print("  ", type(exc).__name__, exc.reason)
        client.incoming.write_eof()
        print("eof flags:", client.incoming.eof, server.incoming.eof, "pending:", client.incoming.pending)
        try:
            client.incoming.write(b"x")
        except ssl.SSLError as exc:
            print("write after write_eof:", exc)


main()
