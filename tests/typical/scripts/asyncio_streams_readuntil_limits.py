"""asyncio TLS streams with framing edge cases: readuntil() with a custom
separator, a stream limit that a long record overruns
(LimitOverrunError), readexactly() hitting end of stream
(IncompleteReadError), and wait_for() timeouts on a silent server."""
import asyncio
import os
import ssl
import subprocess
import tempfile

SEP = b"\x1e"      # ASCII record separator


async def handle(reader, writer):
    cmd = await reader.readline()
    if cmd == b"records\n":
        for rec in [b"alpha", b"beta" * 3, b"x" * 300, b"gamma"]:
            writer.write(rec + SEP)
        await writer.drain()
    elif cmd == b"short\n":
        writer.write(b"\x00\x00\x00\x10only-ten!!")
        await writer.drain()
    elif cmd == b"silent\n":
        await asyncio.sleep(1.0)
    writer.close()


async def session(port, ctx, cmd, limit=128):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname="streams.test",
                                                   limit=limit)
    writer.write(cmd + b"\n")
    await writer.drain()
    return reader, writer


async def main(port, ctx):
    reader, writer = await session(port, ctx, b"records")
    while True:
        try:
            rec = await reader.readuntil(SEP)
            print("record %-14r len=%d" % (rec[:12], len(rec)))
        except asyncio.LimitOverrunError as e:
            print("overrun:", type(e).__name__, "consumed=%d" % e.consumed, str(e)[:45])
            skipped = await reader.readexactly(e.consumed + len(SEP))
            dropped = len(skipped) if skipped.endswith(SEP) else -1
            print("skipped", dropped, "bytes")
        except asyncio.IncompleteReadError as e:
            print("end:", type(e).__name__, e.partial, e.expected)
            break
    writer.close()

    reader, writer = await session(port, ctx, b"short")
    size = int.from_bytes(await reader.readexactly(4), "big")
    try:
        await reader.readexactly(size)
    except asyncio.IncompleteReadError as e:
        print("wanted %d got %r (%s)" % (size, e.partial, e))
    print("at eof:", reader.at_eof())
    writer.close()

    reader, writer = await session(port, ctx, b"silent")
    try:
        await asyncio.wait_for(reader.readline(), timeout=0.2)
    except asyncio.TimeoutError as e:
        print("silent server: TimeoutError", repr(str(e)))
    line = await asyncio.wait_for(reader.readline(), timeout=5)
    print("after close:", line, reader.at_eof())
    writer.close()


def run():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k"), os.path.join(d, "c")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "1", "-subj", "/CN=streams.test", "-addext",
                               "subjectAltName=DNS:streams.test", "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        loop = asyncio.get_event_loop()
        server = loop.run_until_complete(asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx))
        port = server.sockets[0].getsockname()[1]
        loop.run_until_complete(main(port, cctx))
        server.close()
        loop.run_until_complete(server.wait_closed())
        loop.run_until_complete(asyncio.sleep(0.05))
        loop.close()


run()
