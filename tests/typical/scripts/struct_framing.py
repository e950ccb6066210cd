"""Length-prefixed binary messages over TLS, packed with struct."""
import hashlib
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading

HEADER = struct.Struct("!HBI")  # type, flags, length
MSG_PING, MSG_DATA, MSG_BYE = 1, 2, 3


def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise EOFError("peer closed after %d of %d bytes" % (len(buf), n))
        buf.extend(chunk)
    return bytes(buf)


def send_msg(sock, mtype, payload=b"", flags=0):
    sock.sendall(HEADER.pack(mtype, flags, len(payload)) + payload)


def recv_msg(sock):
    mtype, flags, length = HEADER.unpack(recv_exact(sock, HEADER.size))
    return mtype, flags, recv_exact(sock, length)


def server(lsock, ctx, log):
    conn, _ = lsock.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        while True:
            mtype, flags, payload = recv_msg(s)
            if mtype == MSG_PING:
                send_msg(s, MSG_PING, payload)
            elif mtype == MSG_DATA:
                digest = hashlib.sha1(payload).digest()
                count, total = len(payload), sum(payload) & 0xFFFF
                send_msg(s, MSG_DATA, struct.pack("<IH20s", count, total, digest))
            elif mtype == MSG_BYE:
                send_msg(s, MSG_BYE)
                break
            log.append((mtype, flags, len(payload)))


def main():
    d = tempfile.mkdtemp()
    crt, key = os.path.join(d, "crt"), os.path.join(d, "key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "1", "-subj", "/CN=localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)
    log = []
    th = threading.Thread(target=server, args=(lsock, sctx, log))
    th.start()
    cctx = ssl.create_default_context(cafile=crt)
    with cctx.wrap_socket(socket.create_connection(lsock.getsockname()), server_hostname="localhost") as s:
        send_msg(s, MSG_PING, b"abc", flags=7)
        print("ping:", recv_msg(s))
        payload = bytes(range(256)) * 300
        send_msg(s, MSG_DATA, payload, flags=1)
        mtype, flags, reply = recv_msg(s)
        count, total, digest = struct.unpack("<IH20s", reply)
        print("data:", mtype, count, total, digest == hashlib.sha1(payload).digest(), digest.hex()[:8])
        send_msg(s, MSG_BYE)
        print("bye:", recv_msg(s))
    th.join()
    lsock.close()
    print("server log:", log)
    print("header size:", HEADER.size, HEADER.format, struct.calcsize("<IH20s"), struct.calcsize("IH20s"))
    packed = struct.pack(">hHiIqQ?f d", -1, 65535, -2, 2 ** 32 - 1, -3, 2 ** 64 - 1, True, 1.5, 2.25)
    print("packed:", packed.hex())
    print("unpacked:", struct.unpack(">hHiIqQ?f d", packed))
    print("iter:", list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
    buf = bytearray(8)
    struct.pack_into("<I", buf, 2, 0xDEADBEEF)
    print("pack_into:", buf, struct.unpack_from("<I", buf, 2))
    for fmt, args in (("<H", (70000,)), ("<b", (200,)), ("<I", ("x",)), ("<2s", (b"abc",))):
        try:
            print(fmt, struct.pack(fmt, *args))
        except struct.error as e:
            print("struct.error:", e)
    try:
        struct.unpack("<I", b"\x00")
    except struct.error as e:
        print("struct.error:", e)
    subprocess.call(["rm", "-r", d])


main()
