"""asyncio TLS server and clients exchanging JSON lines with streams."""
import asyncio
import json
import os
import ssl
import subprocess
import tempfile


def make_cert(directory):
    cert = os.path.join(directory, "server.crt")
    key = os.path.join(directory, "server.key")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", key, "-out", cert],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
        self.finished = asyncio.Queue()

    async def handle(self, reader, writer):
        peer_ssl = writer.get_extra_info("ssl_object")
        self.log.append("conn tls=%s" % (peer_ssl is not None))
        while True:
            line = await reader.readline()
            if not line:
                break
            req = json.loads(line.decode())
            op = req.get("op")
            if op == "put":
                self.items[req["key"]] = self.items.get(req["key"], 0) + req["qty"]
                resp = {"ok": True, "total": self.items[req["key"]]}
            elif op == "get":
                resp = {"ok": True, "total": self.items.get(req["key"], 0)}
            elif op == "dump":
                resp = {"ok": True, "items": sorted(self.items.items())}
            else:
                resp = {"ok": False, "error": "unknown op %r" % op}
            writer.write(json.dumps(resp, sort_keys=True).encode() + b"\n")
            await writer.drain()
        writer.close()
        self.finished.put_nowait(len(self.log))


async def client(name, port, ctx, ops):
    reader, writer = await asyncio.open_connection(
        "127.0.0.1", port, ssl=ctx, server_hostname="localhost")
    sslobj = writer.get_extra_info("ssl_object")
    replies = []
    for op in ops:
        writer.write((json.dumps(op) + "\n").encode())
        await writer.drain()
        replies.append(json.loads((await reader.readline()).decode()))
    writer.close()
    return name, sslobj.version() in ("TLSv1.2", "TLSv1.3"), replies


async def main(cert, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    cctx = ssl.create_default_context(cafile=cert)
    inv = Inventory()
    server = await asyncio.start_server(inv.handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    jobs = [
        client("alpha", port, cctx, [{"op": "put", "key": "bolts", "qty": 5},
                                     {"op": "put", "key": "nuts", "qty": 2}]),
        client("beta", port, cctx, [{"op": "put", "key": "washers", "qty": 7},
                                    {"op": "frobnicate"}]),
    ]
    for name, modern, replies in await asyncio.wait_for(asyncio.gather(*jobs), 20):
        print(f"{name:>6}: modern={modern} replies={replies}")
    name, _, replies = await asyncio.wait_for(
        client("gamma", port, cctx, [{"op": "get", "key": "bolts"}, {"op": "get", "key": "screws"}, {"op": "dump"}]), 20)
    print(f"{name:>6}: {replies}")
    for _ in range(3):
        await asyncio.wait_for(inv.finished.get(), 10)
    server.close()
    await server.wait_closed()
    print("log:", inv.log)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        loop = asyncio.get_event_loop()
        loop.run_until_complete(main(*make_cert(d)))
        loop.close()
