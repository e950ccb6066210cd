"""Errors inside socketserver request handlers on a TLS server: the
server's handle_error() override reports the exception with the frames of
this script only, the connection is dropped, and the server keeps going;
a finish() hook counts each request."""
import os
import socket
import socketserver
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import traceback


def make_cert(d):
    key, cert = os.path.join(d, "e.key"), os.path.join(d, "e.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "30", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class CommandError(Exception):
    """A command the handler cannot carry out."""


def divide(args):
    a, b = (int(x) for x in args)
    return a // b


COMMANDS = {"add": lambda args: sum(int(x) for x in args), "div": divide}


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        try:
            self.run_command()
        except Exception as e:
            self.wfile.write(b"ERR %s\n" % type(e).__name__.encode())
            raise

    def run_command(self):
        line = self.rfile.readline().decode().split()
        if not line:
            raise CommandError("empty request")
        cmd, args = line[0], line[1:]
        if cmd not in COMMANDS:
            raise CommandError("unknown command %r" % cmd)
        self.wfile.write(b"%d\n" % COMMANDS[cmd](args))

    def finish(self):
        super().finish()
        self.server.finished += 1


class TLSServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, addr, handler, ctx):
        super().__init__(addr, handler)
        self.ctx = ctx
        self.finished = 0
        self.reports = []

    def get_request(self):
        conn, addr = self.socket.accept()
        return self.ctx.wrap_socket(conn, server_side=True), addr

    def handle_error(self, request, client_address):
        etype, value, tb = sys.exc_info()
        mine = [f for f in traceback.extract_tb(tb) if f.filename.endswith("socketserver_tls_handler_errors.py")]
        lines = ["%s:%s in %s" % (os.path.basename(f.filename), f.lineno, f.name) for f in mine]
        self.reports.append((etype.__name__, str(value), lines))


def ask(port, ctx, text):
    with ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10),
                         server_hostname="localhost") as s:
        s.sendall(text.encode() + b"\n")
        with s.makefile("rb") as f:
            return f.readline().decode().strip() or "<no answer>"


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        server = TLSServer(("127.0.0.1", 0), Handler, sctx)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        try:
            for text in ["add 1 2 3", "div 7 0", "mul 2 2", "", "div 9 two", "add 40 2"]:
                try:
                    answer = ask(server.server_address[1], cctx, text)
                except (ssl.SSLError, OSError) as e:
                    answer = "connection error " + type(e).__name__
                print("%-10r -> %s" % (text, answer))
            deadline = time.time() + 10
            while (server.finished < 6 or len(server.reports) < 4) and time.time() < deadline:
                time.sleep(0.01)  # handler threads finish after the reply
        finally:
            server.shutdown()
            server.server_close()
            t.join(10)
        print("finished:", server.finished)
        for name, msg, frames in sorted(server.reports):  # handler threads may finish in any order
            print("%s: %s" % (name, msg))
            for f in frames:
                print("    at", f)


if __name__ == "__main__":
    main()
