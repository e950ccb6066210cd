"""Stress a MemoryBIO pump the way a network with tiny packets would:
client and server SSLObjects exchange their TLS bytes in fragments of
1, 7 and 500 bytes; the script counts the rounds, checks that every
message arrives intact and reports the BIO counters (pending, eof)."""
import hashlib
import os
import ssl
import subprocess
import tempfile


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=bio.test", "-addext", "subjectAltName=DNS:bio.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Endpoint:
    def __init__(self, name, ctx, server_side):
        self.name = name
        self.inc = ssl.MemoryBIO()
        self.out = ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.inc, self.out, server_side=server_side,
                                server_hostname=None if server_side else "bio.test")
        self.received = bytearray()


def transfer(src, dst, chunk):
    moved = 0
    while src.out.pending:
        dst.inc.write(src.out.read(chunk))
        moved += 1
    return moved


def step(ep, action):
    try:
        return action()
    except (ssl.SSLWantReadError, ssl.SSLWantWriteError):
        return None


def run(chunk, crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    cctx = ssl.create_default_context(cafile=crt)
    cli, srv = Endpoint("client", cctx, False), Endpoint("server", sctx, True)
    done = {"client": False, "server": False}
    packets = 0
    for rounds in range(1, 100):
        for ep in (cli, srv):
            if not done[ep.name]:
                try:
                    ep.obj.do_handshake()
                    done[ep.name] = True
                except ssl.SSLWantReadError:
                    pass
        packets += transfer(cli, srv, chunk) + transfer(srv, cli, chunk)
        if all(done.values()):
            break
    hs_rounds = rounds
    messages = [b"x" * n for n in (1, 100, 5000, 20000)]
    for m in messages:
        cli.obj.write(m)
    packets += transfer(cli, srv, chunk)
    got = bytearray()
    while True:
        data = step(srv, lambda: srv.obj.read(4096))
        if not data:
            break
        got += data
    srv.obj.write(hashlib.sha256(bytes(got)).hexdigest().encode())
    packets += transfer(srv, cli, chunk)
    digest = step(cli, lambda: cli.obj.read(100))
    ok = digest == hashlib.sha256(b"".join(messages)).hexdigest().encode()
    # orderly shutdown from the client
    step(cli, cli.obj.unwrap)
    packets += transfer(cli, srv, chunk)
    step(srv, srv.obj.unwrap)
    packets += transfer(srv, cli, chunk)
    final = step(cli, cli.obj.unwrap)
    print("chunk=%-4d handshake rounds=%d version=%s bytes=%d digest ok=%s fragments>=%s"
          % (chunk, hs_rounds, cli.obj.version(), len(got), ok, packets > 10))
    print("           after unwrap: client pending=%d/%d server pending=%d/%d eof=%s/%s final=%r"
          % (cli.inc.pending, cli.out.pending, srv.inc.pending, srv.out.pending,
             cli.inc.eof, srv.inc.eof, final))


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        for chunk in (500, 7, 1):
            run(chunk, crt, key)
        bio = ssl.MemoryBIO()
        bio.write(b"abc")
        bio.write_eof()
        print("bio:", bio.pending, bio.eof, bio.read(2), bio.eof, bio.read(), bio.eof)
        try:
            bio.write(b"more")
        except ssl.SSLError as exc:
            print("write after eof:", exc)


main()
