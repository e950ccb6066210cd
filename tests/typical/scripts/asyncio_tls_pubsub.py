"""An asyncio publish/subscribe broker over TLS: start_server with an
SSL context, per-topic asyncio.Queue fan-out, a Semaphore limiting
publishers, asyncio.Event for readiness, wait_for timeouts, and task
cancellation at shutdown."""
import asyncio
import collections
import json
import os
import ssl
import subprocess
import tempfile


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=broker.local",
                    "-addext", "subjectAltName=DNS:broker.local", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Broker:
    def __init__(self):
        self.subscribers = collections.defaultdict(list)
        self.published = collections.Counter()

    async def handle(self, reader, writer):
        hello = json.loads((await reader.readline()).decode())
        if hello["role"] == "sub":
            q = asyncio.Queue()
            self.subscribers[hello["topic"]].append(q)
            writer.write(b'{"ok": true}\n')
            await writer.drain()
            while True:
                msg = await q.get()
                writer.write((json.dumps(msg) + "\n").encode())
                await writer.drain()
                if msg is None:
                    break
        else:
            while True:
                line = await reader.readline()
                if not line:
                    break
                msg = json.loads(line.decode())
                if msg.get("end"):
                    break
                self.published[msg["topic"]] += 1
                for q in self.subscribers[msg["topic"]]:
                    await q.put(msg["body"])
            writer.write(b'{"done": true}\n')
            await writer.drain()
        writer.close()

    async def stop(self):
        for queues in self.subscribers.values():
            for q in queues:
                await q.put(None)


async def subscriber(port, ctx, topic, ready):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname="broker.local")
    writer.write((json.dumps({"role": "sub", "topic": topic}) + "\n").encode())
    ack = json.loads((await reader.readline()).decode())
    ready.set()
    got = []
    while True:
        msg = json.loads((await asyncio.wait_for(reader.readline(), 30)).decode())
        if msg is None:
            break
        got.append(msg)
    writer.close()
    return topic, ack, got


async def publisher(port, ctx, name, messages, limit):
    async with limit:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx,
                                                       server_hostname="broker.local")
        writer.write(json.dumps({"role": "pub"}).encode() + b"\n")
        for topic, body in messages:
            writer.write((json.dumps({"topic": topic, "body": "%s:%s" % (name, body)}) + "\n").encode())
        await writer.drain()
        eof_ok = writer.can_write_eof()
        writer.write(b'{"end": true}\n')
        reply = json.loads((await reader.readline()).decode())
        writer.close()
        return name, reply, eof_ok


async def ticker(ticks):
    try:
        while True:
            await asyncio.sleep(0.01)
            ticks.append(1)
    except asyncio.CancelledError:
        ticks.append("cancelled")
        raise


async def main(crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    cctx = ssl.create_default_context(cafile=crt)
    broker = Broker()
    server = await asyncio.start_server(broker.handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    ticks = []
    tick_task = asyncio.ensure_future(ticker(ticks))
    events = [asyncio.Event() for _ in range(3)]
    subs = [asyncio.ensure_future(subscriber(port, cctx, t, e))
            for t, e in zip(["news", "alerts", "news"], events)]
    await asyncio.wait_for(asyncio.gather(*(e.wait() for e in events)), 30)
    limit = asyncio.Semaphore(1)
    pubs = await asyncio.gather(
        publisher(port, cctx, "p1", [("news", 1), ("alerts", 2), ("news", 3)], limit),
        publisher(port, cctx, "p2", [("weather", 1), ("news", 2)], limit))
    print("publishers:", sorted(pubs))
    await asyncio.sleep(0.1)
    await broker.stop()
    for topic, ack, got in await asyncio.gather(*subs):
        print("%-7s ack=%s got=%s" % (topic, ack, sorted(got)))
    print("published:", sorted(broker.published.items()))
    tick_task.cancel()
    try:
        await tick_task
    except asyncio.CancelledError:
        print("ticker cancelled:", ticks[-1], tick_task.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(5), 0.05)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        loop = asyncio.get_event_loop()
        loop.run_until_complete(main(*make_cert(d)))
        loop.close()
