"""asyncio producer/consumer over TLS: a queue of jobs is drained by two
worker coroutines, each holding its own TLS stream (open_connection with
ssl=) to an asyncio TLS server that hashes what it is sent."""
import asyncio
import hashlib
import os
import ssl
import subprocess
import tempfile


def make_cert(d):
    key, cert = os.path.join(d, "a.key"), os.path.join(d, "a.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "12", "-subj", "/CN=hasher", "-addext", "subjectAltName=DNS:hasher.local",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class HashServer:
    def __init__(self):
        self.connections = 0
        self.requests = 0

    async def handle(self, reader, writer):
        self.connections += 1
        peer_ssl = writer.get_extra_info("ssl_object")
        assert peer_ssl is not None
        while True:
            line = await reader.readline()
            if not line or line == b"END\n":
                break
            size = int(line)
            data = await reader.readexactly(size)
            self.requests += 1
            writer.write(hashlib.md5(data).hexdigest().encode() + b"\n")
            await writer.drain()
        writer.close()


async def worker(name, queue, port, ctx, results):
    reader, writer = await asyncio.open_connection(
        "127.0.0.1", port, ssl=ctx, server_hostname="hasher.local")
    done = 0
    while True:
        job = await queue.get()
        if job is None:
            queue.task_done()
            break
        payload = (job * 1000).encode()
        writer.write(b"%d\n" % len(payload) + payload)
        await writer.drain()
        digest = (await reader.readline()).decode().strip()
        results[job] = (digest == hashlib.md5(payload).hexdigest(), digest[:8])
        done += 1
        queue.task_done()
    writer.write(b"END\n")
    await writer.drain()
    writer.close()
    return name, done


async def main(cert, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    hs = HashServer()
    server = await asyncio.start_server(hs.handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    cctx = ssl.create_default_context(cafile=cert)
    queue = asyncio.Queue()
    jobs = ["job-%02d" % i for i in range(6)]
    for j in jobs:
        queue.put_nowait(j)
    results = {}
    workers = [asyncio.ensure_future(worker("w%d" % i, queue, port, cctx, results)) for i in range(2)]
    await asyncio.wait_for(queue.join(), 30)
    for _ in workers:
        queue.put_nowait(None)
    finished = await asyncio.wait_for(asyncio.gather(*workers), 30)
    server.close()
    await server.wait_closed()
    print("jobs done by workers:", sum(n for _, n in finished), "workers:", sorted(w for w, _ in finished))
    for job in jobs:
        print(job, results[job])
    print("server saw", hs.connections, "connections and", hs.requests, "requests")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        loop = asyncio.get_event_loop()
        loop.run_until_complete(main(*make_cert(d)))
        loop.close()
