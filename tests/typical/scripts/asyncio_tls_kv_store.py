"""A small key-value store served with asyncio.start_server over TLS and
used by several asyncio.open_connection clients at once: per-client
sessions, a shared dict guarded by an asyncio.Lock, readline/readexactly
framing, wait_for timeouts and a server that is closed and awaited at the
end.  Output is sorted where tasks interleave."""
import asyncio
import os
import ssl
import subprocess
import tempfile


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-384", "-nodes", "-days", "2",
                    "-subj", "/CN=kv.test", "-addext", "subjectAltName=DNS:kv.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Store:
    def __init__(self):
        self.data = {}
        self.lock = asyncio.Lock()
        self.log = []

    async def handle(self, reader, writer):
        sslobj = writer.get_extra_info("ssl_object")
        peer = writer.get_extra_info("peername")
        name = None
        try:
            while True:
                line = await asyncio.wait_for(reader.readline(), 5)
                if not line:
                    break
                parts = line.decode().split()
                cmd = parts[0].upper()
                if cmd == "HELLO":
                    name = parts[1]
                    writer.write(b"+hi %s over %s\r\n" % (name.encode(), sslobj.version().encode()))
                elif cmd == "SET":
                    size = int(parts[2])
                    value = await reader.readexactly(size + 2)
                    async with self.lock:
                        self.data[parts[1]] = value[:-2]
                    writer.write(b"+OK\r\n")
                elif cmd == "GET":
                    async with self.lock:
                        value = self.data.get(parts[1])
                    if value is None:
                        writer.write(b"$-1\r\n")
                    else:
                        writer.write(b"$%d\r\n%s\r\n" % (len(value), value))
                elif cmd == "INCR":
                    async with self.lock:
                        n = int(self.data.get(parts[1], b"0")) + 1
                        self.data[parts[1]] = str(n).encode()
                    writer.write(b":%d\r\n" % n)
                elif cmd == "QUIT":
                    writer.write(b"+bye\r\n")
                    await writer.drain()
                    break
                else:
                    writer.write(b"-ERR unknown command %r\r\n" % cmd.encode())
                await writer.drain()
        except asyncio.TimeoutError:
            self.log.append("%s idle timeout" % name)
        except asyncio.IncompleteReadError as e:
            self.log.append("%s incomplete read: got %d of %d" % (name, len(e.partial), e.expected))
        finally:
            self.log.append("%s disconnected (peer is %s)" % (name, peer[0]))
            writer.close()


async def client(port, ctx, name, n):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx,
                                                   server_hostname="kv.test")
    out = []

    async def cmd(raw):
        writer.write(raw)
        line = await reader.readline()
        if line.startswith(b"$") and line != b"$-1\r\n":
            line += await reader.readexactly(int(line[1:]) + 2)
        return line

    out.append(await cmd(b"HELLO %s\r\n" % name.encode()))
    for i in range(n):
        await cmd(b"INCR hits\r\n")
    value = ("%s:%d" % (name, n)).encode()
    out.append(await cmd(b"SET last-%s %d\r\n%s\r\n" % (name.encode(), len(value), value)))
    out.append(await cmd(b"GET last-%s\r\n" % name.encode()))
    out.append(await cmd(b"GET missing\r\n"))
    out.append(await cmd(b"FLY away\r\n"))
    out.append(await cmd(b"QUIT\r\n"))
    out.append(await reader.read())
    writer.close()
    return name, out


async def truncated(port, ctx):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx,
                                                   server_hostname="kv.test")
    writer.write(b"HELLO short\r\nSET k 10\r\nabc")
    await writer.drain()
    await reader.readline()
    if writer.can_write_eof():
        writer.write_eof()
    writer.close()
    await asyncio.sleep(0.2)
    return "truncated client can_write_eof=%s" % writer.can_write_eof()


async def main(crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    cctx = ssl.create_default_context(cafile=crt)
    store = Store()
    server = await asyncio.start_server(store.handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    results = await asyncio.gather(*[client(port, cctx, "c%d" % i, i + 2) for i in range(4)])
    for name, out in sorted(results):
        print(name, out)
    print(await truncated(port, cctx))
    print("hits:", store.data["hits"])
    print("keys:", sorted(store.data))
    server.close()
    await server.wait_closed()
    print("server closed, sockets:", server.sockets)
    for line in sorted(store.log):
        print("log:", line)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        loop = asyncio.get_event_loop()
        loop.run_until_complete(main(crt, key))
        loop.close()
