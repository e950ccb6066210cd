"""asyncio Protocol classes over TLS: transports' extra info (peercert, cipher, sockname) audited."""
import asyncio
import os
import ssl
import subprocess
import tempfile


def make_pki(d):
    def run(*a):
        subprocess.check_call(a, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    p = lambda n: os.path.join(d, n)
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/CN=Audit CA",
        "-keyout", p("ca.key"), "-out", p("ca.pem"))
    for who in ("server", "client"):
        run("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=%s.audit/O=Audit" % who,
            "-keyout", p(who + ".key"), "-out", p(who + ".csr"))
        with open(p(who + ".ext"), "w") as f:
            f.write("subjectAltName=DNS:%s.audit\nextendedKeyUsage=%sAuth\n" % (who, who))
        run("openssl", "x509", "-req", "-in", p(who + ".csr"), "-CA", p("ca.pem"), "-CAkey", p("ca.key"),
            "-set_serial", "7" if who == "server" else "8", "-days", "10", "-extfile", p(who + ".ext"),
            "-out", p(who + ".pem"))
    return p


class AuditServer(asyncio.Protocol):
    audits = []

    def connection_made(self, transport):
        self.transport = transport
        cert = transport.get_extra_info("peercert")
        subject = dict(x[0] for x in cert["subject"]) if cert else None
        self.audits.append(("server", subject, transport.get_extra_info("cipher") is not None))

    def data_received(self, data):
        self.transport.write(b"ack " + data[::-1])

    def eof_received(self):
        return False


class AuditClient(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.replies = []
        self.words = [b"alpha", b"beta"]

    def connection_made(self, transport):
        self.transport = transport
        transport.write(self.words.pop(0))

    def data_received(self, data):
        self.replies.append(data)
        if self.words:
            self.transport.write(self.words.pop(0))
        else:
            self.transport.close()

    def connection_lost(self, exc):
        self.done.set_result((b"".join(self.replies), exc))


async def main(p):
    loop = asyncio.get_event_loop()
    sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH, cafile=p("ca.pem"))
    sctx.load_cert_chain(p("server.pem"), p("server.key"))
    sctx.verify_mode = ssl.CERT_OPTIONAL
    server = await loop.create_server(AuditServer, "127.0.0.1", 0, ssl=sctx)
    port = server.sockets[0].getsockname()[1]
    for with_cert in (True, False):
        cctx = ssl.create_default_context(cafile=p("ca.pem"))
        if with_cert:
            cctx.load_cert_chain(p("client.pem"), p("client.key"))
        done = loop.create_future()
        transport, proto = await loop.create_connection(
            lambda: AuditClient(done), "127.0.0.1", port, ssl=cctx, server_hostname="server.audit")
        peer = transport.get_extra_info("peercert")
        print("client cert sent:", with_cert)
        print("  server subject:", peer["subject"], "serial", peer["serialNumber"])
        print("  issuer:", dict(x[0] for x in peer["issuer"]))
        print("  sockname host:", transport.get_extra_info("sockname")[0],
              "ssl_object:", type(transport.get_extra_info("ssl_object")).__name__)
        data, exc = await asyncio.wait_for(done, 10)
        print("  replies:", sorted(data.split(b"ack ")), exc)
    server.close()
    await server.wait_closed()
    for audit in AuditServer.audits:
        print("audit:", audit)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        loop = asyncio.get_event_loop()
        loop.run_until_complete(main(make_pki(d)))
        loop.close()
