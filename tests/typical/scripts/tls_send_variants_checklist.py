"""What each way of sending on a TLS socket returns and accepts: send,
sendall, write with bytes, bytearray, memoryview slices, empty buffers
and wrong types, counted on the server side."""
import hashlib
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(workdir):
    key = os.path.join(workdir, "key.pem")
    cert = os.path.join(workdir, "cert.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def sink(listener, ctx, summary):
    conn, _ = listener.accept()
    with ctx.wrap_socket(conn, server_side=True) as tls:
        digest = hashlib.sha256()
        total = 0
        while True:
            chunk = tls.recv(65536)
            if not chunk:
                break
            total += len(chunk)
            digest.update(chunk)
        tls.unwrap().close()
        summary.append((total, digest.hexdigest()[:16]))


def attempt(label, func):
    try:
        print("%-34s -> %r" % (label, func()))
    except Exception as exc:
        print("%-34s -> %s: %s" % (label, type(exc).__name__, str(exc).split(" (_ssl")[0]))


def main():
    with tempfile.TemporaryDirectory() as workdir:
        cert, key = make_cert(workdir)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        cctx = ssl.create_default_context(cafile=cert)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        summary = []
        server = threading.Thread(target=sink, args=(listener, sctx, summary))
        server.start()
        expected = hashlib.sha256()
        sent = 0
        with cctx.wrap_socket(socket.create_connection(listener.getsockname(), timeout=10),
                              server_hostname="localhost") as tls:
            def track(data, func):
                nonlocal sent
                result = func(data)
                count = len(data) if result is None else result
                expected.update(bytes(data)[:count])
                sent += count
                return result
            attempt("send(bytes)", lambda: track(b"hello ", tls.send))
            attempt("write(bytearray)", lambda: track(bytearray(b"world "), tls.write))
            attempt("sendall(memoryview slice)", lambda: track(memoryview(b"0123456789")[2:5], tls.sendall))
            attempt("sendall(64 KiB)", lambda: track(os.urandom(1) * 65536, tls.sendall))
            attempt("send(array of 4-byte ints)", lambda: track(memoryview(b"\x01\x00\x00\x00" * 3).cast("I"), tls.send))
            attempt("sendall(b'')", lambda: tls.sendall(b""))
            attempt("send(b'')", lambda: tls.send(b""))
            attempt("write(b'')", lambda: tls.write(b""))
            attempt("send('text')", lambda: tls.send("text"))
            attempt("sendall(None)", lambda: tls.sendall(None))
            attempt("send(b'x', flags=1)", lambda: tls.send(b"x", 1))
            attempt("sendto(b'x', addr)", lambda: tls.sendto(b"x", ("127.0.0.1", 1)))
            attempt("send after errors", lambda: track(b"tail", tls.send))
            print("pending:", tls.pending(), "version:", tls.version())
            tls.unwrap().close()
        server.join(10)
        listener.close()
        total, digest = summary[0]
        print("server received %d bytes, client counted %d, same digest: %s" % (
            total, sent, digest == expected.hexdigest()[:16]))
        attempt("send on closed socket", lambda: tls.send(b"x"))


main()
