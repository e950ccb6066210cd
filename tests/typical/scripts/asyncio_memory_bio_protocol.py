"""TLS done by hand inside asyncio Protocols: plain TCP transports, with an
ssl.SSLObject and two MemoryBIOs on each side."""
import asyncio
import os
import ssl
import subprocess
import tempfile


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "2", "-subj", "/CN=bio.test",
         "-addext", "subjectAltName=DNS:bio.test", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class BioTLS(asyncio.Protocol):
    def __init__(self, ctx, server_side, hostname=None, on_line=None):
        self.incoming, self.outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.incoming, self.outgoing, server_side=server_side,
                                server_hostname=hostname)
        self.handshaken = asyncio.Event()
        self.on_line = on_line
        self.buffer = b""
        self.lines = asyncio.Queue()
        self.events = []

    def connection_made(self, transport):
        self.transport = transport
        self.step()

    def flush(self):
        data = self.outgoing.read()
        if data:
            self.transport.write(data)

    def step(self):
        if not self.handshaken.is_set():
            try:
                self.obj.do_handshake()
            except ssl.SSLWantReadError:
                self.flush()
                return
            self.events.append("handshake " + self.obj.version())
            self.handshaken.set()
        while True:
            try:
                chunk = self.obj.read(1024)
            except ssl.SSLWantReadError:
                break
            except ssl.SSLZeroReturnError:
                self.events.append("close_notify")
                break
            if not chunk:
                break
            self.buffer += chunk
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            if self.on_line:
                self.send(self.on_line(line))
            else:
                self.lines.put_nowait(line)
        self.flush()

    def data_received(self, data):
        self.incoming.write(data)
        self.step()

    def send(self, line):
        self.obj.write(line + b"\n")
        self.flush()


async def main(cert, key):
    loop = asyncio.get_event_loop()
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    cctx = ssl.create_default_context(cafile=cert)
    servers = []

    def factory():
        p = BioTLS(sctx, True, on_line=lambda l: b"len=%d rev=%s" % (len(l), l[::-1]))
        servers.append(p)
        return p

    server = await loop.create_server(factory, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    _, client = await loop.create_connection(
        lambda: BioTLS(cctx, False, hostname="bio.test"), "127.0.0.1", port)
    await asyncio.wait_for(client.handshaken.wait(), 10)
    print("client:", client.events, client.obj.server_hostname)
    print("peer CN:", dict(x[0] for x in client.obj.getpeercert()["subject"])["commonName"])
    for word in [b"abc", b"asyncio", b"", b"memory bio"]:
        client.send(word)
        print(await asyncio.wait_for(client.lines.get(), 10))
    client.obj.unwrap() if False else None
    client.transport.close()
    await asyncio.sleep(0.05)
    print("server:", servers[0].events)
    server.close()
    await server.wait_closed()


with tempfile.TemporaryDirectory() as d:
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main(*make_cert(d)))
    loop.close()
