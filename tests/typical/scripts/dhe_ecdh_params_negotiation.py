"""Key exchange settings on a TLS 1.2 server: DHE suites need
load_dh_params (without it the server has no DHE suite to offer and the
handshake fails), set_ecdh_curve picks the curve for ECDHE, and bad
arguments raise what they raise. Each case prints the negotiated suite
and version, or the failure's reason."""
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading


def openssl(*args):
    subprocess.check_call(["openssl"] + list(args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def attempt(server_ctx, client_ctx):
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)
    result = {}

    def serve():
        raw, _ = lsock.accept()
        try:
            with server_ctx.wrap_socket(raw, server_side=True) as s:
                result["server"] = s.cipher()[0]
                s.recv(1)
        except (ssl.SSLError, OSError) as e:
            result["server"] = "failed: %s" % getattr(e, "reason", type(e).__name__)

    t = threading.Thread(target=serve)
    t.start()
    try:
        with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
            with client_ctx.wrap_socket(raw, server_hostname="localhost") as s:
                out = "%s %s" % (s.version(), s.cipher()[0])
                s.sendall(b"x")
    except ssl.SSLError as e:
        out = "failed: %s" % e.reason
    t.join(10)
    lsock.close()
    return "%s | server: %s" % (out, result.get("server"))


def main():
    d = tempfile.mkdtemp()
    try:
        p = lambda n: os.path.join(d, n)
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost", "-keyout", p("k.pem"), "-out", p("c.pem"))
        openssl("dhparam", "-dsaparam", "-out", p("dh.pem"), "2048")
        with open(p("bad.pem"), "w") as f:
            f.write("-----BEGIN DH PARAMETERS-----\nAAAA\n-----END DH PARAMETERS-----\n")

        def server(ciphers, dh=None, curve=None):
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(p("c.pem"), p("k.pem"))
            ctx.options |= ssl.OP_NO_TLSv1_3
            ctx.set_ciphers(ciphers)
            if dh:
                ctx.load_dh_params(dh)
            if curve:
                ctx.set_ecdh_curve(curve)
            return ctx

        client = ssl.create_default_context(cafile=p("c.pem"))
        client.set_ciphers("ECDHE+AESGCM:DHE+AESGCM")
        cases = [
            ("DHE with dh params", server("DHE+AESGCM", dh=p("dh.pem"))),
            ("DHE without dh params", server("DHE+AESGCM")),
            ("ECDHE on prime256v1", server("ECDHE+AESGCM", curve="prime256v1")),
            ("ECDHE on secp384r1", server("ECDHE+AESGCM", curve="secp384r1")),
            ("both, server picks", server("DHE+AESGCM:ECDHE+AESGCM", dh=p("dh.pem"))),
        ]
        for label, sctx in cases:
            print("%-22s %s" % (label + ":", attempt(sctx, client)))

        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        for call, arg in (("set_ecdh_curve", "no-such-curve"), ("set_ecdh_curve", 42),
                          ("load_dh_params", p("missing.pem")), ("load_dh_params", p("bad.pem")),
                          ("load_dh_params", None)):
            try:
                getattr(ctx, call)(arg)
                print("%s(%s): accepted" % (call, os.path.basename(arg) if isinstance(arg, str) and os.sep in arg else repr(arg)))
            except (ssl.SSLError, OSError, ValueError, TypeError) as e:
                shown = os.path.basename(arg) if isinstance(arg, str) and os.sep in arg else repr(arg)
                print("%s(%s): %s: %s" % (call, shown, type(e).__name__,
                                          e.reason if isinstance(e, ssl.SSLError) else
                                          e.strerror if isinstance(e, OSError) else e))
    finally:
        shutil.rmtree(d)


main()
