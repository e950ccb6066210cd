"""Probe several TLS endpoints concurrently with asyncio: an async
probe per target with open_connection(ssl=...), as_completed for
progress, wait() with FIRST_COMPLETED, return_exceptions=True in
gather, a Lock-protected tally, run_in_executor for blocking work, and
an asyncio.Queue driven by producer/consumer coroutines."""
import asyncio
import hashlib
import os
import ssl
import subprocess
import tempfile


def make_cert(d, cn):
    key, crt = os.path.join(d, cn + ".key"), os.path.join(d, cn + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "4", "-subj", "/CN=" + cn, "-addext", "subjectAltName=DNS:" + cn,
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Tally:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.counts = {}

    async def add(self, key):
        async with self.lock:
            self.counts[key] = self.counts.get(key, 0) + 1


async def greet(reader, writer):
    name = writer.get_extra_info("ssl_object").server_hostname
    data = await reader.readline()
    writer.write(b"hello " + data)
    await writer.drain()
    writer.close()


async def probe(label, port, ctx, hostname, tally):
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname=hostname)
    except ssl.SSLError as exc:
        await tally.add("ssl-error")
        return label, "ssl error", exc.reason
    except ssl.CertificateError:
        await tally.add("ssl-error")
        return label, "ssl error", "hostname"
    except ConnectionRefusedError:
        await tally.add("refused")
        return label, "refused", None
    writer.write(label.encode() + b"\n")
    line = await reader.readline()
    cert = writer.get_extra_info("peercert")
    writer.close()
    await tally.add("ok")
    return label, line.decode().strip(), dict(x[0] for x in cert["subject"])["commonName"]


async def producer(q, items):
    for it in items:
        await q.put(it)
    await q.put(None)


async def consumer(q, out):
    while True:
        it = await q.get()
        if it is None:
            break
        out.append(it.upper())


async def main(d):
    loop = asyncio.get_event_loop()
    servers, ports, cas = [], {}, []
    for cn in ["a.test", "b.test"]:
        crt, key = make_cert(d, cn)
        cas.append(crt)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        srv = await asyncio.start_server(greet, "127.0.0.1", 0, ssl=sctx)
        servers.append(srv)
        ports[cn] = srv.sockets[0].getsockname()[1]
    bundle = os.path.join(d, "bundle.pem")
    with open(bundle, "w") as f:
        for c in cas:
            with open(c) as src:
                f.write(src.read())
    ctx = ssl.create_default_context(cafile=bundle)
    untrusting = ssl.create_default_context()
    import socket
    tmp = socket.socket()
    tmp.bind(("127.0.0.1", 0))
    dead = tmp.getsockname()[1]  # bound, never listening: connections are refused
    tally = Tally()
    jobs = [probe("a", ports["a.test"], ctx, "a.test", tally),
            probe("b", ports["b.test"], ctx, "b.test", tally),
            probe("b-untrusted", ports["b.test"], untrusting, "b.test", tally),
            probe("dead", dead, ctx, "a.test", tally)]
    finished = []
    for fut in asyncio.as_completed(jobs, timeout=10):
        finished.append(await fut)
    for row in sorted(finished):
        print("probe:", row)
    print("tally:", sorted(tally.counts.items()))

    async def boom():
        raise ValueError("bad target")

    results = await asyncio.gather(probe("a2", ports["a.test"], ctx, "a.test", tally), boom(),
                                   return_exceptions=True)
    print("gather:", [r if not isinstance(r, Exception) else repr(r) for r in results])
    fast = asyncio.ensure_future(asyncio.sleep(0.01, result="fast"))
    slow = asyncio.ensure_future(asyncio.sleep(2, result="slow"))
    done, pending = await asyncio.wait([fast, slow], return_when=asyncio.FIRST_COMPLETED)
    print("wait:", [t.result() for t in done], len(pending))
    slow.cancel()
    digest = await loop.run_in_executor(None, lambda: hashlib.sha256(b"x" * 100000).hexdigest()[:16])
    print("executor:", digest)
    q, out = asyncio.Queue(maxsize=2), []
    await asyncio.gather(producer(q, ["x", "y", "z"]), consumer(q, out))
    print("queue:", out)
    for srv in servers:
        srv.close()
        await srv.wait_closed()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        loop = asyncio.get_event_loop()
        loop.run_until_complete(main(d))
        loop.close()
