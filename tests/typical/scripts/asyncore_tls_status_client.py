"""An asyncore dispatcher that speaks TLS without blocking: it connects,
drives do_handshake() from the select loop (want-read/want-write), sends
a status request and collects the reply; three at once on one loop."""
import asyncore
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(workdir):
    key = os.path.join(workdir, "key.pem")
    cert = os.path.join(workdir, "cert.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


results_of_unwrap = []


def status_server(listener, ctx, count):
    for _ in range(count):
        conn, _ = listener.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as tls:
                request = b""
                while not request.endswith(b"\n"):
                    chunk = tls.recv(1024)
                    if not chunk:
                        break
                    request += chunk
                name = request.decode().strip()
                tls.sendall(("status of %s: %s\n" % (name, "up" if name != "db" else "degraded")).encode())
                try:
                    tls.unwrap()
                except (ssl.SSLError, OSError):
                    # the client closes without a close_notify of its own
                    results_of_unwrap.append("peer closed without close_notify")
        except (ssl.SSLError, OSError) as exc:
            print("server:", type(exc).__name__)


class TLSStatusClient(asyncore.dispatcher):
    def __init__(self, port, ctx, name, results):
        asyncore.dispatcher.__init__(self)
        self.ctx, self.name, self.results = ctx, name, results
        self.state = "connecting"
        self.want_write = True
        self.outgoing = ("%s\n" % name).encode()
        self.reply = b""
        self.events = []
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.connect(("127.0.0.1", port))

    def note(self, event):
        if not self.events or self.events[-1] != event:
            self.events.append(event)

    def handle_connect(self):
        self.note("connected")
        self.socket = self.ctx.wrap_socket(self.socket, server_hostname="localhost",
                                           do_handshake_on_connect=False)
        self.state = "handshake"

    def step(self):
        if self.state == "handshake":
            try:
                self.socket.do_handshake()
            except ssl.SSLWantReadError:
                self.want_write = False
                self.note("want-read")
                return
            except ssl.SSLWantWriteError:
                self.want_write = True
                self.note("want-write")
                return
            self.note("handshake done " + self.socket.version())
            self.state = "sending"
            self.want_write = True
        if self.state == "sending":
            sent = self.send(self.outgoing)
            self.outgoing = self.outgoing[sent:]
            if not self.outgoing:
                self.state = "reading"
                self.want_write = False
                self.note("request sent")
        elif self.state == "reading":
            try:
                data = self.socket.recv(4096)
            except ssl.SSLWantReadError:
                return
            if data:
                self.reply += data
            else:
                self.note("eof")
                self.results[self.name] = (self.reply.decode().strip(), self.events)
                self.close()

    def writable(self):
        return self.state == "connecting" or self.want_write

    def handle_write(self):
        self.step()

    def handle_read(self):
        self.step()

    def handle_close(self):
        self.note("closed by peer")
        self.results.setdefault(self.name, (self.reply.decode().strip(), self.events))
        self.close()


def main():
    with tempfile.TemporaryDirectory() as workdir:
        cert, key = make_cert(workdir)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        cctx = ssl.create_default_context(cafile=cert)
        names = ["web", "db", "cache"]
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(5)
        server = threading.Thread(target=status_server, args=(listener, sctx, len(names)))
        server.start()
        results = {}
        clients = [TLSStatusClient(listener.getsockname()[1], cctx, n, results) for n in names]
        asyncore.loop(timeout=0.5, count=200)
        server.join(10)
        listener.close()
        print("sockets left in map:", len(asyncore.socket_map))
        for name in names:
            reply, events = results.get(name, ("<none>", []))
            print("%-6s %-28s %s" % (name, reply, " > ".join(e for e in events if not e.startswith("want"))))
        print("server unwraps:", results_of_unwrap)


main()
