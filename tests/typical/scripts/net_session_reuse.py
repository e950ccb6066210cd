"""TLS session resumption: a client keeps ssl.SSLSession objects from
its first connections (TLS 1.2 and TLS 1.3 servers) and offers them again,
reporting session_reused, session ids, has_ticket and the context's
session statistics."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import time


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def server(listener, ctx, n):
    for _ in range(n):
        conn, _ = listener.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            s.sendall(b"hello " + s.version().encode() + b"\n")
            s.recv(10)


def run(version_name, no_tls13, crt, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    if no_tls13:
        sctx.options |= ssl.OP_NO_TLSv1_3
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(3)
    t = threading.Thread(target=server, args=(listener, sctx, 3))
    t.start()
    cctx = ssl.create_default_context(cafile=crt)
    session = None
    rows = []
    for attempt in range(3):
        with socket.create_connection(listener.getsockname(), timeout=10) as raw:
            with cctx.wrap_socket(raw, server_hostname="localhost", session=session) as s:
                greeting = s.recv(100).decode().strip()
                new = s.session
                rows.append((attempt, greeting, s.session_reused, type(new).__name__,
                             new.has_ticket, new.timeout > 0, len(new.id) > 0,
                             session is not None and new.id == session.id))
                s.sendall(b"bye")
                if attempt == 0:
                    session = new
    t.join(10)
    listener.close()
    print(version_name)
    print("  %-7s %-16s %-6s %-10s %-6s %-7s %-5s %s" % ("attempt", "greeting", "reused", "type", "ticket", "timeout", "id", "same id"))
    for row in rows:
        print("  %-7d %-16s %-6s %-10s %-6s %-7s %-5s %s" % row)
    stats = cctx.session_stats()
    print("  client stats: hits=%d misses=%d connect=%d" % (stats["hits"], stats["misses"], stats["connect"]))
    print("  server stats: accept=%d hits=%d" % (sctx.session_stats()["accept"], sctx.session_stats()["hits"]))


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        run("TLS 1.2", True, crt, key)
        run("TLS 1.3", False, crt, key)


main()
