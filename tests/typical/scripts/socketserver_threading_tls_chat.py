"""A ThreadingTCPServer that wraps accepted sockets in TLS, with a line protocol."""
import os
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    cert, key = os.path.join(d, "srv.pem"), os.path.join(d, "srv.key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class TLSServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, addr, handler, context):
        super().__init__(addr, handler)
        self.context = context
        self.lock = threading.Lock()
        self.board = []

    def get_request(self):
        sock, addr = super().get_request()
        return self.context.wrap_socket(sock, server_side=True), addr

    def post(self, nick, text):
        with self.lock:
            self.board.append((nick, text))
            return len(self.board)


class ChatHandler(socketserver.StreamRequestHandler):
    timeout = 10

    def handle(self):
        self.wfile.write(b"WELCOME %s\n" % self.request.version().encode())
        nick = "anon"
        for raw in self.rfile:
            cmd, _, arg = raw.decode("utf-8").strip().partition(" ")
            if cmd == "NICK":
                nick = arg
                self.wfile.write(("OK nick=%s\n" % nick).encode())
            elif cmd == "SAY":
                n = self.server.post(nick, arg)
                self.wfile.write(("OK #%d\n" % n).encode())
            elif cmd == "READ":
                with self.server.lock:
                    lines = ["%s: %s" % item for item in self.server.board]
                self.wfile.write(("%d\n" % len(lines)).encode())
                for line in lines:
                    self.wfile.write((line + "\n").encode("utf-8"))
            elif cmd == "BYE":
                self.wfile.write(b"BYE\n")
                break
            else:
                self.wfile.write(("ERR unknown %r\n" % cmd).encode())


def session(port, ctx, lines):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            f = tls.makefile("rwb")
            out = [f.readline().decode().split()[0]]
            for line in lines:
                f.write((line + "\n").encode("utf-8"))
                f.flush()
                reply = f.readline().decode("utf-8").rstrip("\n")
                if line == "READ":
                    reply = [f.readline().decode("utf-8").rstrip("\n") for _ in range(int(reply))]
                out.append(reply)
            f.close()
            return out


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        with TLSServer(("127.0.0.1", 0), ChatHandler, sctx) as server:
            t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
            t.start()
            port = server.server_address[1]
            cctx = ssl.create_default_context(cafile=cert)
            print(session(port, cctx, ["NICK ana", "SAY héllo wörld", "SAY second", "BYE"]))
            print(session(port, cctx, ["NICK bo", "SAY hi ana", "PING", "READ", "BYE"]))
            server.shutdown()
            t.join(10)
        print("board size:", len(server.board), "thread alive:", t.is_alive())


if __name__ == "__main__":
    main()
