"""Worker threads that end without closing their TLS connections: a TLS
server in a child process (the same interpreter) reports, for each
client, whether the connection went away within a second of the worker's
end, while the main thread sleeps. A worker that returns with its
SSLSocket in a local, one whose exception was caught, one that dropped a
plain socket, and one that stored its SSLSocket in a list (which keeps
it open until the main thread closes it)."""
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

PEER = r'''
import socket, ssl, sys, time
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(sys.argv[1], sys.argv[2])
listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(8)
print(listener.getsockname()[1], flush=True)
for _ in range(int(sys.argv[3])):
    conn, _ = listener.accept()
    conn.settimeout(5)
    tls = ctx.wrap_socket(conn, server_side=True)
    first = tls.recv(100)
    tls.settimeout(1.0)
    try:
        rest = tls.recv(100)
        state = "closed" if not rest else "sent more"
    except socket.timeout:
        state = "still open after 1s"
    except (ConnectionResetError, ssl.SSLError):
        state = "closed"
    print(first.decode(), "->", state, flush=True)
    conn.close()
'''


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "2", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


KEPT = []


def returns_open(cafile, port):
    ctx = ssl.create_default_context(cafile=cafile)
    tls = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname="localhost")
    tls.sendall(b"returns-open")
    time.sleep(0.05)  # give the peer time to read it


def fails_open(cafile, port):
    ctx = ssl.create_default_context(cafile=cafile)
    tls = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname="localhost")
    tls.sendall(b"fails-open")
    time.sleep(0.05)
    try:
        int(tls.version())
    except ValueError as exc:
        print("worker caught:", type(exc).__name__)


def plain_dropped(cafile, port):
    ctx = ssl.create_default_context(cafile=cafile)
    raw = socket.create_connection(("127.0.0.1", port))
    tls = ctx.wrap_socket(raw, server_hostname="localhost", do_handshake_on_connect=True)
    tls.sendall(b"unwrapped-dropped")
    time.sleep(0.05)  # give the peer time to read it
    tls = None


def kept_in_list(cafile, port):
    ctx = ssl.create_default_context(cafile=cafile)
    tls = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port)), server_hostname="localhost")
    tls.sendall(b"kept-in-list")
    time.sleep(0.05)  # give the peer time to read it
    KEPT.append(tls)


def main():
    workers = [returns_open, fails_open, plain_dropped, kept_in_list]
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        peer = subprocess.Popen([sys.executable, "-c", PEER, crt, key, str(len(workers))],
                                stdout=subprocess.PIPE, universal_newlines=True)
        port = int(peer.stdout.readline())
        for work in workers:
            t = threading.Thread(target=work, args=(crt, port), name=work.__name__)
            t.start()
            t.join()
            print("worker %s ended: %s" % (work.__name__, not t.is_alive()))
            time.sleep(1.3)
            print("  peer:", peer.stdout.readline().strip())
        print("kept sockets:", len(KEPT), [s.version() for s in KEPT])
        for s in KEPT:
            s.close()
        peer.wait(10)
        peer.stdout.close()
        print("peer exit status:", peer.returncode)


main()
