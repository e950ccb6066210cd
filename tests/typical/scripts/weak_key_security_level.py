"""What happens when an old 1024-bit RSA certificate meets a modern
OpenSSL: loading it, serving it, and the SECLEVEL escape hatch."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, bits):
    cert, key = os.path.join(d, "rsa%d.pem" % bits), os.path.join(d, "rsa%d.key" % bits)
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:%d" % bits, "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def describe(exc):
    return "%s(reason=%s, library=%s): %s" % (
        type(exc).__name__, getattr(exc, "reason", None), getattr(exc, "library", None), exc)


def try_load(label, cert, key, ciphers=None):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    if ciphers:
        ctx.set_ciphers(ciphers)
    try:
        ctx.load_cert_chain(cert, key)
    except ssl.SSLError as e:
        print("%-22s load failed: %s" % (label, describe(e)))
        return None
    print("%-22s loaded" % label)
    return ctx


def roundtrip(sctx, cert, client_ciphers=None):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    result = {}

    def serve():
        conn, _ = srv.accept()
        try:
            with sctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"ok:" + s.version().encode())
        except ssl.SSLError as e:
            result["server"] = e.reason
    t = threading.Thread(target=serve)
    t.start()
    cctx = ssl.create_default_context(cafile=cert)
    if client_ciphers:
        cctx.set_ciphers(client_ciphers)
    try:
        with socket.create_connection(srv.getsockname(), timeout=10) as raw:
            with cctx.wrap_socket(raw, server_hostname="localhost") as s:
                result["client"] = s.recv(100).decode()
    except ssl.SSLError as e:
        result["client"] = "%s %s" % (type(e).__name__, e.reason)
    t.join(10)
    srv.close()
    return sorted(result.items())


def main():
    with tempfile.TemporaryDirectory() as d:
        strong = make_cert(d, 2048)
        weak = make_cert(d, 1024)
        ctx = try_load("2048-bit default", *strong)
        print("  ->", roundtrip(ctx, strong[0]))
        try_load("1024-bit default", *weak)
        ctx = try_load("1024-bit SECLEVEL=0", *weak, ciphers="DEFAULT:@SECLEVEL=0")
        if ctx:
            print("  -> strict client:", roundtrip(ctx, weak[0]))
            print("  -> lax client:   ", roundtrip(ctx, weak[0], "DEFAULT:@SECLEVEL=0"))
        for spec in ["DEFAULT:@SECLEVEL=0", "HIGH:!aNULL", "NOPE-NOT-A-CIPHER"]:
            c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            try:
                c.set_ciphers(spec)
                print("set_ciphers(%r): ok" % spec)
            except ssl.SSLError as e:
                print("set_ciphers(%r): %s %s" % (spec, type(e).__name__, e))


main()
