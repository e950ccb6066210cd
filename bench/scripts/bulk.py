# bulk.py: TLS bulk transfer over one connection, MiB/s.
# Runs under CPython and gpython-ssl alike.
#
# Arguments (key=value): host port cafile hostname direction total chunk
#   direction=send  client sends `total` bytes in `chunk`-sized sendall()
#                   calls; the server acknowledges with one byte at the end
#   direction=recv  the server sends `total` bytes; the client calls
#                   recv(chunk) until it has them all
# Timing starts after the handshake. Prints "RESULT <MiB/s>" and "INFO ...".
import sys
import time
import socket
import ssl


def parse_args(argv):
    opts = {}
    for a in argv:
        kv = a.split("=", 1)
        opts[kv[0]] = kv[1]
    return opts


opts = parse_args(sys.argv[1:])
host = opts["host"]
port = int(opts["port"])
total = int(opts["total"])
chunk = int(opts["chunk"])
direction = opts["direction"]

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(opts["cafile"])
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect((host, port))
ss = ctx.wrap_socket(s, server_hostname=opts["hostname"])

moved = 0
start = time.time()
if direction == "send":
    block = bytes(bytearray(chunk))
    while moved < total:
        ss.sendall(block)
        moved += chunk
    ack = ss.recv(1)
    if len(ack) != 1:
        raise RuntimeError("no acknowledgement from server")
elif direction == "recv":
    while moved < total:
        data = ss.recv(chunk)
        if len(data) == 0:
            raise RuntimeError("server closed early after %d bytes" % moved)
        moved += len(data)
else:
    raise ValueError("direction must be send or recv")
elapsed = time.time() - start
info = "version=%s cipher=%s bytes=%d seconds=%.3f" % (ss.version(), ss.cipher()[0], moved, elapsed)
ss.close()

print("RESULT %.3f" % (moved / 1048576.0 / elapsed))
print("INFO " + info)
