"""Threaded TLS echo server and client on localhost."""
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading


def make_cert(directory):
    key = os.path.join(directory, "key.pem")
    cert = os.path.join(directory, "cert.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "30", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class EchoServer(threading.Thread):
    def __init__(self, cert, key):
        super().__init__(daemon=True)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.port = self.sock.getsockname()[1]
        self.handled = 0

    def run(self):
        with self.ctx.wrap_socket(self.sock, server_side=True) as ssock:
            for _ in range(2):
                conn, addr = ssock.accept()
                with conn:
                    while True:
                        data = conn.recv(1024)
                        if not data or data == b"QUIT":
                            break
                        conn.sendall(data.upper())
                self.handled += 1


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        server = EchoServer(cert, key)
        server.start()
        ctx = ssl.create_default_context(cafile=cert)
        for i in range(2):
            with socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw:
                with ctx.wrap_socket(raw, server_hostname="localhost") as s:
                    print("connection", i, "version", s.version())
                    for word in ["hello", "tls", "world"]:
                        s.sendall(word.encode())
                        reply = s.recv(1024)
                        print("  sent %-6s got %r" % (word, reply))
                    s.sendall(b"QUIT")
        server.join(10)
        print("handled:", server.handled)
    return 0


if __name__ == "__main__":
    sys.exit(main())
