# One end of a TLS connection driven through an SSLObject and MemoryBIOs,
# with the script itself carrying the records over a plain TCP socket.
# Runs under gpython-ssl and CPython, so either end can be either.
#
#   bio_socket.py server CERTFILE MIB       (prints PORT n)
#   bio_socket.py client CAFILE PORT MIB
import socket
import ssl
import sys

role = sys.argv[1]
CHUNK = 16384
if role == "server":
    certfile, mib = sys.argv[2], int(sys.argv[3])
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(certfile)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(30)
    print("PORT", listener.getsockname()[1])
    sys.stdout.flush()
    sock, addr = listener.accept()
    listener.close()
    hostname = None
else:
    cafile, port, mib = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    sock = socket.create_connection(("127.0.0.1", port), 30)
    hostname = "localhost"
sock.settimeout(30)

incoming = ssl.MemoryBIO()
outgoing = ssl.MemoryBIO()
obj = ctx.wrap_bio(incoming, outgoing, server_side=(role == "server"), server_hostname=hostname)


def flush():
    data = outgoing.read()
    if len(data) > 0:
        sock.sendall(data)


def fill():
    data = sock.recv(65536)
    if len(data) == 0:
        incoming.write_eof()
    else:
        incoming.write(data)


def drive(op, *args):
    for _ in range(100000):
        try:
            result = op(*args)
            flush()
            return result
        except ssl.SSLWantReadError:
            flush()
            fill()
    raise RuntimeError("no progress")


def block(i):
    return (("%015d|" % i) * (CHUNK // 16)).encode("ascii")


drive(obj.do_handshake)
print("handshake", obj.version(), obj.cipher()[0])
print("binding", obj.get_channel_binding("tls-unique").hex())
sys.stdout.flush()

count = mib * 1024 * 1024 // CHUNK
for i in range(count):
    expected = block(i)
    if role == "client":
        drive(obj.write, expected)
        got = drive(obj.read, CHUNK)
    else:
        got = drive(obj.read, CHUNK)
        drive(obj.write, got)
    if got != expected:
        raise RuntimeError("chunk %d corrupted" % i)
print("transferred", count * CHUNK)

if role == "client":
    try:
        obj.unwrap()
    except ssl.SSLWantReadError:
        flush()
        drive(obj.unwrap)
else:
    if len(drive(obj.read, 10)) != 0:
        raise RuntimeError("expected close_notify")
    drive(obj.unwrap)
print("unwrapped")
sock.close()
