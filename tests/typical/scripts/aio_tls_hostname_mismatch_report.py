"""An asyncio TLS client that reports why a server's certificate was
refused for the name it dialled: a certificate for one name, one for two
names, one with no DNS name, and dialling by IP address; through
loop.create_connection and through asyncio.open_connection. The report
prints the exception's class and message, as a monitoring tool would."""
import asyncio
import logging
import os
import ssl
import subprocess
import tempfile

logging.getLogger("asyncio").setLevel(logging.CRITICAL)


def openssl(*args):
    subprocess.run(("openssl",) + args, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_cert(d, name, subject, san):
    crt, key = os.path.join(d, name + ".crt"), os.path.join(d, name + ".key")
    args = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
            "-subj", subject, "-keyout", key, "-out", crt]
    if san:
        args[-4:-4] = ["-addext", "subjectAltName=" + san]
    openssl(*args)
    return crt, key


class Quiet(asyncio.Protocol):
    def connection_made(self, transport):
        transport.close()


async def dial_protocol(loop, port, ctx, host):
    transport, _ = await loop.create_connection(
        asyncio.Protocol, "127.0.0.1", port, ssl=ctx, server_hostname=host)
    transport.close()


async def dial_streams(loop, port, ctx, host):
    reader, writer = await asyncio.open_connection(
        "127.0.0.1", port, ssl=ctx, server_hostname=host, loop=loop)
    writer.close()


async def main(loop, d):
    certs = [
        ("one name", make_cert(d, "one", "/CN=api.example.test", "DNS:api.example.test"),
         "www.example.test"),
        ("two names", make_cert(d, "two", "/CN=a.example.test",
                                "DNS:a.example.test,DNS:b.example.test"), "c.example.test"),
        ("common name only", make_cert(d, "cn", "/CN=legacy.example.test", None),
         "other.example.test"),
        ("by address", make_cert(d, "ip", "/CN=svc.example.test", "DNS:svc.example.test"),
         "127.0.0.1"),
    ]
    for label, (crt, key), host in certs:
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = await loop.create_server(Quiet, "127.0.0.1", 0, ssl=sctx)
        port = server.sockets[0].getsockname()[1]
        cctx = ssl.create_default_context(cafile=crt)
        for how, dial in (("protocol", dial_protocol), ("streams", dial_streams)):
            try:
                await asyncio.wait_for(dial(loop, port, cctx, host), 10)
            except ssl.CertificateError as e:
                print("%-16s %-8s %s (ValueError: %s): %s"
                      % (label, how, type(e).__name__, isinstance(e, ValueError), e))
            except (ssl.SSLError, OSError) as e:
                print("%-16s %-8s %s" % (label, how, type(e).__name__))
            else:
                print("%-16s %-8s accepted" % (label, how))
        server.close()
        await server.wait_closed()


loop = asyncio.new_event_loop()
with tempfile.TemporaryDirectory() as d:
    loop.run_until_complete(main(loop, d))
loop.close()
print("done")
