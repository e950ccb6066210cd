"""Audit of sockets a program forgets to close: every ResourceWarning is
captured through warnings.showwarning and summarised (descriptor numbers
masked, since they depend on the interpreter)."""
import gc
import os
import re
import socket
import ssl
import subprocess
import tempfile
import threading
import warnings

captured = []


def capture(message, category, filename, lineno, file=None, line=None):
    text = re.sub(r"fd=\d+", "fd=N", str(message))
    text = re.sub(r"\('127\.0\.0\.1', \d+\)", "('127.0.0.1', PORT)", text)
    captured.append((category.__name__, os.path.basename(filename), lineno, text))


def make_cert(d):
    key, cert = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "10", "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def leaky_helper():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    return "bound"


def tidy_helper():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
    return "closed"


def main():
    warnings.simplefilter("always", ResourceWarning)
    warnings.showwarning = capture
    print("leaky:", leaky_helper())
    print("tidy:", tidy_helper())
    gc.collect()
    a, b = socket.socketpair()
    a.close()
    b = None
    gc.collect()
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(1)

        def serve():
            conn, _ = srv.accept()
            with sctx.wrap_socket(conn, server_side=True) as tls:
                tls.sendall(b"bye")
        t = threading.Thread(target=serve)
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        cctx.check_hostname = False
        tls = cctx.wrap_socket(socket.create_connection(srv.getsockname(), timeout=10))
        print("got:", tls.recv(10))
        t.join(10)
        tls = None
        gc.collect()
        srv.close()
    print("warnings captured:", len(captured))
    for cat, fname, lineno, text in captured:
        kind = text.split()[1].lstrip("<")
        print(" ", cat, fname, kind)
        print("   ", "raddr=" in text, "family=AddressFamily." + text.split("family=AddressFamily.")[1].split(",")[0])


main()
