"""Send a message through a fake STARTTLS relay with smtplib's debug output on."""
import base64
import email.message
import os
import smtplib
import socket
import ssl
import subprocess
import sys
import tempfile
import threading


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "5",
         "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Relay(threading.Thread):
    def __init__(self, ctx):
        super().__init__(daemon=True)
        self.ctx = ctx
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.listener.settimeout(10)
        self.port = self.listener.getsockname()[1]
        self.transcript = []
        self.body = b""

    def run(self):
        conn, _ = self.listener.accept()
        conn.settimeout(10)
        f = conn.makefile("rb")
        tls = False

        def reply(text):
            conn.sendall(text.encode("ascii") + b"\r\n")

        reply("220 relay.test ESMTP ready")
        while True:
            line = f.readline().decode("ascii").rstrip("\r\n")
            if not line:
                break
            verb = line.split(" ", 1)[0].upper()
            self.transcript.append(("tls " if tls else "") + verb)
            if verb == "EHLO":
                lines = ["relay.test greets you", "SIZE 10240"]
                lines.append("AUTH PLAIN LOGIN" if tls else "STARTTLS")
                for i, text in enumerate(lines):
                    reply("250%s%s" % ("-" if i < len(lines) - 1 else " ", text))
            elif verb == "STARTTLS":
                reply("220 go ahead")
                conn = self.ctx.wrap_socket(conn, server_side=True)
                f = conn.makefile("rb")
                tls = True
            elif verb == "AUTH":
                creds = base64.b64decode(line.split()[2]).split(b"\0")
                ok = creds[1:] == [b"alice", b"s3cret"]
                reply("235 2.7.0 accepted" if ok else "535 5.7.8 bad credentials")
            elif verb in ("MAIL", "RCPT"):
                reply("250 ok")
            elif verb == "DATA":
                reply("354 end with dot")
                chunks = []
                while True:
                    data = f.readline()
                    if data == b".\r\n":
                        break
                    chunks.append(data)
                self.body = b"".join(chunks)
                reply("250 queued as 42")
            elif verb == "QUIT":
                reply("221 bye")
                break
            else:
                reply("502 not implemented")
        conn.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        relay = Relay(sctx)
        relay.start()
        cctx = ssl.create_default_context(cafile=cert)
        msg = email.message.EmailMessage()
        msg["From"] = "alice@example.org"
        msg["To"] = "bob@example.org"
        msg["Subject"] = "quarterly numbers"
        msg.set_content("All green.\n.leading dot line\nBye\n")
        with smtplib.SMTP("localhost", relay.port, local_hostname="client.test", timeout=10) as smtp:
            smtp.set_debuglevel(1)
            print("ehlo:", smtp.ehlo())
            print("has starttls:", smtp.has_extn("starttls"))
            code, text = smtp.starttls(context=cctx)
            print("starttls:", code, text)
            print("cipher proto:", smtp.sock.version() is not None)
            smtp.ehlo()
            print("features:", sorted(smtp.esmtp_features))
            try:
                smtp.login("alice", "wrong")
            except smtplib.SMTPAuthenticationError as e:
                print("auth failed:", e.smtp_code, e.smtp_error)
            print("login:", smtp.login("alice", "s3cret"))
            refused = smtp.send_message(msg)
            print("refused:", refused)
        relay.join(10)
        print("transcript:", " ".join(relay.transcript))
        print("dot-stuffed:", b"\r\n..leading" in relay.body)
        print("subject line:", [l for l in relay.body.split(b"\r\n") if l.startswith(b"Subject")])


if __name__ == "__main__":
    main()
