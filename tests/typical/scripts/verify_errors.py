import os
import socket
import ssl
import subprocess
import tempfile
import threading


def gen(d, name, cn, days=2, san=None):
    crt, key = os.path.join(d, name + ".crt"), os.path.join(d, name + ".key")
    cmd = ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
           "-days", str(days), "-subj", "/CN=" + cn, "-keyout", key, "-out", crt]
    if san:
        cmd += ["-addext", "subjectAltName=" + san]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(lsock, ctx, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass


def attempt(label, addr, ctx, hostname):
    try:
        with socket.create_connection(addr, timeout=10) as raw:
            with ctx.wrap_socket(raw, server_hostname=hostname) as s:
                print("%-14s ok %s" % (label, s.version()))
                s.send(b"x")
    except ssl.CertificateError as e:
        print("%-14s CertificateError: %s" % (label, e))
    except ssl.SSLError as e:
        print("%-14s SSLError reason=%s library=%s verify=%s" % (label, e.reason, e.library, "certificate verify failed" in str(e)))


def main():
    d = tempfile.mkdtemp()
    good_crt, good_key = gen(d, "good", "localhost", san="DNS:localhost")
    other_crt, _ = gen(d, "other", "other.test")
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(good_crt, good_key)
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(5)
    cases = [
        ("trusted", ssl.create_default_context(cafile=good_crt), "localhost"),
        ("wrong-ca", ssl.create_default_context(cafile=other_crt), "localhost"),
        ("system-ca", ssl.create_default_context(), "localhost"),
        ("wrong-host", ssl.create_default_context(cafile=good_crt), "example.com"),
    ]
    th = threading.Thread(target=serve, args=(lsock, sctx, len(cases)))
    th.start()
    for label, ctx, host in cases:
        attempt(label, lsock.getsockname(), ctx, host)
    th.join()
    lsock.close()
    ctx = ssl.create_default_context()
    print("defaults:", ctx.verify_mode == ssl.CERT_REQUIRED, ctx.check_hostname, ctx.protocol)
    try:
        ctx.check_hostname = True
        ctx.verify_mode = ssl.CERT_NONE
    except ValueError as e:
        print("ValueError:", e)
    try:
        ctx.wrap_socket(socket.socket())
    except ValueError as e:
        print("ValueError:", e)
    for bad in ("/nonexistent.pem",):
        try:
            ctx.load_verify_locations(bad)
        except FileNotFoundError as e:
            print("FileNotFoundError:", e.errno, e.strerror)
        try:
            ctx.load_cert_chain(bad)
        except OSError as e:
            print("OSError:", type(e).__name__, e.errno)
    try:
        ctx.load_cert_chain(good_crt)
    except ssl.SSLError as e:
        print("key missing:", e.reason, e.library)
    subprocess.call(["rm", "-rf", d])


main()
