"""Upload files over TLS with socket.sendfile(), verify with hashlib on the server, via makefile()."""
import hashlib
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading

HDR = struct.Struct(">H Q")


def make_cert(d):
    cert, key = os.path.join(d, "up.crt"), os.path.join(d, "up.key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days",
         "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def receiver(lsock, ctx, results):
    raw, _ = lsock.accept()
    with ctx.wrap_socket(raw, server_side=True) as tls:
        rfile = tls.makefile("rb")
        while True:
            head = rfile.read(HDR.size)
            if len(head) < HDR.size:
                break
            name_len, size = HDR.unpack(head)
            if name_len == 0xFFFF:
                tls.sendall(b"BYE")
                break
            name = rfile.read(name_len).decode("utf-8")
            h = hashlib.sha256()
            left = size
            while left:
                chunk = rfile.read(min(left, 65536))
                if not chunk:
                    raise EOFError("short file %s" % name)
                h.update(chunk)
                left -= len(chunk)
            results.append((name, size, h.hexdigest()))
            tls.sendall(h.digest()[:8])
        rfile.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        files = {"empty.dat": b"", "small.txt": "naïve café\n".encode("utf-8") * 3,
                 "large.bin": os.urandom(1) * 0 + bytes(i * 7 % 251 for i in range(700001))}
        for name, data in files.items():
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        lsock.settimeout(10)
        results = []
        t = threading.Thread(target=receiver, args=(lsock, sctx, results))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        with cctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=10),
                              server_hostname="localhost") as tls:
            for name in sorted(files):
                path = os.path.join(d, name)
                size = os.path.getsize(path)
                encoded = name.encode("utf-8")
                tls.sendall(HDR.pack(len(encoded), size) + encoded)
                with open(path, "rb") as f:
                    if name == "large.bin":
                        f.seek(0)
                        sent = tls.sendfile(f, offset=0, count=None)
                        print("%-10s sendfile -> %d, file position %d" % (name, sent, f.tell()))
                    else:
                        sent = tls.sendfile(f)
                        print("%-10s sendfile -> %d" % (name, sent))
                ack = tls.recv(8)
                print("           ack matches:", ack == hashlib.sha256(files[name]).digest()[:8])
            with open(os.path.join(d, "small.txt"), "rb") as f:
                try:
                    tls.sendfile(f, offset=-1)
                except (ValueError, OSError) as exc:
                    print("negative offset:", type(exc).__name__, exc)
            try:
                with open(os.path.join(d, "small.txt"), "r") as f:
                    tls.sendfile(f)
            except ValueError as exc:
                print("text file:", exc)
            tls.sendall(HDR.pack(0xFFFF, 0))
            print("server says:", tls.recv(3))
        t.join(10)
        lsock.close()
        for name, size, digest in results:
            print("%-10s %7d %s" % (name, size, digest[:16]))


if __name__ == "__main__":
    main()
