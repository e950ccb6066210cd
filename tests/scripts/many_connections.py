# Opens COUNT TLS connections one after another and reports the number of
# open descriptors and the resident memory after a warm-up and at the end.
#   many_connections.py PORT CAFILE COUNT
import os
import socket
import ssl
import sys

port, cafile, count = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(cafile)


def rss_kib():
    # Closed at once: an open file would itself count as a descriptor.
    with open("/proc/self/status") as f:
        status = f.read()
    for line in status.split("\n"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


def fds():
    return len(os.listdir("/proc/self/fd"))


def one():
    conn = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), 20), server_hostname="localhost")
    conn.sendall(b"ping\n")
    reply = conn.recv(64)
    if reply != b"ping\n":
        raise RuntimeError("bad reply %r" % reply)
    conn.close()


WARMUP = 50
for i in range(WARMUP):
    one()
fd0, rss0 = fds(), rss_kib()
for i in range(count):
    one()
fd1, rss1 = fds(), rss_kib()
print("fds", fd0, fd1)
print("rss_kib", rss0, rss1)
