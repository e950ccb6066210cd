"""An SMTP-like service with STARTTLS written on socketserver, and the
client that talks to it over a raw socket.

The server greets in clear text, advertises STARTTLS, upgrades the
connection in the handler (self.request replaced by the wrapped socket,
rfile and wfile made again) and only then accepts AUTH and MAIL. The
client reads replies with makefile(), refuses to authenticate before the
upgrade, and prints the dialogue with the protocol version and the
cipher's key exchange kept out (they vary with the OpenSSL build)."""
import os
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    crt, key = os.path.join(d, "mx.crt"), os.path.join(d, "mx.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=mx.localhost", "-addext", "subjectAltName=DNS:mx.localhost",
                    "-keyout", key, "-out", crt], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class MailHandler(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write(text.encode("ascii") + b"\r\n")
        self.wfile.flush()

    def upgrade(self):
        self.reply("220 2.0.0 Ready to start TLS")
        self.rfile.close()
        self.wfile.close()
        self.request = self.server.tls.wrap_socket(self.request, server_side=True)
        self.rfile = self.request.makefile("rb")
        self.wfile = self.request.makefile("wb")

    def handle(self):
        secure = False
        user = None
        self.reply("220 mx.localhost ESMTP ready")
        while True:
            raw = self.rfile.readline()
            if not raw:
                break
            line = raw.decode("ascii").rstrip("\r\n")
            verb, _, arg = line.partition(" ")
            verb = verb.upper()
            if verb == "EHLO":
                caps = ["250-mx.localhost greets " + arg, "250-SIZE 1000000"]
                caps.append("250 AUTH PLAIN" if secure else "250 STARTTLS")
                for c in caps:
                    self.wfile.write(c.encode("ascii") + b"\r\n")
                self.wfile.flush()
            elif verb == "STARTTLS" and not secure:
                self.upgrade()
                secure = True
            elif verb == "AUTH":
                if not secure:
                    self.reply("530 5.7.0 Must issue a STARTTLS command first")
                else:
                    user = arg.split()[-1]
                    self.reply("235 2.7.0 Authentication successful (%s)" % user)
            elif verb == "MAIL":
                if user is None:
                    self.reply("530 5.7.1 Authentication required")
                else:
                    self.reply("250 2.1.0 Sender %s ok" % arg[5:])
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                break
            else:
                self.reply("502 5.5.2 Command not recognized")
        self.server.log.append((secure, user))
        self.server.done.set()


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


class Client:
    def __init__(self, port, ctx):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.ctx = ctx
        self.f = self.sock.makefile("rb")

    def read_reply(self):
        lines = []
        while True:
            line = self.f.readline().decode("ascii").rstrip("\r\n")
            lines.append(line)
            if line[3:4] != "-":
                return int(line[:3]), lines

    def cmd(self, text):
        self.sock.sendall(text.encode("ascii") + b"\r\n")
        code, lines = self.read_reply()
        print("C: %s" % text)
        for line in lines:
            print("S: %s" % line)
        return code, lines

    def starttls(self):
        code, _ = self.cmd("STARTTLS")
        if code != 220:
            raise RuntimeError("no TLS")
        self.f.close()
        self.sock = self.ctx.wrap_socket(self.sock, server_hostname="mx.localhost")
        self.f = self.sock.makefile("rb")
        print("-- TLS established: peer %s, cipher uses %d secret bits" % (
            dict(x[0] for x in self.sock.getpeercert()["subject"])["commonName"],
            self.sock.cipher()[2]))


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        server = Server(("127.0.0.1", 0), MailHandler)
        server.tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server.tls.load_cert_chain(crt, key)
        server.log = []
        server.done = threading.Event()
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        c = Client(server.server_address[1], ctx)
        try:
            dialogue(c)
            server.done.wait(10)
        finally:
            c.sock.close()
            server.shutdown()
            t.join()
            server.server_close()
        print("server log:", server.log)


def dialogue(c):
    code, lines = c.read_reply()
    print("S: %s" % lines[0])
    c.cmd("EHLO client.localhost")
    c.cmd("AUTH PLAIN too-early")
    c.cmd("MAIL FROM:<a@example.org>")
    c.starttls()
    c.cmd("EHLO client.localhost")
    c.cmd("AUTH PLAIN alice")
    c.cmd("MAIL FROM:<alice@example.org>")
    c.cmd("NOOP")
    c.cmd("QUIT")


main()
