"""Error alerts by mail: a logging.handlers.SMTPHandler with credentials
and secure=() sends ERROR records through a local fake SMTP server that
offers STARTTLS and AUTH PLAIN; the server decodes what it received."""
import base64
import logging
import logging.handlers
import os
import socket
import ssl
import subprocess
import tempfile
import threading
from email import message_from_bytes


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=mail.test", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class FakeSMTP(threading.Thread):
    def __init__(self, ctx, sessions):
        super().__init__(daemon=True)
        self.ctx = ctx
        self.sessions = sessions
        self.lsock = socket.socket()
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(5)
        self.mails = []
        self.transcript = []

    def run(self):
        for _ in range(self.sessions):
            conn, _ = self.lsock.accept()
            conn.settimeout(10)
            self.session(conn)
        self.lsock.close()

    def session(self, conn):
        sock = conn
        rfile = sock.makefile("rb")
        tls = False

        def reply(text):
            sock.sendall(text.encode() + b"\r\n")

        reply("220 mail.test ESMTP fake")
        while True:
            line = rfile.readline()
            if not line:
                break
            verb = line.split(b" ", 1)[0].strip().upper().decode()
            self.transcript.append(verb + ("/tls" if tls else ""))
            if verb in ("EHLO", "HELO"):
                lines = ["mail.test"]
                if not tls:
                    lines.append("STARTTLS")
                else:
                    lines.append("AUTH PLAIN LOGIN")
                lines.append("8BITMIME")
                for i, l in enumerate(lines):
                    sep = " " if i == len(lines) - 1 else "-"
                    reply("250" + sep + l)
            elif verb == "STARTTLS":
                reply("220 go ahead")
                sock = self.ctx.wrap_socket(conn, server_side=True)
                rfile = sock.makefile("rb")
                tls = True
            elif verb == "AUTH":
                parts = line.decode().split()
                if parts[1].upper() == "PLAIN":
                    blob = base64.b64decode(parts[2]).split(b"\0")
                    self.transcript.append("user=%s" % blob[1].decode())
                    ok = blob[2] == b"hunter2"
                else:
                    ok = False
                reply("235 ok" if ok else "535 bad credentials")
            elif verb in ("MAIL", "RCPT", "RSET", "NOOP"):
                reply("250 ok")
            elif verb == "DATA":
                reply("354 end with .")
                body = []
                while True:
                    l = rfile.readline()
                    if l in (b".\r\n", b""):
                        break
                    body.append(l)
                self.mails.append(b"".join(body))
                reply("250 queued")
            elif verb == "QUIT":
                reply("221 bye")
                break
            else:
                reply("502 not implemented")
        sock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = FakeSMTP(sctx, 2)
        server.start()
        port = server.lsock.getsockname()[1]

        log = logging.getLogger("billing")
        log.propagate = False
        log.setLevel(logging.DEBUG)
        handler = logging.handlers.SMTPHandler(
            mailhost=("127.0.0.1", port), fromaddr="alerts@example.org",
            toaddrs=["ops@example.org", "oncall@example.org"],
            subject="[billing] problem", credentials=("alerts", "hunter2"),
            secure=(), timeout=10)
        handler.setLevel(logging.ERROR)
        handler.setFormatter(logging.Formatter("%(levelname)s in %(name)s: %(message)s"))
        log.addHandler(handler)

        log.info("this is not mailed")
        log.error("invoice %d failed: %s", 1042, "card declined")
        try:
            {}["missing"]
        except KeyError:
            log.exception("lookup broke")
        handler.close()
        server.join(10)

        print("sessions transcript:", " ".join(server.transcript))
        print("mails received:", len(server.mails))
        for raw in server.mails:
            msg = message_from_bytes(raw)
            print("---")
            for h in ("From", "To", "Subject"):
                print("%s: %s" % (h, msg[h]))
            body = msg.get_payload().strip().splitlines()
            print(body[0])
            print("... %d more line(s), last: %s" % (len(body) - 1, body[-1]))


main()
