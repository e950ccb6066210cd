"""Audit TLS session resumption against a local server.

The client pins TLS 1.2 (where the session is known as soon as the
handshake ends), connects once, keeps SSLSocket.session and reconnects
with it several times, then once without; for each connection it prints whether the
session was reused and whether the session id stayed the same. At the
end both contexts' session_stats() counters are printed."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    crt, key = os.path.join(d, "srv.crt"), os.path.join(d, "srv.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(ls, ctx, n):
    for _ in range(n):
        raw, _ = ls.accept()
        try:
            with ctx.wrap_socket(raw, server_side=True) as tls:
                tls.sendall(b"reused" if tls.session_reused else b"fresh")
                tls.recv(1)
        except (ssl.SSLError, OSError):
            pass


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        cctx.options |= ssl.OP_NO_TLSv1_3
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(5)
        plan = ["first", "resume", "resume", "resume", "no session"]
        t = threading.Thread(target=serve, args=(ls, sctx, len(plan)))
        t.start()
        saved = None
        first_id = None
        for step in plan:
            session = saved if step == "resume" else None
            with socket.create_connection(ls.getsockname(), timeout=10) as raw:
                with cctx.wrap_socket(raw, server_hostname="localhost", session=session) as tls:
                    said = tls.recv(10).decode()
                    s = tls.session
                    if first_id is None:
                        first_id = s.id
                    print("%-10s %-6s client sees reused=%-5s server says %-6s same id=%s ticket=%s" % (
                        step, tls.version(), tls.session_reused, said, s.id == first_id, s.has_ticket))
                    if step == "first":
                        saved = s
                    tls.sendall(b"x")
        t.join()
        ls.close()
        print("session timeout > 0:", saved.timeout > 0, "time > 0:", saved.time > 0)
        stats = sctx.session_stats()
        print("server stats:", {k: stats[k] for k in ("accept", "accept_good", "hits", "misses")})
        stats = cctx.session_stats()
        print("client stats:", {k: stats[k] for k in ("connect", "connect_good", "hits")})


main()
