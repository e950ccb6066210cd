"""asyncio streams with client-certificate authentication: a private CA
issues a server and two client certificates; the server (start_server
with CERT_REQUIRED) greets each client by its certificate's CN and keeps
a per-client counter; a client without a certificate is refused."""
import asyncio
import collections
import logging
import os
import ssl
import subprocess
import tempfile

logging.getLogger("asyncio").setLevel(logging.CRITICAL)


def run(*cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def issue(d, name, cn, ext, serial):
    key, csr, crt = (os.path.join(d, name + s) for s in (".key", ".csr", ".crt"))
    extfile = os.path.join(d, name + ".ext")
    with open(extfile, "w") as f:
        f.write(ext)
    run("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/O=Branch Office/CN=" + cn,
        "-keyout", key, "-out", csr)
    run("openssl", "x509", "-req", "-in", csr, "-CA", os.path.join(d, "ca.crt"),
        "-CAkey", os.path.join(d, "ca.key"), "-set_serial", str(serial), "-days", "7",
        "-extfile", extfile, "-out", crt)
    return crt, key


class Gate:
    def __init__(self):
        self.visits = collections.Counter()

    async def handle(self, reader, writer):
        cert = writer.get_extra_info("peercert")
        cn = dict(item[0] for item in cert["subject"])["commonName"]
        self.visits[cn] += 1
        writer.write("welcome {} (visit {})\n".format(cn, self.visits[cn]).encode())
        while True:
            line = await reader.readline()
            if not line:
                break
            cmd = line.decode().strip()
            if cmd == "whoami":
                writer.write("you are serial {}\n".format(cert["serialNumber"]).encode())
            elif cmd == "quit":
                writer.write(b"bye\n")
                await writer.drain()
                break
            else:
                writer.write("unknown command {!r}\n".format(cmd).encode())
        writer.close()


async def session(port, ctx, commands):
    reader, writer = await asyncio.open_connection("127.0.0.1", port, ssl=ctx, server_hostname="gate.local")
    lines = [(await reader.readline()).decode().rstrip()]
    for c in commands:
        writer.write((c + "\n").encode())
        lines.append((await reader.readline()).decode().rstrip())
    writer.close()
    return lines


async def main(d):
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
        "-subj", "/O=Branch Office/CN=Branch CA", "-keyout", os.path.join(d, "ca.key"),
        "-out", os.path.join(d, "ca.crt"))
    ca = os.path.join(d, "ca.crt")
    srv = issue(d, "server", "gate.local", "subjectAltName=DNS:gate.local\nextendedKeyUsage=serverAuth\n", 100)
    alice = issue(d, "alice", "alice", "extendedKeyUsage=clientAuth\n", 201)
    bob = issue(d, "bob", "bob", "extendedKeyUsage=clientAuth\n", 202)

    sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=ca)
    sctx.verify_mode = ssl.CERT_REQUIRED
    sctx.load_cert_chain(*srv)
    gate = Gate()
    server = await asyncio.start_server(gate.handle, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]

    def client_ctx(pair):
        ctx = ssl.create_default_context(cafile=ca)
        if pair:
            ctx.load_cert_chain(*pair)
        return ctx

    for who, pair, cmds in [("alice", alice, ["whoami", "quit"]),
                            ("bob", bob, ["dance", "whoami", "quit"]),
                            ("alice", alice, ["quit"])]:
        for line in await session(port, client_ctx(pair), cmds):
            print("%-5s| %s" % (who, line))

    try:
        lines = await asyncio.wait_for(session(port, client_ctx(None), ["whoami"]), 5)
        print("anonymous got", lines)
    except (ssl.SSLError, ConnectionError) as e:
        print("anonymous refused:", isinstance(e, OSError))

    server.close()
    await server.wait_closed()
    print("visits:", sorted(gate.visits.items()))


with tempfile.TemporaryDirectory() as tmp:
    asyncio.get_event_loop().run_until_complete(main(tmp))
