"""A generator pipeline feeding a TLS upload: read -> chunk -> checksum ->
send, with progress events collected from the pipeline and rendered with
textwrap and pprint once the server has confirmed what it received."""
import collections
import hashlib
import io
import os
import pprint
import socket
import ssl
import subprocess
import tempfile
import textwrap
import threading

Progress = collections.namedtuple("Progress", "chunk sent total percent")


def make_cert(d):
    key, cert = os.path.join(d, "u.key"), os.path.join(d, "u.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "30", "-subj", "/CN=uploads", "-addext", "subjectAltName=DNS:uploads.test",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def read_chunks(stream, size):
    while True:
        block = stream.read(size)
        if not block:
            return
        yield block


def checksummed(chunks, digest):
    for block in chunks:
        digest.update(block)
        yield block


def send_all(chunks, sock, total):
    sent = 0
    for i, block in enumerate(chunks, 1):
        sock.sendall(block)
        sent += len(block)
        yield Progress(i, sent, total, round(100.0 * sent / total, 1))


def receiver(listener, ctx, expected, result):
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        h = hashlib.sha1()
        got = 0
        while got < expected:
            data = s.recv(min(8192, expected - got))
            if not data:
                break
            h.update(data)
            got += len(data)
        result.update(bytes=got, sha1=h.hexdigest())
        s.sendall(h.hexdigest().encode())


def main():
    payload = b"".join(b"line %04d of the quarterly export\n" % i for i in range(900))
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        listener.settimeout(10)
        result = {}
        t = threading.Thread(target=receiver, args=(listener, sctx, len(payload), result))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        digest = hashlib.sha1()
        with cctx.wrap_socket(socket.create_connection(listener.getsockname(), timeout=10),
                              server_hostname="uploads.test") as s:
            pipeline = send_all(checksummed(read_chunks(io.BytesIO(payload), 4096), digest), s, len(payload))
            events = list(pipeline)
            confirmation = s.recv(40).decode()
        t.join(10)
        listener.close()
    milestones = [e for e in events if e.chunk % 3 == 0 or e.sent == e.total]
    print("chunks:", len(events), "last:", events[-1])
    bar = " ".join("%d%%" % e.percent for e in milestones)
    print(textwrap.fill("progress: " + bar, width=40, subsequent_indent="          "))
    report = {"client_sha1": digest.hexdigest(), "server": result,
              "confirmed": confirmation == digest.hexdigest(),
              "sizes": collections.Counter(len(b) for b in read_chunks(io.BytesIO(payload), 4096))}
    pprint.pprint(report, width=60)
    print(textwrap.indent(textwrap.dedent("""\
        upload complete
          to: uploads.test
        """), "> "), end="")


if __name__ == "__main__":
    main()
