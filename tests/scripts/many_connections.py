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
    # The interpreter's own descriptor of its pagemap, opened at its first
    # memory trim (internal/gcpolicy), is not one the script opened.
    n = 0
    for name in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink("/proc/self/fd/" + name)
        except OSError:
            continue  # listdir's own descriptor, closed by now
        if not target.endswith("/pagemap"):
            n += 1
    return n


def one():
    raw = socket.create_connection(("127.0.0.1", port), 20)
    # Without it, each request waits for the delayed ACK of the
    # handshake's last flight (Nagle): 40 ms a connection.
    raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    conn = ctx.wrap_socket(raw, server_hostname="localhost")
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
