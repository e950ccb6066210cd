"""asyncio TLS client pool: a streams server over TLS with handlers that
answer slowly or not at all, clients run with asyncio.gather, per-request
asyncio.wait_for timeouts, a semaphore bounding concurrency, refused
connections, and a summary of results by outcome."""
import asyncio
import collections
import os
import ssl
import subprocess
import tempfile
import time


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Outcome:
    def __init__(self, job, status, detail=""):
        self.job, self.status, self.detail = job, status, detail

    def __repr__(self):
        return "Outcome(job=%r, status=%r%s)" % (self.job, self.status, ", detail=%r" % self.detail if self.detail else "")


async def handle(reader, writer):
    try:
        while True:
            line = await reader.readline()
            if not line:
                break
            cmd, _, arg = line.decode().strip().partition(" ")
            if cmd == "sleep":
                await asyncio.sleep(float(arg))
                writer.write(b"slept %s\n" % arg.encode())
            elif cmd == "hang":
                await asyncio.sleep(30)
            elif cmd == "echo":
                writer.write(arg[::-1].encode() + b"\n")
            else:
                writer.write(b"ERR unknown\n")
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def job(name, port, ctx, command, timeout, sem, active, peak):
    async with sem:
        active[0] += 1
        peak[0] = max(peak[0], active[0])
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname="localhost"), 20)
            try:
                writer.write(command.encode() + b"\n")
                reply = await asyncio.wait_for(reader.readline(), timeout)
                return Outcome(name, "ok", reply.decode().strip())
            except asyncio.TimeoutError:
                return Outcome(name, "timeout")
            finally:
                writer.close()
        except ConnectionRefusedError as e:
            return Outcome(name, "refused", "errno %d" % e.errno)
        finally:
            active[0] -= 1


async def main(crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    closed = await asyncio.start_server(handle, "127.0.0.1", 0)
    dead_port = closed.sockets[0].getsockname()[1]
    closed.close()
    await closed.wait_closed()

    cctx = ssl.create_default_context(cafile=crt)
    sem = asyncio.Semaphore(3)
    active, peak = [0], [0]
    specs = [
        ("echo-1", port, "echo hello", 20),
        ("echo-2", port, "echo asyncio", 20),
        ("fast", port, "sleep 0.05", 20),
        ("slow", port, "sleep 0.3", 0.1),
        ("hang", port, "hang", 0.2),
        ("bad", port, "frobnicate", 20),
        ("dead", dead_port, "echo x", 20),
    ]
    started = time.time()
    results = await asyncio.gather(*(job(n, p, cctx, c, t, sem, active, peak) for n, p, c, t in specs))
    elapsed = time.time() - started
    for r in results:
        print(r)
    by_status = collections.Counter(r.status for r in results)
    print("by status:", sorted(by_status.items()))
    print("peak concurrency <= 3:", peak[0] <= 3, "| finished under 60s:", elapsed < 60)
    server.close()
    await server.wait_closed()
    me = asyncio.Task.current_task()
    leftovers = [t for t in asyncio.Task.all_tasks() if t is not me and not t.done()]
    for t in leftovers:
        t.cancel()
    await asyncio.gather(*leftovers, return_exceptions=True)
    print("leftover handlers cancelled:", all(t.cancelled() or t.done() for t in leftovers))

    async def never():
        await asyncio.sleep(10)
    task = asyncio.ensure_future(never())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled task:", task.cancelled(), task.done())


with tempfile.TemporaryDirectory() as d:
    crt, key = make_cert(d)
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main(crt, key))
    loop.close()
