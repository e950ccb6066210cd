"""A remote Python console over TLS, as admin back doors are written: the
server runs a code.InteractiveConsole per client whose input comes from
the TLS socket and whose output (stdout, stderr, tracebacks) goes back
to it; the client, authenticated by a client certificate, sends lines
(multi-line blocks, errors, a syntax error, then quit) and prints the transcript."""
import code
import contextlib
import io
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading


def run(*args):
    subprocess.check_call(["openssl"] + list(args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class SocketConsole(code.InteractiveConsole):
    def __init__(self, conn):
        super().__init__(locals={"__name__": "__console__", "service": "inventory"}, filename="<remote>")
        self.conn = conn
        self.rfile = conn.makefile("r", encoding="utf-8", newline="\n")
        self.out = io.StringIO()

    def write(self, data):
        self.out.write(data)

    def raw_input(self, prompt=""):
        self.flush(prompt)
        line = self.rfile.readline()
        if not line or line == "quit\n":
            raise EOFError
        return line.rstrip("\n")

    def flush(self, prompt):
        text = self.out.getvalue() + prompt
        self.out = io.StringIO()
        self.conn.sendall(("%d\n" % len(text.encode())).encode() + text.encode())

    def runcode(self, codeobj):
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            super().runcode(codeobj)
        self.out.write(buf.getvalue())


def serve(lsock, ctx):
    raw, _ = lsock.accept()
    with ctx.wrap_socket(raw, server_side=True) as conn:
        who = dict(x[0] for x in conn.getpeercert()["subject"])["commonName"]
        console = SocketConsole(conn)
        console.interact(banner="console for %s" % who, exitmsg="bye %s" % who)
        console.flush("")
        conn.unwrap()


def read_frame(f):
    n = int(f.readline())
    return f.read(n).decode()


def main():
    d = tempfile.mkdtemp()
    try:
        p = lambda n: os.path.join(d, n)
        for name, cn in (("server", "localhost"), ("client", "operator")):
            run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                "-subj", "/CN=" + cn, "-addext", "subjectAltName=DNS:" + cn,
                "-keyout", p(name + ".key"), "-out", p(name + ".pem"))
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(p("server.pem"), p("server.key"))
        sctx.verify_mode = ssl.CERT_REQUIRED
        sctx.load_verify_locations(p("client.pem"))
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=serve, args=(lsock, sctx))
        t.start()

        cctx = ssl.create_default_context(cafile=p("server.pem"))
        cctx.load_cert_chain(p("client.pem"), p("client.key"))
        lines = [
            "x = 6 * 7",
            "x",
            "print('service is', service)",
            "def greet(name):",
            "    return 'hello ' + name",
            "",
            "greet('ops')",
            "for i in range(3):",
            "    print(i, end=' ')",
            "",
            "1 / 0",
            "if True print('no')",
            "undefined_name",
            "import sys; sys.stderr.write('to stderr\\n')",
            "[n ** 2 for n in range(5)]",
        ]
        with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
            with cctx.wrap_socket(raw, server_hostname="localhost") as s:
                f = s.makefile("rb")
                transcript = read_frame(f)
                for line in lines:
                    s.sendall(line.encode() + b"\n")
                    reply = read_frame(f)
                    transcript += line + "\n" + reply
                s.sendall(b"quit\n")
                transcript += "quit\n" + read_frame(f)
                s = s.unwrap()
                f.close()
        t.join(10)
        lsock.close()
        print(transcript, end="")
        print("[end of session]")
    finally:
        shutil.rmtree(d)


main()
