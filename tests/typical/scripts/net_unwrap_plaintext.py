"""A protocol that starts in TLS and drops back to plaintext with
unwrap(): both ends exchange a few lines over TLS, shut TLS down
cleanly, and continue on the same TCP connection in the clear; also
shows SSLObject-free status checks (version, cipher, compression,
shared_ciphers count)."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def read_line(sock):
    data = b""
    while not data.endswith(b"\n"):
        chunk = sock.recv(1)
        if not chunk:
            break
        data += chunk
    return data.decode().rstrip("\n")


def server(listener, ctx, log):
    raw, _ = listener.accept()
    tls = ctx.wrap_socket(raw, server_side=True)
    log.append("server: tls %s" % read_line(tls))
    tls.sendall(b"secret-token-42\n")
    log.append("server: tls %s" % read_line(tls))
    plain = tls.unwrap()
    log.append("server: unwrapped to %s" % type(plain).__name__)
    plain.sendall(b"now in the clear\n")
    log.append("server: clear %s" % read_line(plain))
    plain.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        log = []
        t = threading.Thread(target=server, args=(listener, sctx, log))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        raw = socket.create_connection(listener.getsockname(), timeout=10)
        tls = cctx.wrap_socket(raw, server_hostname="localhost")
        name, proto, bits = tls.cipher()
        print("version:", tls.version(), "| cipher bits:", bits, "| compression:", tls.compression())
        print("shared ciphers is list:", isinstance(tls.shared_ciphers(), list))
        print("pending before reading:", tls.pending())
        tls.sendall(b"HELLO\n")
        print("token:", read_line(tls))
        tls.sendall(b"STOPTLS\n")
        plain = tls.unwrap()
        print("after unwrap:", type(plain).__name__, plain is raw, "fileno same:", plain.fileno() == raw.fileno())
        print("clear:", read_line(plain))
        plain.sendall(b"thanks\n")
        t.join(10)
        print("eof:", plain.recv(10))
        plain.close()
        listener.close()
        for line in log:
            print(line)
        try:
            tls.recv(1)
        except (ValueError, OSError) as e:
            print("old TLS socket:", type(e).__name__, e)


main()
