"""Many asyncio TLS clients against one asyncio TLS server, with a
Semaphore capping how many talk at once and wait_for timeouts."""
import asyncio
import collections
import os
import ssl
import subprocess
import tempfile

Result = collections.namedtuple("Result", "client reply peak")


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Stats:
    active = 0
    peak = 0
    served = 0
    inside = 0
    client_peak = 0


async def handle(reader, writer):
    Stats.active += 1
    Stats.peak = max(Stats.peak, Stats.active)
    try:
        line = await reader.readline()
        if line.startswith(b"SLOW"):
            await Stats.release.wait()  # never answered
            return
        await asyncio.sleep(0.01)
        writer.write(b"ACK " + line)
        await writer.drain()
        Stats.served += 1
    finally:
        Stats.active -= 1
        writer.close()


async def client(n, port, ctx, sem):
    async with sem:
        Stats.inside += 1
        Stats.client_peak = max(Stats.client_peak, Stats.inside)
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=ctx, server_hostname="localhost")
        try:
            msg = ("SLOW %d\n" if n == 7 else "job %d\n") % n
            writer.write(msg.encode())
            reply = await asyncio.wait_for(reader.readline(), 0.3 if n == 7 else 10)
            return Result(n, reply.decode().strip(), Stats.client_peak)
        except asyncio.TimeoutError:
            return Result(n, "timeout", Stats.client_peak)
        finally:
            writer.close()
            Stats.inside -= 1


async def main(cert, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    cctx = ssl.create_default_context(cafile=cert)
    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    sem = asyncio.Semaphore(3)
    Stats.release = asyncio.Event()
    results = await asyncio.gather(*[client(n, port, cctx, sem) for n in range(10)])
    for r in results:
        print("client %d: %-10s peak<=3: %s" % (r.client, r.reply, r.peak <= 3))
    Stats.release.set()
    await asyncio.sleep(0.2)
    print("served:", Stats.served, "clients at once:", Stats.client_peak)
    bad = ssl.create_default_context()
    try:
        await asyncio.wait_for(asyncio.open_connection(
            "127.0.0.1", port, ssl=bad, server_hostname="localhost"), 5)
    except ssl.SSLError as e:
        print("untrusted:", type(e).__name__, e.reason)
    server.close()
    await server.wait_closed()


with tempfile.TemporaryDirectory() as d:
    cert, key = make_cert(d)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    loop.run_until_complete(main(cert, key))
    loop.close()
