"""A JSON-RPC 2.0 service over TLS with asyncio Protocol classes (no
streams): newline-delimited requests, batches, notifications without id,
and the standard error objects for unknown methods, bad params and
malformed JSON. The client is a Protocol too, matching replies by id."""
import asyncio
import json
import os
import ssl
import subprocess
import tempfile

METHODS = {
    "add": lambda a, b: a + b,
    "upper": lambda s: s.upper(),
    "divide": lambda a, b: a / b,
}


def call(req, log):
    if not isinstance(req, dict) or req.get("jsonrpc") != "2.0" or "method" not in req:
        return {"jsonrpc": "2.0", "id": None, "error": {"code": -32600, "message": "Invalid Request"}}
    rid, fn = req.get("id"), METHODS.get(req["method"])
    if "id" not in req:
        log.append("notification %s" % req["method"])
        return None
    if fn is None:
        return {"jsonrpc": "2.0", "id": rid, "error": {"code": -32601, "message": "Method not found"}}
    try:
        return {"jsonrpc": "2.0", "id": rid, "result": fn(*req.get("params", []))}
    except TypeError as e:
        return {"jsonrpc": "2.0", "id": rid, "error": {"code": -32602, "message": "Invalid params"}}
    except ZeroDivisionError as e:
        return {"jsonrpc": "2.0", "id": rid, "error": {"code": -32000, "message": str(e)}}


class RPCServer(asyncio.Protocol):
    log = []

    def connection_made(self, transport):
        self.transport, self.buf = transport, b""
        self.log.append("cipher bits %d" % transport.get_extra_info("cipher")[2])

    def data_received(self, data):
        self.buf += data
        while b"\n" in self.buf:
            line, self.buf = self.buf.split(b"\n", 1)
            try:
                msg = json.loads(line.decode())
            except ValueError:
                reply = {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "Parse error"}}
            else:
                if isinstance(msg, list):
                    reply = [r for r in (call(m, self.log) for m in msg) if r is not None] or None
                else:
                    reply = call(msg, self.log)
            if reply is not None:
                self.transport.write(json.dumps(reply, sort_keys=True).encode() + b"\n")


class RPCClient(asyncio.Protocol):
    def __init__(self, expected, done):
        self.expected, self.done, self.buf, self.replies = expected, done, b"", []

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.buf += data
        while b"\n" in self.buf:
            line, self.buf = self.buf.split(b"\n", 1)
            self.replies.append(json.loads(line.decode()))
            if len(self.replies) == self.expected and not self.done.done():
                self.done.set_result(self.replies)


async def main(sctx, cctx):
    loop = asyncio.get_event_loop()
    server = await loop.create_server(RPCServer, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    lines = [
        {"jsonrpc": "2.0", "method": "add", "params": [2, 3], "id": 1},
        {"jsonrpc": "2.0", "method": "upper", "params": ["tls"], "id": "u"},
        {"jsonrpc": "2.0", "method": "log", "params": ["hello"]},
        [{"jsonrpc": "2.0", "method": "divide", "params": [1, 0], "id": 2},
         {"jsonrpc": "2.0", "method": "nope", "id": 3},
         {"jsonrpc": "2.0", "method": "add", "params": [1], "id": 4},
         {"foo": "bar"}],
        "{not json",
    ]
    done = loop.create_future()
    transport, client = await loop.create_connection(lambda: RPCClient(4, done), "127.0.0.1", port,
                                                     ssl=cctx, server_hostname="rpc.test")
    for item in lines:
        transport.write((item if isinstance(item, str) else json.dumps(item)).encode() + b"\n")
    replies = await asyncio.wait_for(done, 10)
    for r in replies:
        print(json.dumps(r, sort_keys=True))
    transport.close()
    server.close()
    await server.wait_closed()
    await asyncio.sleep(0.05)
    print("server log:", RPCServer.log)


with tempfile.TemporaryDirectory() as d:
    key, crt = os.path.join(d, "k"), os.path.join(d, "c")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "1", "-subj", "/CN=rpc.test", "-addext", "subjectAltName=DNS:rpc.test",
                           "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main(sctx, ssl.create_default_context(cafile=crt)))
    loop.close()
