"""Send a mail through STARTTLS to a fake local SMTP server."""
import os
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
from email.message import EmailMessage


class FakeSMTP(threading.Thread):
    def __init__(self, ctx):
        super().__init__()
        self.ctx = ctx
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.transcript = []
        self.message = None

    def run(self):
        conn, _ = self.listener.accept()
        f = conn.makefile("rb")
        tls = False

        def send(line):
            target.sendall((line + "\r\n").encode())

        target = conn
        send("220 fake.local ESMTP ready")
        while True:
            line = f.readline()
            if not line:
                break
            cmd = line.decode().rstrip("\r\n")
            verb = cmd.split(" ", 1)[0].upper()
            self.transcript.append(("TLS " if tls else "") + verb)
            if verb in ("EHLO", "HELO"):
                if tls:
                    target.sendall(b"250-fake.local\r\n250-AUTH PLAIN\r\n250 SIZE 1000000\r\n")
                else:
                    target.sendall(b"250-fake.local\r\n250-STARTTLS\r\n250 SIZE 1000000\r\n")
            elif verb == "STARTTLS":
                send("220 go ahead")
                f.close()
                target = self.ctx.wrap_socket(conn, server_side=True)
                f = target.makefile("rb")
                tls = True
            elif verb == "MAIL" or verb == "RCPT":
                send("250 ok")
            elif verb == "DATA":
                send("354 end with .")
                data = []
                while True:
                    l = f.readline()
                    if l in (b".\r\n", b""):
                        break
                    data.append(l)
                self.message = b"".join(data)
                send("250 queued as 42")
            elif verb == "QUIT":
                send("221 bye")
                break
            else:
                send("502 not implemented")
        f.close()
        target.close()
        self.listener.close()


def main():
    d = tempfile.mkdtemp()
    cert, key = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    server = FakeSMTP(sctx)
    server.start()

    msg = EmailMessage()
    msg["From"] = "alice@example.com"
    msg["To"] = "bob@example.com"
    msg["Subject"] = "Certificate report"
    msg.set_content("All certificates are valid.\nSee you.\n")

    cctx = ssl.create_default_context(cafile=cert)
    with smtplib.SMTP("localhost", server.port, timeout=10) as smtp:
        code, banner = smtp.ehlo()
        print("ehlo:", code, banner.decode().split("\n"))
        print("has starttls:", smtp.has_extn("starttls"))
        print("starttls:", smtp.starttls(context=cctx))
        smtp.ehlo()
        print("after tls extensions:", sorted(smtp.esmtp_features))
        print("cipher version:", smtp.sock.version())
        refused = smtp.send_message(msg)
        print("refused:", refused)
    server.join(10)
    print("transcript:", server.transcript)
    body = server.message.decode()
    print("subject line:", [l for l in body.splitlines() if l.startswith("Subject:")])
    print("body ends:", body.splitlines()[-2:])
    for n in os.listdir(d):
        os.unlink(os.path.join(d, n))
    os.rmdir(d)


main()
