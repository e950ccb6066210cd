"""An asyncio TLS front door for several tenants: the server context's
servername callback swaps in each tenant's certificate, a Semaphore caps
concurrent sessions, and clients for each tenant run with gather()."""
import asyncio
import collections
import os
import ssl
import subprocess
import tempfile

TENANTS = ["acme.example", "globex.example", "initech.example"]


def make_cert(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "3", "-subj", "/CN=%s/O=%s" % (name, name.split(".")[0].title()),
                           "-addext", "subjectAltName=DNS:" + name, "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Router:
    def __init__(self, d):
        self.contexts = {}
        for name in TENANTS + ["fallback.example"]:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(*make_cert(d, name))
            self.contexts[name] = ctx
        self.front = self.contexts["fallback.example"]
        self.front.set_servername_callback(self.on_sni)
        self.hits = collections.Counter()
        self.gate = asyncio.Semaphore(2)
        self.peak = 0
        self.active = 0

    def on_sni(self, sslobj, name, ctx):
        self.hits[(name, type(sslobj).__name__)] += 1
        if name in self.contexts:
            sslobj.context = self.contexts[name]

    async def handle(self, reader, writer):
        async with self.gate:
            self.active += 1
            self.peak = max(self.peak, self.active)
            sslobj = writer.get_extra_info("ssl_object")
            tenant = sslobj.server_hostname if hasattr(sslobj, "server_hostname") else None
            line = await reader.readline()
            await asyncio.sleep(0.02)
            cert_cn = sslobj.context is self.front
            writer.write(("%s|%s|fallback=%s\n" % (line.decode().strip(), tenant, cert_cn)).encode())
            await writer.drain()
            self.active -= 1
        writer.close()


async def client(port, cafile, name, n):
    ctx = ssl.create_default_context(cafile=cafile)
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname=name)
    cert = writer.get_extra_info("peercert")
    org = dict(x[0] for x in cert["subject"])["organizationName"]
    writer.write(("req-%d\n" % n).encode())
    reply = (await reader.readline()).decode().strip()
    writer.close()
    return name, org, reply


async def main(d):
    router = Router(d)
    server = await asyncio.start_server(router.handle, "127.0.0.1", 0, ssl=router.front)
    port = server.sockets[0].getsockname()[1]
    jobs = [client(port, os.path.join(d, t + ".crt"), t, i) for i, t in enumerate(TENANTS * 2)]
    for name, org, reply in await asyncio.gather(*jobs):
        print("%-16s org=%-8s reply=%s" % (name, org, reply))
    try:
        await client(port, os.path.join(d, "acme.example.crt"), "unknown.example", 99)
    except ssl.SSLError as e:
        print("unknown tenant: SSLError", e.reason)
    except ssl.CertificateError as e:
        print("unknown tenant: CertificateError")
    await asyncio.sleep(0.3)     # let the server see the client's alert
    server.close()
    await server.wait_closed()
    print("peak concurrency:", router.peak)
    for (name, kind), count in sorted(router.hits.items()):
        print("sni %-16s via %-10s x%d" % (name, kind, count))


with tempfile.TemporaryDirectory() as tmp:
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main(tmp))
    loop.close()
