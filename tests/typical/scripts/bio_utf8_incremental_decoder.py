"""Two SSLObjects over MemoryBIOs, no sockets: the server streams UTF-8
text in writes that split multi-byte characters, and the client decodes
with an incremental decoder. Counts the want-read rounds of each side."""
import codecs
import os
import ssl
import subprocess
import tempfile

TEXT = "Grüße aus Köln — naïve café, 東京, Ελληνικά, emoji \U0001F512 end.\n" * 3


class Endpoint:
    def __init__(self, ctx, server_side, hostname=None):
        self.inc, self.out = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.inc, self.out, server_side=server_side, server_hostname=hostname)
        self.want_reads = 0

    def __repr__(self):
        side = "server" if self.obj.server_side else "client"
        return "<Endpoint %s pending=%d>" % (side, self.out.pending)

    def step(self, fn, *args):
        try:
            return fn(*args)
        except ssl.SSLWantReadError:
            self.want_reads += 1
            return None


def pump(a, b):
    moved = 0
    for src, dst in ((a, b), (b, a)):
        data = src.out.read()
        if data:
            dst.inc.write(data)
            moved += len(data)
    return moved


def main():
    d = tempfile.mkdtemp()
    key, crt = os.path.join(d, "k"), os.path.join(d, "c")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384",
                           "-nodes", "-days", "1", "-subj", "/CN=bio.test", "-addext", "subjectAltName=DNS:bio.test",
                           "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    cctx = ssl.create_default_context(cafile=crt)
    server, client = Endpoint(sctx, True), Endpoint(cctx, False, "bio.test")
    print(server, client)
    rounds = 0
    while True:
        c_done = client.step(client.obj.do_handshake) is not None or client.obj.version() is not None
        s_done = server.step(server.obj.do_handshake) is not None or server.obj.version() is not None
        rounds += 1
        if not pump(client, server) and c_done and s_done:
            break
    print("handshake rounds:", rounds, client.obj.version() == server.obj.version())
    print("peer CN:", dict(x[0] for x in client.obj.getpeercert()["subject"])["commonName"])
    raw = TEXT.encode("utf-8")
    sizes = [1, 2, 3, 5, 7, 11, 13]
    pos, i = 0, 0
    while pos < len(raw):
        n = sizes[i % len(sizes)]
        server.obj.write(raw[pos:pos + n])
        pos += n
        i += 1
    pump(server, client)
    decoder = codecs.getincrementaldecoder("utf-8")()
    pieces, partial = [], 0
    while True:
        chunk = client.step(client.obj.read, 4)
        if not chunk:
            break
        text = decoder.decode(chunk)
        if len(text.encode("utf-8")) != len(chunk):
            partial += 1
        pieces.append(text)
    result = "".join(pieces) + decoder.decode(b"", final=True)
    print("writes:", i, "reads:", len(pieces), "reads ending mid-character:", partial)
    print("identical:", result == TEXT, len(result), len(raw))
    print(result.splitlines()[0])
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw[:3], final=True)
    except UnicodeDecodeError as e:
        print("truncated:", e.reason, e.start, e.end)
    print("want-read counts:", client.want_reads > 0, server.want_reads > 0)
    subprocess.call(["rm", "-rf", d])


main()
