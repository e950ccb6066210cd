"""Several logical channels multiplexed over one TLS connection: each
frame is struct-packed (channel id, flags, length), the server routes
frames to per-channel handlers and the client reassembles the replies."""
import collections
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading

HEADER = struct.Struct("!BBH")
FLAG_DATA, FLAG_END = 0, 1
Frame = collections.namedtuple("Frame", "channel flags payload")


def make_cert(d):
    key, cert = os.path.join(d, "mux.key"), os.path.join(d, "mux.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "7", "-subj", "/CN=mux.local", "-addext", "subjectAltName=DNS:mux.local",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise EOFError("peer closed with %d of %d bytes" % (len(buf), n))
        buf += chunk
    return bytes(buf)


def read_frames(sock):
    while True:
        try:
            channel, flags, size = HEADER.unpack(recv_exact(sock, HEADER.size))
        except EOFError:
            return
        yield Frame(channel, flags, recv_exact(sock, size))


def send_frame(sock, frame):
    sock.sendall(HEADER.pack(frame.channel, frame.flags, len(frame.payload)) + frame.payload)


HANDLERS = {
    1: lambda data: data.upper(),
    2: lambda data: data[::-1],
    3: lambda data: str(sum(data)).encode(),
}


def server(listener, ctx):
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        buffers = collections.defaultdict(bytearray)
        for frame in read_frames(s):
            buffers[frame.channel] += frame.payload
            if frame.flags & FLAG_END:
                handler = HANDLERS.get(frame.channel, lambda data: b"?unknown channel")
                send_frame(s, Frame(frame.channel, FLAG_END, handler(bytes(buffers.pop(frame.channel)))))
                if frame.channel == 0:
                    break


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(10)
        t = threading.Thread(target=server, args=(listener, sctx))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        messages = {1: [b"hello ", b"mux ", b"world"], 2: [b"stressed"], 3: [b"\x01\x02", b"\x03\xff"], 9: [b"x"]}
        with cctx.wrap_socket(socket.create_connection(listener.getsockname(), timeout=10),
                              server_hostname="mux.local") as s:
            # interleave the chunks of every channel
            pending = {ch: collections.deque(parts) for ch, parts in messages.items()}
            while pending:
                for ch in sorted(pending):
                    part = pending[ch].popleft()
                    last = not pending[ch]
                    send_frame(s, Frame(ch, FLAG_END if last else FLAG_DATA, part))
                    if last:
                        del pending[ch]
            send_frame(s, Frame(0, FLAG_END, b""))
            replies = {}
            for frame in read_frames(s):
                replies[frame.channel] = frame.payload
                if frame.channel == 0:
                    break
        t.join(10)
        listener.close()
        for ch in sorted(replies):
            print("channel %d -> %r" % (ch, replies[ch]))
        print("header size:", HEADER.size, "format:", HEADER.format)


if __name__ == "__main__":
    main()
