"""A TLS-terminating relay written with asyncio streams: it accepts TLS
clients (asyncio.start_server with an SSLContext), opens a plain TCP
connection to the backend with asyncio.open_connection and copies both
directions with two tasks; whichever side ends first closes the other.
The backend echoes some lines, counts them, and answers 'bye' with a
summary before closing."""
import asyncio
import os
import ssl
import subprocess
import tempfile


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                    "-subj", "/CN=relay.test", "-addext", "subjectAltName=DNS:relay.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


async def backend(reader, writer):
    lines = 0
    total = 0
    async for line in reader:
        if line == b"bye\n":
            break
        lines += 1
        total += len(line)
        if line.startswith(b"echo "):
            writer.write(line[5:])
            await writer.drain()
    writer.write(b"backend saw %d lines, %d bytes\n" % (lines, total))
    await writer.drain()
    writer.close()


async def pipe(reader, writer, label, stats):
    n = 0
    while True:
        data = await reader.read(4096)
        if not data:
            break
        n += len(data)
        writer.write(data)
        await writer.drain()
    stats[label] = n
    writer.close()


def make_relay(backend_addr, stats):
    async def relay(creader, cwriter):
        sslobj = cwriter.get_extra_info("ssl_object")
        stats["client version"] = sslobj.version()
        breader, bwriter = await asyncio.open_connection(*backend_addr)
        await asyncio.gather(pipe(creader, bwriter, "up", stats),
                             pipe(breader, cwriter, "down", stats))
    return relay


async def client(port, ctx, lines):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx,
                                                   server_hostname="relay.test")
    got = []
    for line in lines:
        writer.write(line)
        if line.startswith(b"echo "):
            got.append(await asyncio.wait_for(reader.readline(), 5))
    writer.write(b"bye\n")
    await writer.drain()
    print("client can write_eof over TLS:", writer.can_write_eof())
    rest = await asyncio.wait_for(reader.read(), 5)
    writer.close()
    return got, rest


async def main(crt, key):
    stats = {}
    bsrv = await asyncio.start_server(backend, "127.0.0.1", 0)
    baddr = bsrv.sockets[0].getsockname()
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    rsrv = await asyncio.start_server(make_relay(baddr, stats), "127.0.0.1", 0, ssl=sctx)
    port = rsrv.sockets[0].getsockname()[1]
    cctx = ssl.create_default_context(cafile=crt)
    got, rest = await client(port, cctx, [b"echo one\n", b"skip me\n", b"echo two\n"])
    print("echoes:", got, "then:", rest)
    bulk = [b"line %03d %s\n" % (i, b"x" * i) for i in range(200)] + [b"echo done\n"]
    got, rest = await client(port, cctx, bulk)
    print("bulk:", got, "then:", rest)
    await asyncio.sleep(0.3)
    print("stats keys:", sorted(stats))
    print("client version:", stats["client version"])
    for srv in (rsrv, bsrv):
        srv.close()
        await srv.wait_closed()
    print("servers closed")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        loop = asyncio.get_event_loop()
        loop.run_until_complete(main(crt, key))
        loop.close()
