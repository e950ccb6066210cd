# Corners of the ssl module that CPython 3.6's own test suite checks and a
# script meets: the socket names ssl re-exports, the ancillary-data methods
# an SSLSocket refuses, the _sslobj attribute, a handshake after a
# non-blocking connect_ex(), and what a servername callback's exception or
# odd return value does (the report lands on sys.stderr, which a script
# may capture).
import errno
import io
import os
import re
import select
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

workdir = tempfile.mkdtemp()
keyfile = os.path.join(workdir, "key.pem")
certfile = os.path.join(workdir, "cert.pem")
subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                "-keyout", keyfile, "-out", certfile],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

print("-- names")
api = ssl._OPENSSL_API_VERSION
print(type(api).__name__, len(api), api >= (1, 0))
print(ssl.socket is socket.socket, ssl.create_connection is socket.create_connection)
print(ssl.AF_INET == socket.AF_INET, ssl.SOCK_STREAM == socket.SOCK_STREAM,
      ssl.SOL_SOCKET == socket.SOL_SOCKET, ssl.SO_TYPE == socket.SO_TYPE)

print("-- ancillary data")
plain = ssl.SSLContext(ssl.PROTOCOL_TLS).wrap_socket(socket.socket())
calls = [("sendmsg", ([b"data"], [], 0)), ("recvmsg", (64,)), ("recvmsg_into", ([bytearray(8)],))]
for meth, args in calls:
    try:
        getattr(plain, meth)(*args)
    except NotImplementedError as exc:
        print(meth, "->", exc)
print("_sslobj unconnected:", plain._sslobj)
plain.close()

print("-- memory BIO connection")
client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
other_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
obj = client_ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), False, "example.net")
native = obj._sslobj
print(native.owner is obj, native.context is client_ctx, native.server_side, native.server_hostname)
native.context = other_ctx
print(obj.context is other_ctx, obj._sslobj.context is other_ctx)

server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
server_ctx.load_cert_chain(certfile, keyfile)


def echo_once(listener, ctx):
    conn, _ = listener.accept()
    try:
        with ctx.wrap_socket(conn, server_side=True) as tls:
            tls.sendall(tls.recv(64)[::-1])
    except (OSError, ssl.SSLError):
        pass


print("-- non-blocking connect_ex, then the handshake")
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(1)
worker = threading.Thread(target=echo_once, args=(listener, server_ctx))
worker.start()
tls = ssl.SSLContext(ssl.PROTOCOL_TLS).wrap_socket(socket.socket(), do_handshake_on_connect=False)
tls.setblocking(False)
rc = tls.connect_ex(listener.getsockname())
print("connect_ex in progress:", rc in (0, errno.EINPROGRESS), tls._sslobj is not None)
select.select([], [tls], [], 10)
rounds = 0
while True:
    rounds += 1
    try:
        tls.do_handshake()
        break
    except ssl.SSLWantReadError:
        select.select([tls], [], [], 10)
    except ssl.SSLWantWriteError:
        select.select([], [tls], [], 10)
print("handshake done:", tls.version() is not None, rounds > 0)
tls.setblocking(True)
tls.sendall(b"stressed")
print(tls.recv(64))
print("_sslobj context:", tls._sslobj.context is tls.context)
tls.close()
worker.join()
listener.close()

print("-- servername callbacks")


def try_callback(label, callback):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
    ctx.load_cert_chain(certfile, keyfile)
    ctx.set_servername_callback(callback)
    left, right = socket.socketpair()
    server = threading.Thread(target=lambda: serve_pair(left, ctx))
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        server.start()
        try:
            with ssl.SSLContext(ssl.PROTOCOL_TLS).wrap_socket(right, server_hostname="sni.example") as c:
                c.sendall(b"ping")
                outcome = "connected: %r" % c.recv(64)
        except ssl.SSLError as exc:
            outcome = "refused (SSLError)"
        server.join()
    finally:
        report, sys.stderr = sys.stderr.getvalue(), saved
    report = re.sub(r" at 0x[0-9a-f]+>", " at ADDR>", report)
    print(label, "->", outcome)
    for line in report.splitlines():
        if not line.startswith(" "):  # the frames name the script's path
            print("   ", line)


def serve_pair(sock, ctx):
    try:
        with ctx.wrap_socket(sock, server_side=True) as s:
            s.sendall(s.recv(64).upper())
    except ssl.SSLError:
        pass


def divide(sock, name, ctx):
    return len(name) // 0


try_callback("raises", divide)
try_callback("returns str", lambda sock, name, ctx: "nope")
try_callback("returns huge int", lambda sock, name, ctx: 1 << 80)
try_callback("returns None", lambda sock, name, ctx: None)
try_callback("returns access denied", lambda sock, name, ctx: ssl.ALERT_DESCRIPTION_ACCESS_DENIED)
try_callback("returns -7", lambda sock, name, ctx: -7)
try_callback("returns 2.9", lambda sock, name, ctx: 2.9)
