"""Compressed transfers over TLS: a client streams zlib-compressed blocks
of generated log text, the server decompresses incrementally with a
decompressobj, checks an adler32 trailer and reports ratios."""
import io
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading
import zlib


def make_cert(d):
    key, cert = os.path.join(d, "z.key"), os.path.join(d, "z.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "4",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def log_lines(n):
    levels = ["INFO", "WARN", "DEBUG", "ERROR"]
    for i in range(n):
        yield "2018-01-%02d 12:%02d:%02d %s request %d served in %d ms\n" % (
            i % 28 + 1, i % 60, (i * 7) % 60, levels[i % 4], i, (i * 37) % 250)


def receiver(listener, ctx, report):
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        rfile = s.makefile("rb")
        level = rfile.read(1)[0]
        d = zlib.decompressobj()
        out = io.BytesIO()
        wire = 0
        while True:
            size = struct.unpack("!I", rfile.read(4))[0]
            if size == 0:
                break
            block = rfile.read(size)
            wire += size
            out.write(d.decompress(block))
        out.write(d.flush())
        trailer = struct.unpack("!I", rfile.read(4))[0]
        data = out.getvalue()
        ok = zlib.adler32(data) == trailer
        report.append((level, wire, len(data), ok, data.count(b"\n")))
        s.sendall(b"OK" if ok else b"BAD")
        rfile.close()


def send(port, ctx, level, lines):
    c = zlib.compressobj(level)
    check = zlib.adler32(b"")
    with ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10)) as s:
        s.sendall(bytes([level]))
        batch = []
        for line in lines:
            raw = line.encode()
            check = zlib.adler32(raw, check)
            batch.append(c.compress(raw))
            if len(batch) == 50:
                block = b"".join(batch)
                if block:
                    s.sendall(struct.pack("!I", len(block)) + block)
                batch = []
        batch.append(c.flush())
        block = b"".join(batch)
        s.sendall(struct.pack("!I", len(block)) + block + struct.pack("!II", 0, check))
        return s.recv(3)


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        cctx = ssl.create_default_context(cafile=cert)
        cctx.check_hostname = False
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(3)
        listener.settimeout(10)
        report = []
        for level in (1, 6, 9):
            t = threading.Thread(target=receiver, args=(listener, sctx, report))
            t.start()
            answer = send(listener.getsockname()[1], cctx, level, log_lines(400))
            t.join(10)
            print("level", level, "answer", answer)
        listener.close()
        print("%5s %8s %8s %6s %5s" % ("level", "wire", "plain", "ratio", "lines"))
        for level, wire, plain, ok, lines in report:
            print("%5d %8s %8d %6s %5d %s" % (level, "<%d" % (plain // 4) if wire < plain // 4 else wire,
                                              plain, "ok" if ok else "bad", lines, wire < plain))


if __name__ == "__main__":
    main()
