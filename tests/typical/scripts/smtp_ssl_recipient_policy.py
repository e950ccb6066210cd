"""smtplib.SMTP_SSL against a small implicit-TLS SMTP server that refuses
some recipients: sendmail()'s partial-failure dict, SMTPRecipientsRefused
when all are refused, SMTPSenderRefused, and the message the server got."""
import base64
import email.message
import os
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading

BLOCKED_DOMAIN = "@blocked.test"


def make_cert(d):
    key, cert = os.path.join(d, "mx.key"), os.path.join(d, "mx.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "30", "-subj", "/CN=mx.test", "-addext", "subjectAltName=DNS:mx.test",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class MiniSMTP(threading.Thread):
    def __init__(self, ctx, listener, sessions):
        super().__init__(daemon=True)
        self.ctx, self.listener, self.sessions = ctx, listener, sessions
        self.inbox = []

    def run(self):
        for _ in range(self.sessions):
            conn, _ = self.listener.accept()
            with self.ctx.wrap_socket(conn, server_side=True) as s, s.makefile("rwb") as f:
                self.session(f)

    def session(self, f):
        def reply(line):
            f.write(line.encode() + b"\r\n")
            f.flush()
        reply("220 mx.test ESMTP ready")
        rcpts, sender = [], None
        for raw in f:
            cmd = raw.decode().rstrip("\r\n")
            verb = cmd.split(" ")[0].upper()
            if verb == "EHLO":
                reply("250-mx.test greets you")
                reply("250-AUTH PLAIN")
                reply("250 SIZE 10000")
            elif verb == "AUTH":
                user = base64.b64decode(cmd.split()[2]).split(b"\0")[1].decode()
                reply("235 2.7.0 welcome %s" % user if user == "robot" else "535 5.7.8 bad credentials")
            elif verb == "MAIL":
                sender = cmd[10:].split(">")[0].lstrip("<")
                if sender.endswith(BLOCKED_DOMAIN):
                    reply("553 5.7.1 sender domain not allowed")
                else:
                    reply("250 OK")
            elif verb == "RCPT":
                addr = cmd[8:].split(">")[0].lstrip("<")
                if addr.endswith(BLOCKED_DOMAIN):
                    reply("550 5.1.1 <%s> mailbox unavailable" % addr)
                else:
                    rcpts.append(addr)
                    reply("250 Accepted")
            elif verb == "DATA":
                reply("354 go ahead")
                body = []
                for line in f:
                    if line == b".\r\n":
                        break
                    body.append(line)
                self.inbox.append((sender, list(rcpts), b"".join(body)))
                reply("250 queued as %d" % len(self.inbox))
            elif verb == "RSET":
                rcpts, sender = [], None
                reply("250 reset")
            elif verb == "QUIT":
                reply("221 bye")
                return
            else:
                reply("502 unknown command")


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(2)
        listener.settimeout(10)
        server = MiniSMTP(sctx, listener, 2)
        server.start()
        cctx = ssl.create_default_context(cafile=cert)
        cctx.check_hostname = False
        msg = email.message.EmailMessage()
        msg["Subject"] = "nightly report"
        msg["From"] = "robot@ok.test"
        msg.set_content("all systems nominal\n")
        with smtplib.SMTP_SSL("127.0.0.1", listener.getsockname()[1], context=cctx, timeout=10) as smtp:
            print("login:", smtp.login("robot", "s3cret"))
            refused = smtp.sendmail("robot@ok.test", ["ops@ok.test", "spy@blocked.test"], msg.as_string())
            print("partially refused:", refused)
            try:
                smtp.sendmail("robot@ok.test", ["a@blocked.test", "b@blocked.test"], "x")
            except smtplib.SMTPRecipientsRefused as e:
                print("all refused:", sorted(e.recipients.items()))
            try:
                smtp.sendmail("evil@blocked.test", ["ops@ok.test"], "x")
            except smtplib.SMTPSenderRefused as e:
                print("sender refused:", e.smtp_code, e.smtp_error, e.sender)
            print("noop:", smtp.noop())
        with smtplib.SMTP_SSL("127.0.0.1", listener.getsockname()[1], context=cctx, timeout=10) as smtp:
            try:
                smtp.login("intruder", "guess")
            except smtplib.SMTPAuthenticationError as e:
                print("auth error:", e.smtp_code, e.smtp_error.decode())
        server.join(10)
        listener.close()
        for sender, rcpts, body in server.inbox:
            print("delivered from", sender, "to", rcpts, "subject line:",
                  [l for l in body.decode().splitlines() if l.startswith("Subject")])


if __name__ == "__main__":
    main()
