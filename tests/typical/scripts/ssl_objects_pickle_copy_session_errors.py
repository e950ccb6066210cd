"""What a script meets when it tries to share TLS objects the wrong way:
pickling or copying contexts, sockets, BIOs and sessions (for a worker
pool or a cache), and using a session where it cannot go (a server-side
socket, after the handshake, from another context, a non-session
object). Each attempt's exception type and message are reported."""
import copy
import os
import pickle
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "3", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def attempt(label, fn):
    try:
        result = fn()
    except Exception as exc:
        print("%-34s %s: %s" % (label, type(exc).__name__, exc))
    else:
        print("%-34s ok: %s" % (label, type(result).__name__))


def server(listener, ctx, n):
    for _ in range(n):
        conn, _ = listener.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"hi")
                s.recv(10)
        except (ssl.SSLError, OSError):
            pass


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        sctx.options |= ssl.OP_NO_TLSv1_3     # sessions after the handshake, at once
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        t = threading.Thread(target=server, args=(listener, sctx, 3))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        other = ssl.create_default_context(cafile=crt)
        addr = listener.getsockname()

        attempt("pickle SSLContext", lambda: pickle.dumps(cctx))
        attempt("copy.copy SSLContext", lambda: copy.copy(cctx))
        attempt("deepcopy SSLContext", lambda: copy.deepcopy(cctx))
        bio = ssl.MemoryBIO()
        attempt("pickle MemoryBIO", lambda: pickle.dumps(bio))
        attempt("copy.copy MemoryBIO", lambda: copy.copy(bio))
        raw = socket.socket()
        attempt("pickle socket", lambda: pickle.dumps(raw))
        raw.close()

        with cctx.wrap_socket(socket.create_connection(addr, timeout=10), server_hostname="localhost") as s:
            s.recv(2)
            session = s.session
            attempt("pickle SSLSocket", lambda: pickle.dumps(s))
            attempt("pickle SSLSession", lambda: pickle.dumps(session))
            attempt("copy.copy SSLSession", lambda: copy.copy(session))
            attempt("set session after handshake", lambda: setattr(s, "session", session))
            attempt("SSLSession()", lambda: type(session)())
            attempt("session.id = b''", lambda: setattr(session, "id", b""))
            s.sendall(b"bye")

        attempt("session from another context", lambda: other.wrap_socket(
            socket.socket(), server_hostname="localhost", session=session))
        attempt("session that is a str", lambda: cctx.wrap_socket(
            socket.socket(), server_hostname="localhost", session="cached"))
        attempt("session on server side", lambda: sctx.wrap_socket(
            socket.socket(), server_side=True, session=session))
        attempt("wrap_bio with a str session", lambda: cctx.wrap_bio(
            ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="localhost", session=42))

        with cctx.wrap_socket(socket.create_connection(addr, timeout=10), server_hostname="localhost",
                              session=session) as s:
            s.recv(2)
            print("resumed with the kept session:", s.session_reused)
            s.sendall(b"bye")
        with cctx.wrap_socket(socket.create_connection(addr, timeout=10), server_hostname="localhost") as s:
            s.recv(2)
            print("fresh session equal to the kept one:", s.session == session, s.session_reused)
            s.sendall(b"bye")
        t.join(10)
        listener.close()


main()
