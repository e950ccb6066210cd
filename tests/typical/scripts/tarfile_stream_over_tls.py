"""Ship a directory as a streamed tar archive through a TLS connection:
the client writes tarfile mode 'w|gz' into a file-like object that frames
each write (length-prefixed, a zero length ends the stream), the server
extracts with mode 'r|gz' from the matching reader into a scratch
directory and answers with a manifest of names, sizes and SHA-1 digests."""
import hashlib
import json
import os
import socket
import ssl
import subprocess
import tarfile
import tempfile
import threading

FILES = {
    "README.txt": b"Release notes\n" * 20,
    "bin/tool.sh": b"#!/bin/sh\necho tool\n",
    "data/table.csv": b"id,value\n" + b"".join(b"%d,%d\n" % (i, i * i) for i in range(500)),
    "data/empty.dat": b"",
}


class FrameWriter:
    def __init__(self, sock):
        self.sock = sock
        self.frames = 0

    def write(self, data):
        if data:
            self.sock.sendall(len(data).to_bytes(4, "big") + bytes(data))
            self.frames += 1
        return len(data)

    def close(self):
        self.sock.sendall(b"\0\0\0\0")


class FrameReader:
    def __init__(self, sock):
        self.rfile = sock.makefile("rb")
        self.buf = b""
        self.ended = False

    def read(self, n=-1):
        while not self.ended and (n < 0 or len(self.buf) < n):
            size = int.from_bytes(self.rfile.read(4), "big")
            if size == 0:
                self.ended = True
                break
            self.buf += self.rfile.read(size)
        n = len(self.buf) if n < 0 else n
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def close(self):
        self.rfile.close()


def receive(listener, ctx, dest, result):
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        rfile = FrameReader(tls)
        manifest = []
        with tarfile.open(fileobj=rfile, mode="r|gz") as tar:
            for member in tar:
                if member.isdir():
                    continue
                f = tar.extractfile(member)
                data = f.read()
                path = os.path.join(dest, member.name)
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as out:
                    out.write(data)
                manifest.append({"name": member.name, "size": member.size, "mode": oct(member.mode),
                                 "sha1": hashlib.sha1(data).hexdigest()[:12]})
        rfile.close()
        reply = json.dumps(manifest, sort_keys=True).encode()
        tls.sendall(len(reply).to_bytes(4, "big") + reply)
        result.extend(manifest)


def main():
    work = tempfile.mkdtemp()
    key, crt = os.path.join(work, "k"), os.path.join(work, "c")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "1", "-subj", "/CN=archive.test", "-addext",
                           "subjectAltName=DNS:archive.test", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    src, dest = os.path.join(work, "src"), os.path.join(work, "dest")
    for name, data in FILES.items():
        path = os.path.join(src, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
    os.chmod(os.path.join(src, "bin/tool.sh"), 0o755)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    result = []
    t = threading.Thread(target=receive, args=(listener, sctx, dest, result))
    t.start()
    cctx = ssl.create_default_context(cafile=crt)
    with cctx.wrap_socket(socket.create_connection(listener.getsockname(), timeout=10),
                          server_hostname="archive.test") as tls:
        wfile = FrameWriter(tls)
        with tarfile.open(fileobj=wfile, mode="w|gz") as tar:
            for name in sorted(FILES):
                info = tar.gettarinfo(os.path.join(src, name), arcname=name)
                info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
                with open(os.path.join(src, name), "rb") as f:
                    tar.addfile(info, f)
        wfile.close()
        print("sent in", "several" if wfile.frames > 1 else "one", "frames")
        size = int.from_bytes(tls.recv(4), "big")
        body = b""
        while len(body) < size:
            body += tls.recv(size - len(body))
    t.join(10)
    listener.close()
    for entry in json.loads(body.decode()):
        print("{name:16} {size:6} {mode:6} {sha1}".format(**entry))
    same = all(open(os.path.join(dest, n), "rb").read() == d for n, d in FILES.items())
    print("extracted identical:", same, "entries:", len(result))
    subprocess.call(["rm", "-rf", work])


main()
