"""socketserver.ThreadingTCPServer that wraps accepted sockets in TLS from
get_request, with a StreamRequestHandler speaking a small command
protocol, and a client that checks the certificate."""
import hashlib
import os
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "srv.key"), os.path.join(d, "srv.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "10",
         "-subj", "/C=DE/ST=Berlin/O=Example GmbH/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
         "-keyout", key, "-out", crt],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class TLSServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, addr, handler, ctx):
        super().__init__(addr, handler)
        self.ctx = ctx
        self.served = []
        self.lock = threading.Lock()

    def get_request(self):
        sock, addr = super().get_request()
        return self.ctx.wrap_socket(sock, server_side=True), addr


class CommandHandler(socketserver.StreamRequestHandler):
    commands = {}

    @classmethod
    def command(cls, name):
        def register(fn):
            cls.commands[name] = fn
            return fn
        return register

    def handle(self):
        with self.server.lock:
            self.server.served.append(self.request.version())
        for raw in self.rfile:
            words = raw.decode("ascii").split()
            if not words:
                continue
            name, args = words[0].upper(), words[1:]
            if name == "QUIT":
                self.wfile.write(b"221 bye\r\n")
                break
            fn = self.commands.get(name)
            if fn is None:
                self.wfile.write(("500 unknown command %r\r\n" % name).encode())
                continue
            try:
                result = fn(*args)
            except (TypeError, ValueError) as e:
                self.wfile.write(("501 %s: %s\r\n" % (type(e).__name__, e)).encode())
            else:
                self.wfile.write(("200 %s\r\n" % result).encode())


@CommandHandler.command("ADD")
def add(*nums):
    return sum(int(n) for n in nums)


@CommandHandler.command("SHA")
def sha(word):
    return hashlib.sha256(word.encode()).hexdigest()[:16]


@CommandHandler.command("REV")
def rev(*words):
    return " ".join(reversed(words))


def session(port, ctx, lines):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            subject = dict(x[0] for x in s.getpeercert()["subject"])
            print("connected to %(commonName)s of %(organizationName)s (%(countryName)s)" % subject)
            f = s.makefile("rwb")
            for line in lines:
                f.write(line.encode() + b"\r\n")
                f.flush()
                print("  %-22s -> %s" % (line, f.readline().decode().rstrip()))
            f.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = TLSServer(("127.0.0.1", 0), CommandHandler, sctx)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = server.server_address[1]
        cctx = ssl.create_default_context(cafile=crt)
        session(port, cctx, ["ADD 1 2 3", "add 40 2", "ADD x", "SHA hello", "REV a b c", "JUMP", "QUIT"])
        session(port, cctx, ["sha", "ADD", "quit"])
        server.shutdown()
        server.server_close()
        t.join(5)
        print("sessions:", len(server.served), "versions:", sorted(set(server.served)))


if __name__ == "__main__":
    main()
