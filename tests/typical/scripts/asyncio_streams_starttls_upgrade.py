"""STARTTLS on asyncio with only Python 3.6's APIs (loop.start_tls came in
3.7): the server is an asyncio.Protocol speaking a plain line protocol
that, after "STARTTLS", feeds the same transport's bytes through an
ssl.SSLObject and two MemoryBIOs; the client uses asyncio streams for
the plain part and then pumps its own SSLObject over the StreamReader
and StreamWriter. Commands before the upgrade are limited, a second
STARTTLS is refused, and a client that upgrades with the wrong server
name fails verification."""
import asyncio
import os
import ssl
import subprocess
import tempfile


class LineServer(asyncio.Protocol):
    def __init__(self, ctx, log):
        self.ctx, self.log = ctx, log
        self.buf = b""
        self.tls = None

    def connection_made(self, transport):
        self.transport = transport
        self.send_plain(b"220 upgrade-demo ready\r\n")

    def send_plain(self, data):
        self.transport.write(data)

    def send(self, text):
        data = (text + "\r\n").encode()
        if self.tls is None:
            self.send_plain(data)
        else:
            self.tls.write(data)
            self.flush_tls()

    def flush_tls(self):
        out = self.outgoing.read()
        if out:
            self.transport.write(out)

    def data_received(self, data):
        if self.tls is None:
            self.buf += data
            self.lines()
            return
        self.incoming.write(data)
        try:
            if not self.shaken:
                self.tls.do_handshake()
                self.shaken = True
                self.log.append("server handshake done: %s" % (self.tls.version() in ("TLSv1.2", "TLSv1.3")))
            while True:
                chunk = self.tls.read(4096)
                if not chunk:
                    break
                self.buf += chunk
        except ssl.SSLWantReadError:
            pass
        except ssl.SSLError as e:
            self.log.append("server TLS error: %s" % e.reason)
            self.flush_tls()
            self.transport.close()
            return
        self.flush_tls()
        self.lines()

    def lines(self):
        while b"\r\n" in self.buf:
            line, self.buf = self.buf.split(b"\r\n", 1)
            cmd = line.decode().strip()
            self.log.append("server got %r (tls=%s)" % (cmd, self.tls is not None))
            verb = cmd.split(" ", 1)[0].upper()
            if verb == "STARTTLS":
                if self.tls is not None:
                    self.send("503 already secure")
                    continue
                self.send_plain(b"220 go ahead\r\n")
                self.incoming, self.outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
                self.tls = self.ctx.wrap_bio(self.incoming, self.outgoing, server_side=True)
                self.shaken = False
                if self.buf:
                    rest, self.buf = self.buf, b""
                    self.data_received(rest)
                return
            if verb == "SECRET":
                self.send("250 the secret is 42" if self.tls else "530 must issue STARTTLS first")
            elif verb == "ECHO":
                self.send("250 " + cmd[5:])
            elif verb == "QUIT":
                self.send("221 bye")
                if self.tls is not None:
                    try:
                        self.tls.unwrap()
                    except ssl.SSLWantReadError:
                        pass
                    self.flush_tls()
                self.transport.close()
                return
            else:
                self.send("500 unknown command")


class TLSStream:
    """An SSLObject pumped over an asyncio reader/writer pair."""

    def __init__(self, reader, writer, ctx, hostname):
        self.reader, self.writer = reader, writer
        self.incoming, self.outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.incoming, self.outgoing, server_hostname=hostname)

    async def _run(self, op, *args):
        while True:
            try:
                result = op(*args)
            except ssl.SSLWantReadError:
                await self._flush()
                data = await self.reader.read(4096)
                if not data:
                    self.incoming.write_eof()
                else:
                    self.incoming.write(data)
                continue
            await self._flush()
            return result

    async def _flush(self):
        out = self.outgoing.read()
        if out:
            self.writer.write(out)
            await self.writer.drain()

    async def handshake(self):
        await self._run(self.obj.do_handshake)

    async def send(self, text):
        await self._run(self.obj.write, (text + "\r\n").encode())

    async def readline(self):
        line = b""
        while not line.endswith(b"\r\n"):
            line += await self._run(self.obj.read, 1)
        return line.decode().rstrip()


async def session(port, cctx, hostname, log):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        print("banner:", (await reader.readline()).decode().rstrip())
        for cmd in ("ECHO plain hello", "SECRET"):
            writer.write(cmd.encode() + b"\r\n")
            print("plain %-16s -> %s" % (cmd, (await reader.readline()).decode().rstrip()))
        writer.write(b"STARTTLS\r\n")
        print("STARTTLS ->", (await reader.readline()).decode().rstrip())
        tls = TLSStream(reader, writer, cctx, hostname)
        try:
            await tls.handshake()
        except (ssl.SSLError, ssl.CertificateError) as e:
            # 3.6 checks the name after the handshake (CertificateError);
            # either way the upgrade is refused.
            print("upgrade refused:", isinstance(e, (ssl.SSLError, ssl.CertificateError)))
            return
        cert = tls.obj.getpeercert()
        print("upgraded:", tls.obj.version() in ("TLSv1.2", "TLSv1.3"),
              "peer:", dict(x[0] for x in cert["subject"])["commonName"])
        for cmd in ("ECHO secure hello", "SECRET", "STARTTLS", "NOPE", "QUIT"):
            await tls.send(cmd)
            print("tls   %-16s -> %s" % (cmd, await tls.readline()))
    finally:
        writer.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "1", "-subj", "/CN=mx.upgrade.test",
                        "-addext", "subjectAltName=DNS:mx.upgrade.test",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        log = []
        server = loop.run_until_complete(loop.create_server(lambda: LineServer(sctx, log), "127.0.0.1", 0))
        port = server.sockets[0].getsockname()[1]
        try:
            loop.run_until_complete(asyncio.wait_for(session(port, cctx, "mx.upgrade.test", log), 20))
            print("server log:")
            for line in log:
                print("  " + line)
            print("-- wrong name --")
            loop.run_until_complete(asyncio.wait_for(session(port, cctx, "other.test", log), 20))
            loop.run_until_complete(asyncio.sleep(0.1))
        finally:
            server.close()
            loop.run_until_complete(server.wait_closed())
            loop.close()


if __name__ == "__main__":
    main()
