"""ALPN negotiation matrix: servers with different protocol preference
lists against clients with different offers, printing which protocol
each pair agrees on (or None), what the client offered, a server that
rejects bad input, and the HAS_ALPN flag."""
import itertools
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def cert(d):
    crt, key = os.path.join(d, "alpn.crt"), os.path.join(d, "alpn.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=alpn.local", "-addext", "subjectAltName=DNS:alpn.local", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def pair(sctx, cctx):
    a, b = socket.socketpair()
    box = {}

    def srv():
        try:
            with sctx.wrap_socket(b, server_side=True) as s:
                box["server"] = s.selected_alpn_protocol()
                s.sendall(b"x")
        except ssl.SSLError as e:
            box["server"] = "error " + e.reason
    t = threading.Thread(target=srv)
    t.start()
    try:
        with cctx.wrap_socket(a, server_hostname="alpn.local") as c:
            c.recv(1)
            client = c.selected_alpn_protocol()
    except ssl.SSLError as e:
        client = "error " + e.reason
    t.join()
    return client, box.get("server")


def main():
    print("HAS_ALPN:", ssl.HAS_ALPN)
    servers = {"h2-first": ["h2", "http/1.1"], "http1-only": ["http/1.1"], "none": None,
               "imap": ["imap", "pop3"]}
    clients = {"browser": ["h2", "http/1.1"], "legacy": ["http/1.1"], "mail": ["pop3", "imap"],
               "silent": None, "odd": ["spdy/3"]}
    with tempfile.TemporaryDirectory() as d:
        crt, key = cert(d)
        rows = []
        for (sname, sprotos), (cname, cprotos) in itertools.product(sorted(servers.items()), sorted(clients.items())):
            sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            sctx.load_cert_chain(crt, key)
            if sprotos:
                sctx.set_alpn_protocols(sprotos)
            cctx = ssl.create_default_context(cafile=crt)
            if cprotos:
                cctx.set_alpn_protocols(cprotos)
            client, server = pair(sctx, cctx)
            rows.append((sname, cname, client, server))
        width = max(len(r[0]) for r in rows)
        for sname, cname, client, server in rows:
            agree = "=" if client == server else "!"
            print("{:<{w}} x {:<8} client={!r:<12} {} server={!r}".format(sname, cname, client, agree, server, w=width))
        agreed = sorted({r[2] for r in rows if r[2]})
        print("protocols ever agreed:", agreed)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    for bad in (["x" * 256], [""], "h2"):
        try:
            ctx.set_alpn_protocols(bad)
            print("accepted", repr(bad)[:20])
        except (ssl.SSLError, ValueError, TypeError) as e:
            print("rejected %s: %s: %s" % (repr(bad)[:12], type(e).__name__, e))


main()
