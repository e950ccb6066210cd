"""Send a multipart email with an attachment over SMTP_SSL (implicit TLS) to
a small in-process SMTP server, which parses what it receives."""
import email
import email.policy
import os
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
from email.message import EmailMessage


def make_cert(d):
    cert, key = os.path.join(d, "mx.pem"), os.path.join(d, "mx.key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class MiniSMTPS(threading.Thread):
    def __init__(self, ctx):
        super().__init__(daemon=True)
        self.ctx = ctx
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.transcript = []
        self.messages = []

    def run(self):
        raw, _ = self.listener.accept()
        with self.ctx.wrap_socket(raw, server_side=True) as conn, conn.makefile("rb") as rf:
            def say(line):
                conn.sendall(line.encode() + b"\r\n")
            say("220 mx.localhost ESMTP ready")
            while True:
                line = rf.readline().decode().rstrip("\r\n")
                if not line:
                    break
                verb = line.split(" ", 1)[0].upper()
                self.transcript.append(verb)
                if verb == "EHLO":
                    say("250-mx.localhost")
                    say("250-SIZE 100000")
                    say("250 8BITMIME")
                elif verb in ("MAIL", "RCPT"):
                    if "blocked@" in line:
                        say("550 5.1.1 mailbox unavailable")
                    else:
                        say("250 OK")
                elif verb == "DATA":
                    say("354 go ahead")
                    lines = []
                    while True:
                        l = rf.readline()
                        if l == b".\r\n":
                            break
                        lines.append(l[1:] if l.startswith(b"..") else l)
                    self.messages.append(b"".join(lines))
                    say("250 queued as 1")
                elif verb == "QUIT":
                    say("221 bye")
                    break
                else:
                    say("502 not implemented")


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        server = MiniSMTPS(sctx)
        server.start()

        msg = EmailMessage()
        msg["From"] = "Report Bot <bot@example.org>"
        msg["To"] = "ops@example.org, blocked@example.org"
        msg["Subject"] = "Certificate report \u2013 weekly"
        msg.set_content("Hello,\n\n.starts with a dot\nAll 3 certificates are valid.\n")
        msg.add_attachment(b"host,days\nexample.org,42\n", maintype="text",
                           subtype="csv", filename="report.csv")

        ctx = ssl.create_default_context(cafile=cert)
        with smtplib.SMTP_SSL("localhost", server.port, context=ctx, timeout=10) as smtp:
            code, banner = smtp.ehlo("client.local")
            print("ehlo:", code, banner.decode().splitlines())
            print("has size:", smtp.has_extn("size"), smtp.esmtp_features.get("size"))
            refused = smtp.send_message(msg)
            print("refused:", refused)
        server.join(10)
        print("verbs:", server.transcript)
        parsed = email.message_from_bytes(server.messages[0], policy=email.policy.default)
        print("subject:", parsed["subject"])
        print("to:", [a.addr_spec for a in parsed["to"].addresses])
        for part in parsed.iter_parts():
            print("part:", part.get_content_type(), part.get_filename(),
                  repr(part.get_content()[:40]))


main()
