# Bulk transfer over TLS for the integrity test. The Go peer checks what
# arrives against a SHA-256 of the expected stream.
#   bulk.py PORT CAFILE up SIZE     send SIZE bytes of the fixed pattern
#   bulk.py PORT CAFILE echo SIZE   receive SIZE bytes and send them back
import socket
import ssl
import sys

port, cafile, mode, size = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(cafile)
conn = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), 60), server_hostname="localhost")

BLOCK = 65536
if mode == "up":
    # 16 different blocks, cycled: block k is the byte k+1 repeated.
    blocks = [bytes(bytearray([k + 1] * BLOCK)) for k in range(16)]
    sent = 0
    k = 0
    while sent < size:
        conn.sendall(blocks[k % 16])
        sent += BLOCK
        k += 1
    # Wait for the peer to confirm it read everything: closing with unread
    # data (the server's TLS 1.3 tickets) would reset the connection and
    # drop the end of the upload at the peer.
    ack = b""
    while ack.find(b"\n") < 0:
        chunk = conn.recv(100)
        if len(chunk) == 0:
            break
        ack = ack + chunk
    print("sent", sent, ack.decode("ascii").strip())
else:
    buf = bytearray(BLOCK)
    got = 0
    while got < size:
        n = conn.recv_into(buf)
        if n == 0:
            break
        conn.sendall(bytes(buf[:n]))
        got += n
    print("echoed", got)
conn.close()
