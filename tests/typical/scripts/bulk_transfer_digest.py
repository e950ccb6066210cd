"""Bulk file transfer over TLS with integrity checks: the client streams
a generated file in zlib-compressed chunks with a JSON header, the server
decompresses incrementally, hashes with sha256 and blake2b, and answers
with a JSON receipt; sendfile() and memoryview slices are used too."""
import hashlib
import json
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading
import zlib


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def recv_exact(s, n):
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = s.recv_into(view[got:], n - got)
        if not k:
            raise ConnectionError("peer closed after %d of %d bytes" % (got, n))
        got += k
    return bytes(buf)


def server(lsock, ctx, receipts):
    for _ in range(2):
        conn, _ = lsock.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            (hlen,) = struct.unpack("!I", recv_exact(s, 4))
            header = json.loads(recv_exact(s, hlen).decode())
            sha, blake = hashlib.sha256(), hashlib.blake2b(digest_size=16)
            size = 0
            if header["mode"] == "zlib":
                d = zlib.decompressobj()
                while True:
                    (clen,) = struct.unpack("!I", recv_exact(s, 4))
                    if clen == 0:
                        break
                    data = d.decompress(recv_exact(s, clen))
                    sha.update(data)
                    blake.update(data)
                    size += len(data)
                tail = d.flush()
                sha.update(tail)
                blake.update(tail)
                size += len(tail)
            else:
                remaining = header["size"]
                while remaining:
                    data = s.recv(min(remaining, 16384))
                    if not data:
                        break
                    sha.update(data)
                    blake.update(data)
                    size += len(data)
                    remaining -= len(data)
            receipt = {"name": header["name"], "size": size, "sha256": sha.hexdigest()[:16],
                       "blake2b": blake.hexdigest(), "ok": sha.hexdigest() == header["sha256"]}
            receipts.append(receipt)
            body = json.dumps(receipt, sort_keys=True).encode()
            s.sendall(struct.pack("!I", len(body)) + body)


def send_file(addr, ctx, path, mode):
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    size = os.path.getsize(path)
    header = json.dumps({"name": os.path.basename(path), "mode": mode, "size": size,
                         "sha256": digest}).encode()
    with ctx.wrap_socket(socket.create_connection(addr, timeout=20), server_hostname="localhost") as s:
        s.sendall(struct.pack("!I", len(header)) + header)
        sent_compressed = 0
        if mode == "zlib":
            comp = zlib.compressobj(6)
            with open(path, "rb") as f:
                for block in iter(lambda: f.read(32768), b""):
                    c = comp.compress(block)
                    if c:
                        s.sendall(struct.pack("!I", len(c)) + c)
                        sent_compressed += len(c)
            c = comp.flush()
            s.sendall(struct.pack("!I", len(c)) + c + struct.pack("!I", 0))
            sent_compressed += len(c)
        else:
            with open(path, "rb") as f:
                sent = s.sendfile(f)
            print("sendfile sent", sent, "bytes")
        (n,) = struct.unpack("!I", recv_exact(s, 4))
        receipt = json.loads(recv_exact(s, n).decode())
    if mode == "zlib":
        print("compressed %d -> %d bytes (ratio under 0.5: %s)" % (size, sent_compressed, sent_compressed < size / 2))
    return receipt


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        path = os.path.join(d, "inventory.csv")
        with open(path, "w") as f:
            for i in range(40000):
                f.write("%06d,host-%d.example.org,%s,%d\n" % (i, i % 97, "ok" if i % 13 else "expired", i * 7 % 365))
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(2)
        receipts = []
        t = threading.Thread(target=server, args=(lsock, sctx, receipts))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        for mode in ("zlib", "raw"):
            r = send_file(lsock.getsockname(), cctx, path, mode)
            print(mode, "receipt:", r)
        t.join(20)
        lsock.close()
        print("same digests:", len({r["sha256"] for r in receipts}) == 1)


main()
