"""A long-running asyncio TLS service with graceful shutdown: SIGTERM and
SIGUSR1 handlers registered with loop.add_signal_handler (USR1 dumps
statistics, TERM stops accepting, lets in-flight requests finish and
closes the server), clients that keep talking while the signals arrive,
and an asyncio.Queue feeding an audit task."""
import asyncio
import os
import signal
import ssl
import subprocess
import tempfile


def make_cert(d):
    crt, key = os.path.join(d, "svc.crt"), os.path.join(d, "svc.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "1", "-subj", "/CN=svc.local", "-addext", "subjectAltName=DNS:svc.local",
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Service:
    def __init__(self, loop):
        self.loop = loop
        self.stats = {"connections": 0, "requests": 0}
        self.audit = asyncio.Queue()
        self.stopping = asyncio.Event()
        self.in_flight = set()
        self.dumps = []

    async def handle(self, reader, writer):
        self.stats["connections"] += 1
        task = asyncio.Task.current_task()
        self.in_flight.add(task)
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                self.stats["requests"] += 1
                await asyncio.sleep(0.01)
                reply = "ok %s" % line.decode().strip()
                if self.stopping.is_set():
                    reply += " (draining)"
                writer.write((reply + "\n").encode())
                await writer.drain()
                await self.audit.put(reply)
        finally:
            self.in_flight.discard(task)
            writer.close()

    def dump_stats(self):
        self.dumps.append(dict(self.stats))
        print("SIGUSR1: stats", sorted(self.stats.items()))

    def begin_shutdown(self, server):
        print("SIGTERM: shutting down, in flight:", len(self.in_flight))
        self.stopping.set()
        server.close()


async def client(port, ctx, name, n, gap, hooks={}):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname="svc.local")
    replies = []
    for i in range(n):
        writer.write(("%s-%d\n" % (name, i)).encode())
        replies.append((await reader.readline()).decode().strip())
        if i in hooks:
            await hooks[i]()
        await asyncio.sleep(gap)
    writer.close()
    return replies


async def auditor(svc):
    seen = []
    while True:
        item = await svc.audit.get()
        if item is None:
            return seen
        seen.append(item)


async def main(loop, crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    svc = Service(loop)
    server = await asyncio.start_server(svc.handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    loop.add_signal_handler(signal.SIGUSR1, svc.dump_stats)
    loop.add_signal_handler(signal.SIGTERM, svc.begin_shutdown, server)
    audit_task = loop.create_task(auditor(svc))
    cctx = ssl.create_default_context(cafile=crt)

    b_done = asyncio.Event()

    async def signal_after(sig, wait_for=None):
        if wait_for is not None:
            await wait_for.wait()
        os.kill(os.getpid(), sig)
        await asyncio.sleep(0.05)

    async def b_client():
        try:
            return await client(port, cctx, "b", 3, 0.01)
        finally:
            b_done.set()
    hooks = {1: lambda: signal_after(signal.SIGUSR1, b_done), 2: lambda: signal_after(signal.SIGTERM)}
    results = await asyncio.gather(client(port, cctx, "a", 6, 0.02, hooks), b_client())
    await server.wait_closed()
    for r in results:
        print(r)
    try:
        await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port, ssl=cctx, server_hostname="svc.local"), 2)
        print("late client connected?!")
    except OSError as e:
        print("late client:", type(e).__name__)
    await svc.audit.put(None)
    seen = await audit_task
    print("audited:", len(seen), "draining replies:", sum("draining" in s for s in seen) > 0)
    print("stats dumps:", len(svc.dumps), "final:", sorted(svc.stats.items()))
    print("removed:", loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGTERM),
          loop.remove_signal_handler(signal.SIGTERM))


with tempfile.TemporaryDirectory() as d:
    crt, key = make_cert(d)
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main(loop, crt, key))
    loop.close()
print("handler restored:", signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
