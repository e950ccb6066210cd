"""Deadlines over asyncio TLS streams: a server (asyncio.start_server with
an SSLContext) answers "SLOW n" after n tenths of a second and "FAST"
at once; the client runs requests under asyncio.wait_for, cancels an
outstanding read task, shields one request from a timeout, and gathers
several with return_exceptions. Each step prints its outcome."""
import asyncio
import os
import shutil
import ssl
import subprocess
import tempfile


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "2", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


fast_answers = []
handlers = set()


async def handle(reader, writer):
    handlers.add(asyncio.Task.current_task())
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            words = line.decode().split()
            if words[0] == "FAST":
                fast_answers.append(1)
            if words[0] == "SLOW":
                await asyncio.sleep(int(words[1]) / 10)
            writer.write(("OK %s\n" % " ".join(words)).encode())
            await writer.drain()
    except ConnectionResetError:
        pass  # the client gave up waiting and closed: the reply has nowhere to go
    writer.close()


async def ask(cctx, port, request):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=cctx, server_hostname="localhost")
    try:
        writer.write(request.encode() + b"\n")
        return (await reader.readline()).decode().strip()
    finally:
        writer.close()


async def client(cctx, port):
    print("fast:", await asyncio.wait_for(ask(cctx, port, "FAST"), 5))
    try:
        await asyncio.wait_for(ask(cctx, port, "SLOW 20"), 1)
    except asyncio.TimeoutError:
        print("slow: timed out after 1 s")

    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=cctx, server_hostname="localhost")
    peer = writer.get_extra_info("ssl_object")
    print("extra info: version=%s cipher-bits=%s peercert-cn=%s" % (
        peer.version(), writer.get_extra_info("cipher")[2],
        dict(x[0] for x in writer.get_extra_info("peercert")["subject"])["commonName"]))
    writer.write(b"SLOW 30\n")
    pending = asyncio.ensure_future(reader.readline())
    await asyncio.sleep(0.05)
    pending.cancel()
    try:
        await pending
    except asyncio.CancelledError:
        print("read task cancelled:", pending.cancelled())
    writer.write(b"FAST\n")
    print("same stream afterwards:", (await reader.readline()).decode().strip())
    print("and the next line:", (await reader.readline()).decode().strip())
    writer.close()

    inner = asyncio.ensure_future(ask(cctx, port, "SLOW 3"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.05)
    except asyncio.TimeoutError:
        print("shielded request timed out for the caller; it still finished:", await inner)

    results = await asyncio.gather(ask(cctx, port, "FAST"),
                                   asyncio.wait_for(ask(cctx, port, "SLOW 20"), 1),
                                   ask(cctx, port, "SLOW 1"),
                                   return_exceptions=True)
    for r in results:
        print("gathered:", r if isinstance(r, str) else type(r).__name__)


def main():
    d = tempfile.mkdtemp()
    try:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        server = loop.run_until_complete(asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx))
        port = server.sockets[0].getsockname()[1]
        try:
            loop.run_until_complete(client(cctx, port))
            # Let the handlers of the abandoned slow requests finish.
            loop.run_until_complete(asyncio.wait(handlers, timeout=15))
            print("handlers still running:", sum(not h.done() for h in handlers))
        finally:
            server.close()
            loop.run_until_complete(server.wait_closed())
            loop.close()
    finally:
        shutil.rmtree(d)
    print("server answered FAST requests:", len(fast_answers))


main()
