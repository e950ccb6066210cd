"""An SMTP relay checker: a small SMTP server (socketserver, written in
the script) offers STARTTLS and AUTH PLAIN only after TLS; smtplib
connects, checks the EHLO features before and after starttls(), logs in,
sends an EmailMessage with send_message, and meets the relay's refusals
(SMTPRecipientsRefused, SMTPAuthenticationError, SMTPNotSupportedError
on a server without STARTTLS)."""
import base64
import email.message
import os
import smtplib
import socketserver
import ssl
import subprocess
import tempfile
import threading


class SMTPHandler(socketserver.StreamRequestHandler):
    def reply(self, text):
        self.wfile.write((text + "\r\n").encode())
        self.wfile.flush()

    def handle(self):
        self.tls = False
        self.authed = False
        self.reply("220 relay.test ESMTP ready")
        while True:
            line = self.rfile.readline()
            if not line:
                return
            cmd = line.decode().rstrip("\r\n")
            verb = cmd.split(" ", 1)[0].upper()
            if verb == "EHLO":
                feats = ["relay.test greets " + cmd.split(" ", 1)[1], "SIZE 1000000", "8BITMIME"]
                if self.server.offer_tls and not self.tls:
                    feats.append("STARTTLS")
                if self.tls:
                    feats.append("AUTH PLAIN")
                for i, f in enumerate(feats):
                    self.reply(("250-" if i < len(feats) - 1 else "250 ") + f)
            elif verb == "STARTTLS":
                self.reply("220 go ahead")
                self.request = self.server.ctx.wrap_socket(self.request, server_side=True)
                self.rfile = self.request.makefile("rb")
                self.wfile = self.request.makefile("wb")
                self.tls = True
            elif verb == "AUTH":
                user, pw = base64.b64decode(cmd.split()[2]).split(b"\0")[1:]
                if pw == b"s3cret":
                    self.authed = True
                    self.reply("235 2.7.0 Authentication successful for " + user.decode())
                else:
                    self.reply("535 5.7.8 Authentication credentials invalid")
            elif verb == "MAIL":
                self.reply("250 OK" if self.authed or not self.server.offer_tls else "530 5.7.0 Authentication required")
            elif verb == "RCPT":
                addr = cmd.split(":", 1)[1].strip("<> ")
                if addr.endswith("@example.org"):
                    self.reply("250 OK")
                else:
                    self.reply("550 5.7.1 Relaying denied for <%s>" % addr)
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                body = []
                while True:
                    l = self.rfile.readline()
                    if l in (b".\r\n", b""):
                        break
                    body.append(l.decode().rstrip("\r\n"))
                self.server.messages.append(body)
                self.reply("250 OK queued as Q%d" % len(self.server.messages))
            elif verb == "RSET":
                self.reply("250 OK")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            else:
                self.reply("502 5.5.2 Command not recognized")


class Relay(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, ctx, offer_tls=True):
        super().__init__(("127.0.0.1", 0), SMTPHandler)
        self.ctx, self.offer_tls, self.messages = ctx, offer_tls, []
        threading.Thread(target=self.serve_forever, daemon=True).start()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "relay.crt"), os.path.join(d, "relay.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "5",
                        "-subj", "/CN=relay.test", "-addext", "subjectAltName=DNS:relay.test,DNS:localhost",
                        "-keyout", key, "-out", crt], check=True, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        relay = Relay(sctx)
        cctx = ssl.create_default_context(cafile=crt)

        with smtplib.SMTP("localhost", relay.server_address[1], local_hostname="client.test", timeout=5) as s:
            code, msg = s.ehlo()
            print("ehlo:", code, msg.decode().splitlines()[0])
            print("before TLS: starttls=%s auth=%s" % (s.has_extn("starttls"), s.has_extn("auth")))
            code, msg = s.starttls(context=cctx)
            print("starttls:", code, msg.decode())
            print("cipher version:", s.sock.version(), "| features reset:", s.esmtp_features == {})
            s.ehlo()
            print("after TLS: starttls=%s auth=%s (%s)" % (s.has_extn("starttls"), s.has_extn("auth"),
                                                       s.esmtp_features.get("auth")))
            try:
                s.login("ops", "wrong")
            except smtplib.SMTPAuthenticationError as e:
                print("login refused:", e.smtp_code, e.smtp_error.decode())
            print("login:", s.login("ops", "s3cret"))

            m = email.message.EmailMessage()
            m["From"] = "ops@example.org"
            m["To"] = "team@example.org, boss@elsewhere.net"
            m["Subject"] = "Certificate expiry digest"
            m.set_content("3 certificates expire this week.\nSee the attached report.\n")
            refused = s.send_message(m)
            print("partially refused:", refused)
            try:
                s.sendmail("ops@example.org", ["x@elsewhere.net"], "Subject: no\r\n\r\nnope\r\n")
            except smtplib.SMTPRecipientsRefused as e:
                print("all refused:", {k: (v[0], v[1].decode()) for k, v in e.recipients.items()})
        body = relay.messages[0]
        print("stored message headers:", [h.split(":")[0] for h in body if ":" in h and not h.startswith(" ")][:5])

        plain = Relay(sctx, offer_tls=False)
        with smtplib.SMTP("127.0.0.1", plain.server_address[1], timeout=5) as s:
            try:
                s.starttls(context=cctx)
            except smtplib.SMTPNotSupportedError as e:
                print("plain relay:", type(e).__name__, e)
            print("noop:", s.noop())
        for r in (relay, plain):
            r.shutdown()
            r.server_close()


main()
