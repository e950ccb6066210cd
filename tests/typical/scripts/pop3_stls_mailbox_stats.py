"""A POP3 mailbox checker: connects to a (fake, local) POP3 server in
plaintext, upgrades with STLS, authenticates with USER/PASS and reports
message sizes, UIDs and headers fetched with TOP, as a cron job would."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import poplib
from email.parser import BytesHeaderParser

MESSAGES = [
    b"From: alice@example.org\r\nSubject: Weekly report\r\n\r\nAll systems nominal.\r\n",
    b"From: bob@example.org\r\nSubject: Certificate renewal\r\n\r\nThe cert expires soon.\r\nPlease renew.\r\n",
    b"From: carol@example.org\r\nSubject: =?utf-8?q?Caf=C3=A9?=\r\n\r\nLunch?\r\n",
]


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class FakePOP3:
    def __init__(self, ctx):
        self.ctx = ctx
        self.lsock = socket.socket()
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(1)
        self.log = []
        self.thread = threading.Thread(target=self.serve)
        self.thread.start()

    @property
    def port(self):
        return self.lsock.getsockname()[1]

    def serve(self):
        conn, _ = self.lsock.accept()
        conn.settimeout(10)
        f = conn.makefile("rb")
        out = conn

        def send(line):
            out.sendall(line.encode() + b"\r\n")

        send("+OK fake pop3 ready")
        user = None
        while True:
            line = f.readline()
            if not line:
                break
            cmd, _, arg = line.decode().strip().partition(" ")
            cmd = cmd.upper()
            self.log.append(cmd if cmd != "PASS" else "PASS ****")
            if cmd == "CAPA":
                send("+OK capabilities follow")
                for cap in ("USER", "UIDL", "TOP", "STLS"):
                    send(cap)
                send(".")
            elif cmd == "STLS":
                send("+OK begin TLS")
                out = self.ctx.wrap_socket(conn, server_side=True)
                f = out.makefile("rb")
            elif cmd == "USER":
                user = arg
                send("+OK user accepted")
            elif cmd == "PASS":
                if user == "report" and arg == "s3cret":
                    send("+OK logged in")
                else:
                    send("-ERR bad login")
            elif cmd == "STAT":
                send("+OK %d %d" % (len(MESSAGES), sum(map(len, MESSAGES))))
            elif cmd == "LIST":
                send("+OK scan listing")
                for i, m in enumerate(MESSAGES, 1):
                    send("%d %d" % (i, len(m)))
                send(".")
            elif cmd == "UIDL":
                send("+OK uid listing")
                for i in range(1, len(MESSAGES) + 1):
                    send("%d uid-%04d" % (i, i * 7))
                send(".")
            elif cmd == "TOP":
                num = int(arg.split()[0])
                head = MESSAGES[num - 1].split(b"\r\n\r\n")[0]
                send("+OK top of message")
                for hl in head.split(b"\r\n"):
                    out.sendall(hl + b"\r\n")
                send(".")
            elif cmd == "QUIT":
                send("+OK bye")
                break
            else:
                send("-ERR unknown command")
        out.close()
        self.lsock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = FakePOP3(sctx)
        cctx = ssl.create_default_context(cafile=crt)
        box = poplib.POP3("localhost", server.port, timeout=10)
        print("welcome:", box.getwelcome().decode())
        caps = box.capa()
        print("capabilities:", sorted(caps))
        print("stls:", box.stls(context=cctx).decode())
        print("encrypted with", box.sock.version(), type(box.sock).__name__)
        try:
            box.stls(context=cctx)
        except poplib.error_proto as exc:
            print("second stls:", exc)
        box.user("report")
        try:
            box.pass_("wrong")
        except poplib.error_proto as exc:
            print("login failed:", exc)
        box.user("report")
        print(box.pass_("s3cret").decode())
        count, size = box.stat()
        print("messages=%d octets=%d" % (count, size))
        resp, listing, octets = box.list()
        print(resp.decode(), [x.decode() for x in listing])
        uids = dict(x.decode().split() for x in box.uidl()[1])
        parser = BytesHeaderParser()
        for num in range(1, count + 1):
            resp, lines, _ = box.top(num, 0)
            msg = parser.parsebytes(b"\r\n".join(lines) + b"\r\n\r\n")
            print("  #%d %s %-20s %r" % (num, uids[str(num)], msg["From"], msg["Subject"]))
        print(box.quit().decode())
        server.thread.join(10)
        print("server saw:", " ".join(server.log))


if __name__ == "__main__":
    main()
