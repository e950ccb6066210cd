# A client SSLObject and a server SSLObject in one process, joined by
# MemoryBIOs: handshake, verification, then MIB mebibytes each way, each
# 16 KiB chunk checked. Runs under gpython-ssl and CPython alike.
#
#   bio_pair.py CAFILE CERTFILE VERSION(1.2|1.3) MIB
import ssl
import sys

cafile, certfile, version, mib = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
cctx.load_verify_locations(cafile)
if version == "1.2":
    cctx.options |= ssl.OP_NO_TLSv1_3
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(certfile)

c_in = ssl.MemoryBIO()
c_out = ssl.MemoryBIO()
s_in = ssl.MemoryBIO()
s_out = ssl.MemoryBIO()
client = cctx.wrap_bio(c_in, c_out, server_hostname="localhost")
server = sctx.wrap_bio(s_in, s_out, server_side=True)


def pump():
    moved = 0
    data = c_out.read()
    if len(data) > 0:
        s_in.write(data)
        moved += len(data)
    data = s_out.read()
    if len(data) > 0:
        c_in.write(data)
        moved += len(data)
    return moved


def step(obj):
    try:
        obj.do_handshake()
        return True
    except ssl.SSLWantReadError:
        return False


cdone = False
sdone = False
rounds = 0
while not (cdone and sdone):
    rounds += 1
    if rounds > 100:
        raise RuntimeError("handshake did not finish")
    if not cdone:
        cdone = step(client)
    if not sdone:
        sdone = step(server)
    pump()

cert = client.getpeercert()
cn = "-"
for rdn in cert["subject"]:
    for pair in rdn:
        if pair[0] == "commonName":
            cn = pair[1]
print("handshake", client.version(), server.version(), client.cipher()[0], cn)
print("server_side", client.server_side, server.server_side, client.server_hostname)
print("channel binding equal", client.get_channel_binding("tls-unique") == server.get_channel_binding("tls-unique"))
print("pending", client.pending(), server.pending())

CHUNK = 16384


def block(i):
    return (("%015d|" % i) * (CHUNK // 16)).encode("ascii")


def send_all(sender, receiver, count):
    for i in range(count):
        expected = block(i)
        n = sender.write(expected)
        if n != CHUNK:
            raise RuntimeError("short write %d" % n)
        pump()
        got = receiver.read(CHUNK)
        if got != expected:
            raise RuntimeError("chunk %d corrupted (%d bytes)" % (i, len(got)))
    return count * CHUNK


chunks = mib * 1024 * 1024 // CHUNK
total = send_all(client, server, chunks)
total += send_all(server, client, chunks)
print("transferred", total)

# Clean shutdown: the client sends close_notify, the server answers.
try:
    client.unwrap()
except ssl.SSLWantReadError:
    pass
pump()
if len(server.read(10)) == 0:
    print("server saw close_notify")
server.unwrap()
pump()
client.unwrap()
print("shutdown done")
