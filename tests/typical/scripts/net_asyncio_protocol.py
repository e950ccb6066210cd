"""asyncio TLS with Protocol classes: a key/value server built on
loop.create_server(ssl=ctx) and a client on loop.create_connection with
its own Protocol, futures resolved from data_received, and
asyncio.wait_for timeouts."""
import asyncio
import json
import os
import ssl
import subprocess
import tempfile


def make_cert(d):
    key, crt = os.path.join(d, "kv.key"), os.path.join(d, "kv.crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                    "-days", "5", "-subj", "/CN=localhost/O=KV Store",
                    "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class KVServerProtocol(asyncio.Protocol):
    store = {}
    connections = []

    def connection_made(self, transport):
        self.transport = transport
        self.buffer = b""
        KVServerProtocol.connections.append(self)
        sslobj = transport.get_extra_info("ssl_object")
        self.version = sslobj.version() if sslobj is not None else None

    def data_received(self, data):
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            self.handle(json.loads(line.decode("utf-8")))

    def handle(self, request):
        op = request.get("op")
        if op == "set":
            self.store[request["key"]] = request["value"]
            reply = {"ok": True}
        elif op == "get":
            if request["key"] in self.store:
                reply = {"ok": True, "value": self.store[request["key"]]}
            else:
                reply = {"ok": False, "error": "no such key: {!r}".format(request["key"])}
        elif op == "keys":
            reply = {"ok": True, "value": sorted(self.store)}
        elif op == "slow":
            return  # never answers
        else:
            reply = {"ok": False, "error": "bad op %s" % op}
        self.transport.write(json.dumps(reply, sort_keys=True).encode() + b"\n")

    def connection_lost(self, exc):
        KVServerProtocol.connections.remove(self)


class KVClientProtocol(asyncio.Protocol):
    def __init__(self, loop):
        self.loop = loop
        self.pending = []
        self.buffer = b""
        self.closed = loop.create_future()

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.buffer += data
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            fut = self.pending.pop(0)
            fut.set_result(json.loads(line.decode()))

    def connection_lost(self, exc):
        if not self.closed.done():
            self.closed.set_result(exc)

    def request(self, **kw):
        fut = self.loop.create_future()
        self.pending.append(fut)
        self.transport.write(json.dumps(kw).encode() + b"\n")
        return fut


async def main(loop, crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    server = await loop.create_server(KVServerProtocol, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]

    cctx = ssl.create_default_context(cafile=crt)
    transport, client = await loop.create_connection(
        lambda: KVClientProtocol(loop), "127.0.0.1", port, ssl=cctx,
        server_hostname="localhost")
    peer = transport.get_extra_info("peercert")
    print("server subject:", dict(item[0] for item in peer["subject"]))
    print("transport closing?", transport.is_closing())

    for k, v in [("alpha", 1), ("beta", [1, 2, 3]), ("gamma", {"x": None})]:
        reply = await asyncio.wait_for(client.request(op="set", key=k, value=v), 5)
        print("set %-6s -> %s" % (k, reply))
    for k in ["beta", "delta"]:
        reply = await asyncio.wait_for(client.request(op="get", key=k), 5)
        print("get {:<6} -> {}".format(k, reply))
    print("keys ->", (await client.request(op="keys"))["value"])
    print("bad ->", await client.request(op="nope"))

    try:
        await asyncio.wait_for(client.request(op="slow"), 0.2)
    except asyncio.TimeoutError as e:
        print("slow request timed out:", type(e).__name__, repr(str(e)))
    print("server connections:", len(KVServerProtocol.connections))

    transport.close()
    exc = await asyncio.wait_for(client.closed, 5)
    print("client connection lost, exc =", exc)
    await asyncio.sleep(0.1)
    server.close()
    await server.wait_closed()
    print("server connections after close:", len(KVServerProtocol.connections))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(main(loop, crt, key))
        finally:
            loop.close()
    print("done")
