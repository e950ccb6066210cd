# Memory under churn: creates and drops COUNT objects of one kind after a
# warm-up of COUNT/4 (the Go heap and malloc's arenas reach their working
# size), and prints the resident set size (VmRSS of /proc/self/status)
# at SAMPLES evenly spaced points of the run, one "rss INDEX KIB ANON FILE"
# line each (VmRSS, RssAnon, RssFile), then "done". Runs unchanged under
# CPython 3.6 and gpython-ssl.
#
#   memory_churn.py contexts COUNT MODE
#   memory_churn.py bio COUNT MODE
#   memory_churn.py conns COUNT MODE PORT CAFILE
#
# contexts: an SSLContext(PROTOCOL_TLS_CLIENT) each.
# bio: a pair of MemoryBIOs and an SSLObject over them (wrap_bio), driven to
#      its first flight (the ClientHello is read out).
# conns: a TLS connection to 127.0.0.1:PORT, one line echoed.
#
# MODE "close" releases each object explicitly with what the interpreter
# offers: close() where the object has one (SSLSocket; CPython 3.6's
# SSLContext, SSLObject and MemoryBIO have none), write_eof() on the BIOs;
# MODE "drop" only drops the last reference.
import socket
import ssl
import sys

SAMPLES = 16

kind, count, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
explicit = mode == "close"
if mode not in ("close", "drop"):
    raise SystemExit("MODE must be close or drop, not %r" % mode)


def rss_kib():
    with open("/proc/self/status") as f:
        status = f.read()
    found = {}
    for line in status.split("\n"):
        fields = line.split()
        if len(fields) == 3 and fields[0] in ("VmRSS:", "RssAnon:", "RssFile:"):
            found[fields[0]] = fields[1]
    return "%s %s %s" % (found["VmRSS:"], found["RssAnon:"], found["RssFile:"])


def release(obj):
    close = getattr(obj, "close", None)
    if explicit and close is not None:
        close()


def one_context():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    release(ctx)


client_ctx = None


def one_bio():
    incoming = ssl.MemoryBIO()
    outgoing = ssl.MemoryBIO()
    obj = client_ctx.wrap_bio(incoming, outgoing, server_hostname="localhost")
    try:
        obj.do_handshake()
    except ssl.SSLWantReadError:
        pass
    if len(outgoing.read()) == 0:
        raise RuntimeError("no ClientHello")
    if explicit:
        incoming.write_eof()
        outgoing.write_eof()
    release(obj)
    release(incoming)
    release(outgoing)


def one_conn():
    sock = socket.create_connection(("127.0.0.1", port), 20)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    conn = client_ctx.wrap_socket(sock, server_hostname="localhost")
    conn.sendall(b"ping\n")
    reply = conn.recv(64)
    if reply != b"ping\n":
        raise RuntimeError("bad reply %r" % reply)
    release(conn)


if kind == "contexts":
    one = one_context
elif kind == "bio":
    client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    one = one_bio
elif kind == "conns":
    port = int(sys.argv[4])
    client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    client_ctx.load_verify_locations(sys.argv[5])
    one = one_conn
else:
    raise SystemExit("unknown kind %r" % kind)

for i in range(max(count // 4, 1)):
    one()
step = max(count // SAMPLES, 1)
for i in range(count):
    one()
    if (i + 1) % step == 0:
        print("rss", (i + 1) // step, rss_kib())
        sys.stdout.flush()
print("done")
