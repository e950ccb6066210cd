"""TLS session resumption with TLS 1.2 session ids and tickets: the
client keeps SSLSocket.session and offers it on the next connection,
checks session_reused, compares session ids, reads the session's
attributes (timeout, has_ticket, id length), and reads the server
context's session_stats() counters after a few rounds."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    crt, key = os.path.join(d, "r.crt"), os.path.join(d, "r.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=resume.local", "-addext", "subjectAltName=DNS:resume.local", "-keyout", key,
                    "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def server(lsock, ctx, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"resumed" if s.session_reused else b"fresh")
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass


def connect(addr, ctx, session=None):
    with socket.create_connection(addr) as raw:
        with ctx.wrap_socket(raw, server_hostname="resume.local", session=session) as s:
            said = s.recv(20).decode()
            info = (s.session_reused, said, s.session, s.version())
            s.sendall(b".")
            return info


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        sctx.options |= ssl.OP_NO_TLSv1_3
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        rounds = 5
        t = threading.Thread(target=server, args=(lsock, sctx, rounds))
        t.start()
        addr = lsock.getsockname()
        cctx = ssl.create_default_context(cafile=crt)

        reused, said, first, version = connect(addr, cctx)
        print("first:", version, reused, said)
        print("session type:", type(first).__name__, "| id bytes:", len(first.id),
              "| ticket:", first.has_ticket, "| timeout:", first.timeout)
        print("time is recent int:", isinstance(first.time, int) and first.time > 1500000000)

        reused, said, second, _ = connect(addr, cctx, session=first)
        print("second:", reused, said, "| same id:", second.id == first.id, "| equal:", second == first)

        reused, said, third, _ = connect(addr, cctx)
        print("without session:", reused, said, "| new id:", third.id != first.id)

        other = ssl.create_default_context(cafile=crt)
        try:
            connect(addr, other, session=first)
        except ValueError as e:
            print("other context:", e)
        reused, said, _, _ = connect(addr, cctx, session=third)
        print("third offered again:", reused, said)
        t.join(5)
        lsock.close()
        stats = sctx.session_stats()
        keys = ["accept", "accept_good", "hits", "misses", "number"]
        print("server stats:", {k: stats[k] for k in keys})
        print("stat keys:", sorted(stats))


main()
