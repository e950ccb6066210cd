"""A resumable upload over TLS: the client sends a file in chunks framed
with struct (offset, length, crc32); the server drops the connection
once part-way, the client reconnects, asks for the committed offset and
resumes. The result is checked with SHA-256."""
import hashlib
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading
import zlib

HEADER = struct.Struct("!QIL")       # offset, length, crc32
CHUNK = 4096
PAYLOAD = bytes((i * 7 + i // 256) & 0xFF for i in range(50000))


def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        part = sock.recv(n - len(buf))
        if not part:
            raise ConnectionError("peer closed with %d of %d bytes" % (len(buf), n))
        buf += part
    return bytes(buf)


class Store:
    def __init__(self):
        self.data = bytearray()
        self.log = []

    def serve(self, listener, ctx, sessions, fail_after):
        for session in range(sessions):
            conn, _ = listener.accept()
            with ctx.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(struct.pack("!Q", len(self.data)))
                received = 0
                while True:
                    offset, length, crc = HEADER.unpack(recv_exact(tls, HEADER.size))
                    if length == 0:
                        tls.sendall(b"DONE" + hashlib.sha256(self.data).digest())
                        self.log.append("session %d: finished at %d" % (session, len(self.data)))
                        break
                    chunk = recv_exact(tls, length)
                    if offset != len(self.data) or zlib.crc32(chunk) != crc:
                        self.log.append("session %d: rejected chunk at %d" % (session, offset))
                        tls.sendall(b"NACK")
                        continue
                    self.data += chunk
                    received += 1
                    tls.sendall(b"ACK ")
                    if session == 0 and received == fail_after:
                        self.log.append("session %d: dropping after %d chunks" % (session, received))
                        break


def upload(port, ctx, payload, corrupt_at=None):
    with ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=5),
                         server_hostname="store.test") as tls:
        (offset,) = struct.unpack("!Q", recv_exact(tls, 8))
        print("server has %d bytes; resuming" % offset)
        while offset < len(payload):
            chunk = payload[offset:offset + CHUNK]
            crc = zlib.crc32(chunk) ^ (1 if offset == corrupt_at else 0)
            tls.sendall(HEADER.pack(offset, len(chunk), crc) + chunk)
            reply = recv_exact(tls, 4)
            if reply == b"NACK":
                print("  chunk at %d refused, sending again" % offset)
                corrupt_at = None
                continue
            offset += len(chunk)
        tls.sendall(HEADER.pack(offset, 0, 0))
        done = recv_exact(tls, 36)
        return done[:4], done[4:]


def main():
    d = tempfile.mkdtemp()
    key, crt = os.path.join(d, "k"), os.path.join(d, "c")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "1", "-subj", "/CN=store.test", "-addext",
                           "subjectAltName=DNS:store.test", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    cctx = ssl.create_default_context(cafile=crt)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(2)
    store = Store()
    t = threading.Thread(target=store.serve, args=(listener, sctx, 2, 5))
    t.start()
    port = listener.getsockname()[1]
    attempts = 0
    while True:
        attempts += 1
        try:
            status, digest = upload(port, cctx, PAYLOAD, corrupt_at=8 * CHUNK if attempts == 2 else None)
            break
        except (ConnectionError, ssl.SSLError, struct.error) as e:
            # an EOF without close_notify (SSLError over OpenSSL 3), a
            # reset or a short read: all mean the connection was lost
            print("attempt %d failed: connection lost" % attempts)
    t.join(5)
    listener.close()
    print("status:", status, "attempts:", attempts)
    print("digest match:", digest == hashlib.sha256(PAYLOAD).digest(), len(store.data) == len(PAYLOAD))
    print("\n".join(store.log))
    subprocess.call(["rm", "-rf", d])


main()
