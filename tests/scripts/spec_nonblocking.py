# The spec's non-blocking handshake loop ("Notes on non-blocking sockets"),
# unchanged, on a non-blocking client socket; then a non-blocking
# exchange in the same style.
#   spec_nonblocking.py PORT CAFILE
import sys
import select
import socket
import ssl

PORT, CAFILE = int(sys.argv[1]), sys.argv[2]
context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
context.load_verify_locations(CAFILE)
raw = socket.create_connection(("127.0.0.1", PORT), 10)
raw.setblocking(False)
sock = context.wrap_socket(raw, server_hostname="localhost", do_handshake_on_connect=False)

waits = 0
while True:
    try:
        sock.do_handshake()
        break
    except ssl.SSLWantReadError:
        waits += 1
        select.select([sock], [], [])
    except ssl.SSLWantWriteError:
        waits += 1
        select.select([], [sock], [])

print("handshake done", sock.version())

sock.sendall(b"ping\n")
reply = b""
while reply.find(b"\n") < 0:
    try:
        chunk = sock.recv(1024)
    except ssl.SSLWantReadError:
        select.select([sock], [], [], 10)
        continue
    if len(chunk) == 0:
        break
    reply = reply + chunk
print("reply", reply)
try:
    sock.recv(1024)
    print("no exception")
except ssl.SSLWantReadError:
    print("SSLWantReadError when no data")
sock.close()
