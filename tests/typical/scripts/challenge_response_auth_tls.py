"""Challenge-response login over TLS with struct-framed messages.

The server sends a random challenge; the client answers with an HMAC of
it under a shared key and may then run commands. Frames are a 1-byte
type, a 2-byte length and the payload. Failures are exceptions of the
script's own hierarchy, some printed with traceback.print_exc().
"""
import hashlib
import hmac
import os
import secrets
import socket
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import traceback

HEADER = struct.Struct("!BH")
CHALLENGE, RESPONSE, OK, DENIED, COMMAND, RESULT = range(1, 7)
KEYS = {"alice": b"correct horse", "bob": b"battery staple"}


class ProtocolError(Exception):
    """Something went wrong between the two ends."""


class AuthError(ProtocolError):
    def __init__(self, user, why):
        super().__init__(f"{user}: {why}")
        self.user = user


class FrameError(ProtocolError):
    pass


def send(sock, kind, payload=b""):
    sock.sendall(HEADER.pack(kind, len(payload)) + payload)


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise FrameError(f"connection closed with {n - len(data)} of {n} bytes missing")
        data += chunk
    return data


def recv(sock):
    kind, size = HEADER.unpack(recv_exact(sock, HEADER.size))
    return kind, recv_exact(sock, size)


def serve(lsock, ctx, sessions):
    for _ in range(sessions):
        conn, _ = lsock.accept()
        with ctx.wrap_socket(conn, server_side=True) as tls:
            challenge = secrets.token_bytes(16)
            send(tls, CHALLENGE, challenge)
            kind, payload = recv(tls)
            user, _, mac = payload.partition(b":")
            key = KEYS.get(user.decode(), secrets.token_bytes(8))
            want = hmac.new(key, challenge, hashlib.sha256).hexdigest().encode()
            if kind != RESPONSE or not hmac.compare_digest(want, mac):
                send(tls, DENIED, b"bad credentials")
                continue
            send(tls, OK, b"welcome " + user)
            while True:
                kind, payload = recv(tls)
                if kind != COMMAND or payload == b"quit":
                    break
                send(tls, RESULT, b" ".join(reversed(payload.split())))


class Client:
    def __init__(self, port, ctx):
        self.port, self.ctx = port, ctx

    def login(self, user, key):
        raw = socket.create_connection(("127.0.0.1", self.port), timeout=20)
        tls = self.ctx.wrap_socket(raw, server_hostname="auth.local")
        kind, challenge = recv(tls)
        if kind != CHALLENGE or len(challenge) != 16:
            raise FrameError(f"expected a challenge, got type {kind}")
        mac = hmac.new(key, challenge, hashlib.sha256).hexdigest()
        send(tls, RESPONSE, user.encode() + b":" + mac.encode())
        kind, text = recv(tls)
        if kind == DENIED:
            tls.close()
            raise AuthError(user, text.decode())
        return tls, text.decode()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "a.crt"), os.path.join(d, "a.key")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "1", "-subj", "/CN=auth.local",
                               "-addext", "subjectAltName=DNS:auth.local", "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(4)
        t = threading.Thread(target=serve, args=(lsock, sctx, 3))
        t.start()
        client = Client(lsock.getsockname()[1], ssl.create_default_context(cafile=crt))

        tls, greeting = client.login("alice", KEYS["alice"])
        print("login:", greeting)
        for cmd in [b"one two three", b"hello world"]:
            send(tls, COMMAND, cmd)
            print(" ", cmd, "->", recv(tls))
        send(tls, COMMAND, b"quit")
        tls.close()

        for user, k in [("bob", b"wrong key"), ("mallory", b"guess")]:
            try:
                client.login(user, k)
            except AuthError as exc:
                print(f"denied {exc.user!r}: {exc} | is ProtocolError: {isinstance(exc, ProtocolError)}")
                traceback.print_exc(limit=1, file=sys.stdout)
        t.join(30)
        lsock.close()

        a, b = socket.socketpair()
        a.sendall(HEADER.pack(RESULT, 10) + b"short")
        a.close()
        try:
            try:
                recv(b)
            except FrameError as exc:
                raise ProtocolError("reading the result failed") from exc
        except ProtocolError:
            traceback.print_exc(file=sys.stdout)
        finally:
            b.close()
        print("header:", HEADER.format, HEADER.size, HEADER.pack(OK, 3).hex())


if __name__ == "__main__":
    main()
