"""An asyncio TLS echo server and its clients in one script: a
self-signed certificate from openssl, start_server/open_connection with
SSL contexts, a line protocol, concurrent clients with gather, timeouts
with wait_for, and a client that does not trust the server."""
import asyncio
import logging
import os
import ssl
import subprocess
import tempfile

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("echo")


def make_cert(d):
    key, crt = os.path.join(d, "server.key"), os.path.join(d, "server.crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class EchoServer:
    def __init__(self):
        self.clients = 0
        self.lines = 0

    async def handle(self, reader, writer):
        self.clients += 1
        cipher = writer.get_extra_info("cipher")
        log.info("client connected over %s", cipher[1])
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                self.lines += 1
                text = line.decode().strip()
                if text == "QUIT":
                    writer.write(b"BYE\n")
                    break
                writer.write(("ECHO %s\n" % text.upper()).encode())
                await writer.drain()
        finally:
            writer.close()


async def client(port, ctx, name, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx,
                                                   server_hostname="localhost")
    subject = dict(x[0] for x in writer.get_extra_info("peercert")["subject"])
    replies = []
    for line in lines:
        writer.write((line + "\n").encode())
        await writer.drain()
        replies.append((await asyncio.wait_for(reader.readline(), 5)).decode().strip())
    writer.write(b"QUIT\n")
    replies.append((await reader.readline()).decode().strip())
    eof = await reader.read()
    writer.close()
    return name, subject["commonName"], replies, eof


async def main(crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    echo = EchoServer()
    server = await asyncio.start_server(echo.handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]

    cctx = ssl.create_default_context(cafile=crt)
    jobs = [client(port, cctx, "client-%d" % i, ["hello %d" % i, "asyncio over tls"]) for i in range(3)]
    for name, cn, replies, eof in await asyncio.gather(*jobs):
        print(name, "talked to", cn, "->", replies, "eof:", eof)

    try:
        await asyncio.open_connection("127.0.0.1", port, ssl=ssl.create_default_context(),
                                      server_hostname="localhost")
    except ssl.SSLError as e:
        print("untrusted server refused:", e.reason)

    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.05)
    except asyncio.TimeoutError:
        print("slow operation timed out")

    server.close()
    await server.wait_closed()
    print("server saw %d clients and %d lines" % (echo.clients, echo.lines))


with tempfile.TemporaryDirectory() as d:
    crt, key = make_cert(d)
    loop = asyncio.get_event_loop()
    try:
        loop.run_until_complete(asyncio.wait_for(main(crt, key), 30))
    finally:
        loop.close()
print("done")
