"""A minimal WebSocket (RFC 6455) echo service over TLS, written from the
standard library only: the HTTP Upgrade handshake with the
Sec-WebSocket-Accept digest, masked client frames, 16- and 64-bit payload
lengths, fragmented messages, ping/pong and the close handshake with a
status code."""
import base64
import hashlib
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
OP_CONT, OP_TEXT, OP_BIN, OP_CLOSE, OP_PING, OP_PONG = 0, 1, 2, 8, 9, 10


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                    "-subj", "/CN=ws.test", "-addext", "subjectAltName=DNS:ws.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def accept_key(key):
    return base64.b64encode(hashlib.sha1(key + GUID).digest())


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("peer closed after %d of %d bytes" % (len(buf), n))
        buf += chunk
    return buf


def send_frame(sock, opcode, payload, fin=True, mask=None):
    head = bytes([(0x80 if fin else 0) | opcode])
    n = len(payload)
    mbit = 0x80 if mask else 0
    if n < 126:
        head += bytes([mbit | n])
    elif n < 65536:
        head += bytes([mbit | 126]) + struct.pack("!H", n)
    else:
        head += bytes([mbit | 127]) + struct.pack("!Q", n)
    if mask:
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        head += mask
    sock.sendall(head + payload)


def recv_frame(sock):
    b0, b1 = recv_exact(sock, 2)
    fin, opcode = bool(b0 & 0x80), b0 & 0x0F
    n = b1 & 0x7F
    if n == 126:
        n, = struct.unpack("!H", recv_exact(sock, 2))
    elif n == 127:
        n, = struct.unpack("!Q", recv_exact(sock, 8))
    mask = recv_exact(sock, 4) if b1 & 0x80 else None
    payload = recv_exact(sock, n)
    if mask:
        payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
    return fin, opcode, payload, mask is not None


def read_http_head(f):
    lines = []
    while True:
        line = f.readline().decode("latin-1").rstrip("\r\n")
        if not line:
            return lines
        lines.append(line)


def server(lsock, ctx, log):
    conn, _ = lsock.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        f = s.makefile("rb", buffering=0)
        head = read_http_head(f)
        headers = dict(l.split(": ", 1) for l in head[1:])
        log.append("request line: " + head[0])
        if headers.get("Upgrade", "").lower() != "websocket":
            s.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
            return
        s.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                  b"Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                  accept_key(headers["Sec-WebSocket-Key"].encode()) + b"\r\n\r\n")
        parts, first_op = [], None
        while True:
            fin, op, payload, masked = recv_frame(s)
            if not masked:
                log.append("unmasked client frame: protocol error")
                send_frame(s, OP_CLOSE, struct.pack("!H", 1002))
                return
            if op == OP_PING:
                send_frame(s, OP_PONG, payload)
                continue
            if op == OP_CLOSE:
                code, = struct.unpack("!H", payload[:2])
                log.append("close from client: %d %r" % (code, payload[2:].decode()))
                send_frame(s, OP_CLOSE, struct.pack("!H", 1000) + b"bye")
                return
            if op != OP_CONT:
                first_op = op
            parts.append(payload)
            if not fin:
                continue
            message, frames = b"".join(parts), len(parts)
            parts = []
            log.append("message op=%d, %d bytes in %d frame(s)" % (first_op, len(message), frames))
            if first_op == OP_TEXT:
                send_frame(s, OP_TEXT, message.decode("utf-8").upper().encode("utf-8"))
            else:
                send_frame(s, OP_BIN, hashlib.sha256(message).digest())


def main():
    log = []
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        sctx.set_alpn_protocols(["http/1.1"])
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=server, args=(lsock, sctx, log))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        cctx.set_alpn_protocols(["http/1.1"])
        with cctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=10),
                              server_hostname="ws.test") as c:
            print("alpn:", c.selected_alpn_protocol())
            key = base64.b64encode(bytes(range(16)))
            c.sendall(b"GET /chat HTTP/1.1\r\nHost: ws.test\r\nUpgrade: websocket\r\n"
                      b"Connection: Upgrade\r\nSec-WebSocket-Key: " + key +
                      b"\r\nSec-WebSocket-Version: 13\r\n\r\n")
            f = c.makefile("rb", buffering=0)
            head = read_http_head(f)
            print("status:", head[0])
            accept = dict(l.split(": ", 1) for l in head[1:])["Sec-WebSocket-Accept"]
            print("accept ok:", accept.encode() == accept_key(key), accept)
            mask = b"\x01\x02\x03\x04"
            send_frame(c, OP_TEXT, "héllo wörld".encode(), mask=mask)
            print("text reply:", recv_frame(c))
            send_frame(c, OP_PING, b"are you there", mask=mask)
            print("pong:", recv_frame(c))
            send_frame(c, OP_TEXT, b"frag-", fin=False, mask=mask)
            send_frame(c, OP_CONT, b"ment", fin=False, mask=mask)
            send_frame(c, OP_CONT, b"ed", mask=mask)
            print("fragmented reply:", recv_frame(c))
            for size in (125, 126, 65535, 65536, 200000):
                blob = bytes(i % 253 for i in range(size))
                send_frame(c, OP_BIN, blob, mask=b"\xaa\xbb\xcc\xdd")
                fin, op, payload, masked = recv_frame(c)
                print("binary %6d -> op=%d ok=%s" % (size, op, payload == hashlib.sha256(blob).digest()))
            send_frame(c, OP_CLOSE, struct.pack("!H", 1001) + b"going away", mask=mask)
            fin, op, payload, _ = recv_frame(c)
            print("close reply:", op, struct.unpack("!H", payload[:2])[0], payload[2:])
            f.close()
        t.join(10)
        lsock.close()
    for line in log:
        print("server:", line)


if __name__ == "__main__":
    main()
