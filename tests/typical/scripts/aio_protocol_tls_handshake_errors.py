"""asyncio Protocol-based TLS server made with loop.create_server and an
SSLContext, a client made with loop.create_connection, and the handshake
failures a client meets: an untrusted CA, a wrong hostname, and a server
that speaks plain TCP."""
import asyncio
import logging
import os
import ssl
import subprocess
import tempfile

# asyncio logs the server side of a failed handshake with addresses and
# object ids in it; a tool that wants clean output keeps that quiet.
logging.getLogger("asyncio").setLevel(logging.CRITICAL)


def openssl(*args):
    subprocess.run(("openssl",) + args, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class UpperProtocol(asyncio.Protocol):
    connections = []

    def connection_made(self, transport):
        self.transport = transport
        sslobj = transport.get_extra_info("ssl_object")
        UpperProtocol.connections.append(sslobj.version() if sslobj else None)

    def data_received(self, data):
        for line in data.splitlines():
            if line == b"bye":
                self.transport.write(b"BYE\n")
                self.transport.close()
                return
            self.transport.write(line.upper() + b"\n")


class Collector(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.chunks = []

    def connection_made(self, transport):
        self.transport = transport
        transport.write(b"hello\nworld\n")
        transport.write(b"bye\n")

    def data_received(self, data):
        self.chunks.append(data)

    def connection_lost(self, exc):
        self.done.set_result(b"".join(self.chunks))


class PlainServer(asyncio.Protocol):
    def connection_made(self, transport):
        transport.write(b"220 plain text service\r\n")
        transport.close()


async def talk(loop, port, ctx, hostname):
    done = loop.create_future()
    transport, proto = await loop.create_connection(
        lambda: Collector(done), "127.0.0.1", port, ssl=ctx, server_hostname=hostname)
    peer = transport.get_extra_info("peercert")
    cn = dict(x[0] for x in peer["subject"])["commonName"]
    data = await asyncio.wait_for(done, 5)
    return cn, data.decode().split()


async def main(loop, d):
    crt, key = os.path.join(d, "s.crt"), os.path.join(d, "s.key")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
            "-subj", "/CN=upper.test", "-addext", "subjectAltName=DNS:upper.test",
            "-keyout", key, "-out", crt)
    other_crt, other_key = os.path.join(d, "o.crt"), os.path.join(d, "o.key")
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
            "-subj", "/CN=other.test", "-keyout", other_key, "-out", other_crt)

    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    server = await loop.create_server(UpperProtocol, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    plain = await loop.create_server(PlainServer, "127.0.0.1", 0)
    plain_port = plain.sockets[0].getsockname()[1]

    good = ssl.create_default_context(cafile=crt)
    cn, words = await talk(loop, port, good, "upper.test")
    print("trusted:", cn, words)

    cases = [
        ("untrusted CA", port, ssl.create_default_context(cafile=other_crt), "upper.test"),
        ("wrong hostname", port, good, "www.upper.test"),
        ("plain server", plain_port, good, "upper.test"),
    ]
    for label, p, ctx, host in cases:
        try:
            await asyncio.wait_for(talk(loop, p, ctx, host), 5)
        except (ssl.SSLError, ssl.CertificateError) as e:
            # Verification failures are reported by reason or by message,
            # depending on which check refused the peer.
            verify = getattr(e, "reason", None) == "CERTIFICATE_VERIFY_FAILED" or "match" in str(e)
            print("%-15s %s" % (label, "verification failed" if verify else e.reason))
        except (ConnectionError, OSError) as e:
            print("%-15s %s" % (label, type(e).__name__))
        else:
            print("%-15s unexpectedly succeeded" % label)

    server.close()
    plain.close()
    await server.wait_closed()
    await plain.wait_closed()
    print("server-side versions seen:", sorted(set(v for v in UpperProtocol.connections if v)))


loop = asyncio.get_event_loop()
with tempfile.TemporaryDirectory() as d:
    loop.run_until_complete(main(loop, d))
loop.close()
print("closed:", loop.is_closed())
