"""An asyncio TLS echo service and a client that bounds every step with
a timeout.

The server (asyncio.start_server with an SSLContext) echoes lines, but
sleeps first on lines starting with "slow", and closes the connection on
"quit". The client uses asyncio.wait_for around the TLS connection, each
request and each reply, and reports: normal echoes, a reply that takes
too long (asyncio.TimeoutError, after which the connection is dropped
and opened again), a handshake against a port that accepts TCP but never
answers TLS, and a connection refused."""
import asyncio
import os
import socket
import ssl
import subprocess
import tempfile


def make_cert(d):
    crt, key = os.path.join(d, "echo.crt"), os.path.join(d, "echo.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


served = []


async def handle(reader, writer):
    count = 0
    try:
        while True:
            line = await reader.readline()
            if not line or line.strip() == b"quit":
                break
            if line.startswith(b"slow"):
                await asyncio.sleep(1.0)
            writer.write(b"echo: " + line)
            await writer.drain()
            count += 1
    except (ConnectionError, ssl.SSLError):
        pass
    finally:
        served.append(count)
        writer.close()


async def connect(port, ctx, timeout=2.0):
    return await asyncio.wait_for(
        asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname="localhost"), timeout)


async def ask(reader, writer, text, timeout):
    writer.write(text.encode() + b"\n")
    await asyncio.wait_for(writer.drain(), timeout)
    line = await asyncio.wait_for(reader.readline(), timeout)
    return line.decode().rstrip("\n")


async def client(port, ctx, silent_port, closed_port):
    reader, writer = await connect(port, ctx)
    print("connected, cipher has", writer.get_extra_info("cipher")[2], "bits")
    for text, timeout in [("hello", 2.0), ("again", 2.0), ("slow please", 0.2)]:
        try:
            print("%-12s -> %s" % (text, await ask(reader, writer, text, timeout)))
        except asyncio.TimeoutError:
            print("%-12s -> no reply within %.1fs, reconnecting" % (text, timeout))
            writer.close()
            reader, writer = await connect(port, ctx)
    print("%-12s -> %s" % ("after", await ask(reader, writer, "after", 2.0)))
    writer.write(b"quit\n")
    print("server closed:", await asyncio.wait_for(reader.read(), 2.0) == b"")
    writer.close()
    try:
        await connect(silent_port, ctx, timeout=0.3)
    except asyncio.TimeoutError:
        print("silent port: handshake timed out")
    try:
        await connect(closed_port, ctx)
    except ConnectionRefusedError as e:
        print("closed port:", type(e).__name__, e.errno)


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        server = loop.run_until_complete(asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx))
        port = server.sockets[0].getsockname()[1]
        silent = socket.socket()
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        spare = socket.socket()
        spare.bind(("127.0.0.1", 0))
        closed_port = spare.getsockname()[1]
        spare.close()
        loop.run_until_complete(client(port, cctx, silent.getsockname()[1], closed_port))
        loop.run_until_complete(asyncio.sleep(1.2))
        server.close()
        loop.run_until_complete(server.wait_closed())
        silent.close()
        loop.close()
    print("lines served per connection:", sorted(served))


main()
