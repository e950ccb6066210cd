"""smtplib against a fake mail server: SMTP_SSL with AUTH PLAIN/LOGIN,
STARTTLS on a plain connection, send_message of an EmailMessage with an
attachment, and the SMTP error classes (refused recipients, bad auth)."""
import base64
import os
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
from email.message import EmailMessage


def make_cert(d):
    key, crt = os.path.join(d, "mx.key"), os.path.join(d, "mx.crt")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=mail.example.test",
                           "-addext", "subjectAltName=DNS:mail.example.test,DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class FakeSMTP:
    USERS = {"alice": "s3cret"}

    def __init__(self, ctx, implicit_tls):
        self.ctx = ctx
        self.implicit = implicit_tls
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(1)
        self.port = self.sock.getsockname()[1]
        self.mails = []
        self.transcript = []

    def reply(self, conn, text):
        conn.sendall((text + "\r\n").encode())

    def run(self):
        conn, _ = self.sock.accept()
        if self.implicit:
            conn = self.ctx.wrap_socket(conn, server_side=True)
        tls = self.implicit
        self.reply(conn, "220 mail.example.test ESMTP fake")
        f = conn.makefile("rb")
        mail = None
        while True:
            line = f.readline().decode().rstrip("\r\n")
            if not line:
                break
            verb = line.split(" ", 1)[0].upper()
            self.transcript.append(("TLS " if tls else "    ") + (verb if verb == "AUTH" else line))
            if verb in ("EHLO", "HELO"):
                caps = ["250-mail.example.test", "250-SIZE 1000000", "250-8BITMIME"]
                caps.append("250 AUTH PLAIN LOGIN" if tls else "250 STARTTLS")
                self.reply(conn, "\r\n".join(caps))
            elif verb == "STARTTLS":
                self.reply(conn, "220 2.0.0 go ahead")
                f.close()
                conn = self.ctx.wrap_socket(conn, server_side=True)
                f = conn.makefile("rb")
                tls = True
            elif verb == "AUTH":
                parts = line.split()
                if parts[1] == "PLAIN":
                    _, user, pw = base64.b64decode(parts[2]).decode().split("\0")
                else:
                    if len(parts) > 2:
                        user = base64.b64decode(parts[2]).decode()
                    else:
                        self.reply(conn, "334 " + base64.b64encode(b"Username:").decode())
                        user = base64.b64decode(f.readline().strip()).decode()
                    self.reply(conn, "334 " + base64.b64encode(b"Password:").decode())
                    pw = base64.b64decode(f.readline().strip()).decode()
                if self.USERS.get(user) == pw:
                    self.reply(conn, "235 2.7.0 Authentication successful")
                else:
                    self.reply(conn, "535 5.7.8 Authentication credentials invalid")
            elif verb == "MAIL":
                mail = {"from": line[line.index("<") + 1:line.index(">")], "to": [], "data": b""}
                self.reply(conn, "250 OK")
            elif verb == "RCPT":
                rcpt = line[line.index("<") + 1:line.index(">")]
                if rcpt.endswith("@example.test"):
                    mail["to"].append(rcpt)
                    self.reply(conn, "250 OK")
                else:
                    self.reply(conn, "550 5.1.1 no such user here")
            elif verb == "DATA":
                self.reply(conn, "354 end with .")
                lines = []
                while True:
                    l = f.readline()
                    if l == b".\r\n":
                        break
                    lines.append(l)
                mail["data"] = b"".join(lines)
                self.mails.append(mail)
                self.reply(conn, "250 2.0.0 queued as %04d" % len(self.mails))
            elif verb == "RSET":
                self.reply(conn, "250 OK")
            elif verb == "NOOP":
                self.reply(conn, "250 OK")
            elif verb == "QUIT":
                self.reply(conn, "221 bye")
                break
            else:
                self.reply(conn, "502 5.5.2 command not recognized")
        f.close()
        conn.close()
        self.sock.close()


def build_message():
    msg = EmailMessage()
    msg["From"] = "Alice <alice@example.test>"
    msg["To"] = "bob@example.test, carol@elsewhere.test"
    msg["Subject"] = "Quarterly report"
    msg.set_content("Hello Bob,\n\nthe report is attached.\n\n-- Alice\n")
    msg.add_attachment(b"id,value\n1,10\n2,20\n", maintype="text", subtype="csv", filename="report.csv")
    return msg


def start(ctx, implicit):
    srv = FakeSMTP(ctx, implicit)
    t = threading.Thread(target=srv.run)
    t.start()
    return srv, t


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)

        srv, t = start(sctx, True)
        with smtplib.SMTP_SSL("localhost", srv.port, context=cctx, timeout=10) as smtp:
            code, banner = smtp.ehlo("client.test")
            print("ehlo:", code, banner.decode().splitlines()[0])
            print("auth methods:", smtp.esmtp_features.get("auth"))
            print("login:", smtp.login("alice", "s3cret"))
            refused = smtp.send_message(build_message())
            print("refused:", refused)
            print("noop:", smtp.noop())
        t.join(10)
        mail = srv.mails[0]
        print("server got mail from", mail["from"], "to", mail["to"], "bytes>0:", len(mail["data"]) > 0)
        print("attachment seen:", b'filename="report.csv"' in mail["data"])

        srv, t = start(sctx, False)
        smtp = smtplib.SMTP("127.0.0.1", srv.port, local_hostname="client.test", timeout=10)
        smtp.ehlo("client.test")
        print("starttls offered:", smtp.has_extn("starttls"), "auth offered:", smtp.has_extn("auth"))
        smtp.quit()
        t.join(10)

        srv, t = start(sctx, False)
        smtp = smtplib.SMTP("localhost", srv.port, local_hostname="client.test", timeout=10)
        smtp.ehlo()
        code, text = smtp.starttls(context=cctx)
        print("starttls reply:", code, text)
        print("socket now:", type(smtp.sock).__name__, smtp.sock.version() in ("TLSv1.2", "TLSv1.3"))
        smtp.ehlo()
        print("auth after starttls:", smtp.has_extn("auth"))
        try:
            smtp.login("alice", "wrong")
        except smtplib.SMTPAuthenticationError as e:
            print("auth failed:", e.smtp_code, e.smtp_error.decode())
        smtp.login("alice", "s3cret")
        try:
            smtp.sendmail("alice@example.test", ["nobody@nowhere.test"], "Subject: x\r\n\r\nbody\r\n")
        except smtplib.SMTPRecipientsRefused as e:
            print("all refused:", e.recipients)
        print("rset:", smtp.rset())
        smtp.quit()
        t.join(10)
        for line in srv.transcript:
            print("  " + line)


if __name__ == "__main__":
    main()
