"""A TLS server that admits clients by source address: ipaddress networks
form an allow list, a refused client gets a one-line reason before the
handshake, and the log records who was served."""
import ipaddress
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

log = logging.getLogger("acl")


def make_cert(d):
    key, cert = os.path.join(d, "acl.key"), os.path.join(d, "acl.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "8", "-subj", "/CN=acl", "-addext", "subjectAltName=IP:127.0.0.1,IP:127.0.0.2",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class AccessList:
    def __init__(self, *networks):
        self.networks = [ipaddress.ip_network(n) for n in networks]

    def allows(self, host):
        addr = ipaddress.ip_address(host)
        return any(addr in net for net in self.networks)

    def __str__(self):
        return ", ".join(str(n) for n in self.networks)


def serve(listener, ctx, acl, n):
    for _ in range(n):
        conn, (host, port) = listener.accept()
        if not acl.allows(host):
            log.warning("refused %s (not in %s)", host, acl)
            conn.sendall(b"DENIED\n")
            conn.close()
            continue
        conn.sendall(b"TLS\n")
        with ctx.wrap_socket(conn, server_side=True) as s:
            name = s.recv(64).decode()
            s.sendall(("welcome %s from %s" % (name, host)).encode())
            log.info("served %s at %s", name, host)


def client(port, cafile, source, name):
    raw = socket.socket()
    raw.settimeout(10)
    raw.bind((source, 0))
    raw.connect(("127.0.0.1", port))
    with raw:
        banner = raw.recv(7)
        if banner != b"TLS\n":
            return "refused: " + banner.decode().strip()
        ctx = ssl.create_default_context(cafile=cafile)
        with ctx.wrap_socket(raw, server_hostname="127.0.0.1") as s:
            s.sendall(name.encode())
            return s.recv(100).decode()


def main():
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("[%(name)s:%(levelname)-7s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        listener.settimeout(10)
        acl = AccessList("127.0.0.1/32", "10.0.0.0/8")
        t = threading.Thread(target=serve, args=(listener, ctx, acl, 3))
        t.start()
        for source, name in [("127.0.0.1", "alice"), ("127.0.0.2", "mallory"), ("127.0.0.1", "bob")]:
            print("%-8s -> %s" % (name, client(listener.getsockname()[1], cert, source, name)))
            t.join(0.2)
        t.join(10)
        listener.close()
    print(acl.allows("10.1.2.3"), acl.allows("192.168.0.1"), ipaddress.ip_network("10.0.0.0/8").num_addresses)


if __name__ == "__main__":
    main()
