# membio.py: an SSLObject client and an SSLObject server in one process,
# joined by MemoryBIOs (no sockets). Runs under CPython and gpython-ssl.
#
# Arguments (key=value): cafile certfile keyfile hostname what ...
#   what=handshake count maxtime  full handshakes per second (new SSLObjects
#                                 and BIOs each time)
#   what=transfer total chunk     client writes `total` bytes in `chunk`-sized
#                                 writes, the server reads them; MiB/s
# Prints "RESULT <value>" and "INFO ...".
import sys
import time
import ssl


def parse_args(argv):
    opts = {}
    for a in argv:
        kv = a.split("=", 1)
        opts[kv[0]] = kv[1]
    return opts


opts = parse_args(sys.argv[1:])
hostname = opts["hostname"]

cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
cctx.load_verify_locations(opts["cafile"])
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(opts["certfile"], opts["keyfile"])


def move(src, dst):
    data = src.read()
    if len(data) > 0:
        dst.write(data)


class Pair:
    def __init__(self):
        self.cin = ssl.MemoryBIO()
        self.cout = ssl.MemoryBIO()
        self.sin = ssl.MemoryBIO()
        self.sout = ssl.MemoryBIO()
        self.c = cctx.wrap_bio(self.cin, self.cout, server_hostname=hostname)
        self.s = sctx.wrap_bio(self.sin, self.sout, server_side=True)

    def handshake(self):
        cdone = False
        sdone = False
        rounds = 0
        while not (cdone and sdone):
            rounds += 1
            if rounds > 20:
                raise RuntimeError("handshake did not finish")
            if not cdone:
                try:
                    self.c.do_handshake()
                    cdone = True
                except ssl.SSLWantReadError:
                    pass
            move(self.cout, self.sin)
            if not sdone:
                try:
                    self.s.do_handshake()
                    sdone = True
                except ssl.SSLWantReadError:
                    pass
            move(self.sout, self.cin)


what = opts["what"]
if what == "handshake":
    count = int(opts.get("count", "200"))
    maxtime = float(opts.get("maxtime", "5"))
    p = Pair()
    p.handshake()
    version = p.c.version()
    done = 0
    start = time.time()
    elapsed = 0.0
    while done < count and elapsed < maxtime:
        Pair().handshake()
        done += 1
        elapsed = time.time() - start
    print("RESULT %.3f" % (done / elapsed))
    print("INFO version=%s n=%d seconds=%.3f" % (version, done, elapsed))
elif what == "transfer":
    total = int(opts["total"])
    chunk = int(opts["chunk"])
    p = Pair()
    p.handshake()
    block = bytes(bytearray(chunk))
    moved = 0
    start = time.time()
    while moved < total:
        p.c.write(block)
        move(p.cout, p.sin)
        got = 0
        while got < chunk:
            got += len(p.s.read(chunk))
        moved += chunk
    elapsed = time.time() - start
    print("RESULT %.3f" % (moved / 1048576.0 / elapsed))
    print("INFO version=%s cipher=%s bytes=%d seconds=%.3f" % (p.c.version(), p.c.cipher()[0], moved, elapsed))
else:
    raise ValueError("what must be handshake or transfer")
