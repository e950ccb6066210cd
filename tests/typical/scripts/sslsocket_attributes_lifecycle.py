"""What an SSLSocket reports at each stage of its life: wrapped but not
connected, after connect with a deferred handshake, after do_handshake,
after unwrap and after close: cipher(), version(), pending(),
server_hostname, server_side, context, getpeercert and the errors for
using a closed or not yet connected socket."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def show(stage, s, with_peer=True):
    def safe(fn):
        try:
            v = fn()
        except Exception as exc:
            return "%s(%s)" % (type(exc).__name__, exc)
        return v
    cipher = safe(s.cipher)
    if isinstance(cipher, tuple):
        cipher = (cipher[1], cipher[2] > 0)
    peer = safe(s.getpeercert) if with_peer else "-"
    if isinstance(peer, dict):
        peer = sorted(peer)[:3]
    print("%-12s version=%s cipher=%s pending=%s" % (stage, safe(s.version), cipher, safe(s.pending)))
    print("%-12s peer=%s compression=%s alpn=%s" % ("", peer, safe(s.compression), safe(s.selected_alpn_protocol)))


def server(lsock, ctx):
    conn, _ = lsock.accept()
    s = ctx.wrap_socket(conn, server_side=True)
    s.sendall(b"hello")
    data = s.recv(100)
    s.sendall(data.upper())
    plain = s.unwrap()
    plain.sendall(b"plaintext now")
    plain.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=server, args=(lsock, sctx))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        s = cctx.wrap_socket(socket.socket(), server_hostname="localhost",
                             do_handshake_on_connect=False)
        print("type:", type(s).__name__, "server_side:", s.server_side,
              "hostname:", s.server_hostname, "same context:", s.context is cctx)
        show("unconnected", s)
        try:
            s.send(b"x")
        except OSError as exc:
            print("send before connect:", type(exc).__name__, exc.errno)
        s.settimeout(10)
        s.connect(lsock.getsockname())
        show("connected", s)
        s.do_handshake()
        show("handshaken", s)
        print("first read:", s.recv(100))
        s.sendall(b"shout this")
        print("echo:", s.recv(100))
        plain = s.unwrap()
        print("after unwrap types:", type(plain).__name__, type(s).__name__)
        show("unwrapped", s, with_peer=False)
        print("plain read:", plain.recv(100))
        plain.close()
        s.close()
        print("fileno after close:", s.fileno())
        try:
            s.recv(1)
        except OSError as exc:
            print("recv after close:", type(exc).__name__, exc.errno)
        try:
            s.sendall(b"x")
        except OSError as exc:
            print("sendall after close:", type(exc).__name__, exc.errno)
        t.join(10)
        lsock.close()


main()
