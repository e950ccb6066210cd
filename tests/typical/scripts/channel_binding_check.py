"""Channel binding as an authentication add-on: both ends compute
get_channel_binding('tls-unique') over TLS 1.2 and the client sends an
HMAC of it, which the server checks against its own view; TLS 1.3 gives
None, unknown binding types raise ValueError."""
import hashlib
import hmac
import os
import socket
import ssl
import struct
import subprocess
import tempfile
import threading

SECRET = b"shared-app-secret"


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "3", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("short read")
        buf += chunk
    return buf


def server(lsock, ctx, results, rounds):
    for _ in range(rounds):
        conn, _ = lsock.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            cb = s.get_channel_binding("tls-unique")
            (n,) = struct.unpack("!H", recv_exact(s, 2))
            tag = recv_exact(s, n)
            if cb is None:
                verdict = "no binding"
            else:
                want = hmac.new(SECRET, cb, hashlib.sha256).digest()
                verdict = "bound" if hmac.compare_digest(want, tag) else "MISMATCH"
            results.append((s.version(), None if cb is None else len(cb), verdict))
            s.sendall(verdict.encode())


def client(addr, ctx, tamper=False):
    with socket.create_connection(addr, timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            cb = s.get_channel_binding()
            if cb is None:
                tag = b""
            else:
                tag = hmac.new(SECRET, cb, hashlib.sha256).digest()
                if tamper:
                    tag = bytes([tag[0] ^ 1]) + tag[1:]
            s.sendall(struct.pack("!H", len(tag)) + tag)
            answer = s.recv(32).decode()
            try:
                s.get_channel_binding("tls-server-end-point")
            except ValueError as exc:
                other = str(exc)
            return s.version(), cb is not None, answer, other


def main():
    print("binding types:", ssl.CHANNEL_BINDING_TYPES)
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(4)
        results = []
        t = threading.Thread(target=server, args=(lsock, sctx, results, 3))
        t.start()
        c12 = ssl.create_default_context(cafile=crt)
        c12.options |= ssl.OP_NO_TLSv1_3
        c13 = ssl.create_default_context(cafile=crt)
        for ctx, tamper in ((c12, False), (c12, True), (c13, False)):
            print("client:", client(lsock.getsockname(), ctx, tamper))
        t.join(10)
        lsock.close()
        for row in results:
            print("server: %s binding-length=%s %s" % row)
        sock = c12.wrap_socket(socket.socket(), server_hostname="localhost")
        print("before connect:", sock.get_channel_binding())
        sock.close()


main()
