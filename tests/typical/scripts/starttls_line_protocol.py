"""A home-made line protocol with a STARTTLS upgrade (like SMTP/IMAP):
the server speaks plain text, upgrades the same socket with
wrap_socket after "STARTTLS", refuses AUTH before TLS, and the client
checks the certificate and cipher after the upgrade."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/O=Mail Test/CN=mail.example.test",
                    "-addext", "subjectAltName=DNS:mail.example.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class LineConn:
    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def send(self, line):
        self.sock.sendall(line.encode() + b"\r\n")

    def recv(self):
        while b"\r\n" not in self.buf:
            chunk = self.sock.recv(1024)
            if not chunk:
                return None
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line.decode()

    def upgrade(self, wrap):
        assert not self.buf, "unread plaintext would be lost"
        self.sock = wrap(self.sock)


def server(lsock, ctx, transcript):
    conn, _ = lsock.accept()
    c = LineConn(conn)
    c.send("220 ready")
    tls = False
    while True:
        line = c.recv()
        if line is None:
            break
        transcript.append(("tls" if tls else "plain", line))
        verb = line.split(" ", 1)[0].upper()
        if verb == "CAPA":
            c.send("250 " + ("AUTH PLAIN" if tls else "STARTTLS"))
        elif verb == "STARTTLS":
            if tls:
                c.send("503 already secure")
                continue
            c.send("220 go ahead")
            c.upgrade(lambda s: ctx.wrap_socket(s, server_side=True))
            tls = True
        elif verb == "AUTH":
            c.send("235 welcome" if tls else "530 must issue STARTTLS first")
        elif verb == "QUIT":
            c.send("221 bye")
            break
        else:
            c.send("500 unknown command")
    c.sock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        transcript = []
        t = threading.Thread(target=server, args=(lsock, sctx, transcript))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        c = LineConn(socket.create_connection(lsock.getsockname(), timeout=10))
        print("S:", c.recv())
        for cmd in ["CAPA", "AUTH PLAIN AGFsaWNlAHB3", "NOOP", "STARTTLS"]:
            c.send(cmd)
            print("C:", cmd, "-> S:", c.recv())
        c.upgrade(lambda s: cctx.wrap_socket(s, server_hostname="mail.example.test"))
        cert = c.sock.getpeercert()
        subject = dict(rdn[0] for rdn in cert["subject"])
        print("upgraded:", type(c.sock).__name__, c.sock.version(), subject["organizationName"])
        print("san:", cert["subjectAltName"])
        for cmd in ["CAPA", "STARTTLS", "AUTH PLAIN AGFsaWNlAHB3", "QUIT"]:
            c.send(cmd)
            print("C:", cmd, "-> S:", c.recv())
        c.sock.close()
        t.join(10)
        lsock.close()
    for mode, line in transcript:
        print("%5s | %s" % (mode, line))


if __name__ == "__main__":
    main()
