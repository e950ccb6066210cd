"""smtplib against a scripted SMTP server that speaks over a raw socket
in a thread and upgrades to TLS on STARTTLS: EHLO before and after the
upgrade (the extensions change: AUTH only once encrypted), AUTH PLAIN,
a message with two recipients of which one is refused
(SMTPRecipientsRefused is not raised: send_message returns the
refusals), a 552 on DATA for an oversized message, RSET and QUIT. The
server logs the verbs it saw, with the TLS version once upgraded."""
import base64
import email.message
import os
import shutil
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading

LOG = []


def server(lsock, ctx):
    raw, _ = lsock.accept()
    conn = raw
    f = conn.makefile("rb")
    tls = False

    def say(line):
        conn.sendall(line.encode() + b"\r\n")

    say("220 mail.test ESMTP scripted")
    while True:
        line = f.readline().decode().rstrip("\r\n")
        if not line:
            break
        verb = line.split(" ")[0].upper()
        LOG.append("%s%s" % ("[%s] " % conn.version() if tls else "", verb if verb != "AUTH" else line.split(" ")[0] + " " + line.split(" ")[1]))
        if verb == "EHLO":
            exts = ["mail.test greets " + line.split(" ", 1)[1], "SIZE 2000", "8BITMIME"]
            exts += ["AUTH PLAIN"] if tls else ["STARTTLS"]
            for i, e in enumerate(exts):
                say("250%s%s" % (" " if i == len(exts) - 1 else "-", e))
        elif verb == "STARTTLS":
            say("220 go ahead")
            f.close()
            conn = ctx.wrap_socket(raw, server_side=True)
            f = conn.makefile("rb")
            tls = True
        elif verb == "AUTH":
            user, password = base64.b64decode(line.split(" ")[2]).split(b"\0")[1:]
            if (user, password) == (b"relay", b"hunter2"):
                say("235 2.7.0 accepted")
            else:
                say("535 5.7.8 bad credentials")
        elif verb == "MAIL":
            say("250 sender ok")
        elif verb == "RCPT":
            if "blocked" in line:
                say("550 5.1.1 no such user here")
            else:
                say("250 recipient ok")
        elif verb == "DATA":
            say("354 end with .")
            size = 0
            while True:
                l = f.readline()
                if l in (b".\r\n", b""):
                    break
                size += len(l)
            LOG.append("  message of %s" % ("over 2000 bytes" if size > 2000 else "under 2000 bytes"))
            if size > 2000:
                say("552 5.3.4 message too big")
            else:
                say("250 queued as Q1")
        elif verb == "RSET":
            say("250 reset")
        elif verb == "QUIT":
            say("221 bye")
            break
        else:
            say("502 command not implemented")
    f.close()
    # smtplib's quit() closes the socket without a TLS close_notify: no
    # unwrap here, which would wait for one.
    conn.close()


def main():
    d = tempfile.mkdtemp()
    try:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", "2", "-subj", "/CN=mail.test",
                               "-addext", "subjectAltName=DNS:mail.test", "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=server, args=(lsock, sctx))
        t.start()

        cctx = ssl.create_default_context(cafile=crt)
        smtp = smtplib.SMTP("127.0.0.1", lsock.getsockname()[1], local_hostname="client.test", timeout=10)
        smtp._host = "mail.test"  # the name the certificate is checked against
        code, msg = smtp.ehlo()
        print("EHLO:", code, sorted(smtp.esmtp_features))
        print("STARTTLS:", smtp.starttls(context=cctx))
        print("features are forgotten until the next EHLO:", smtp.esmtp_features == {})
        smtp.ehlo()
        print("EHLO again:", sorted(smtp.esmtp_features), "max size", smtp.esmtp_features["size"])
        try:
            smtp.login("relay", "wrong")
        except smtplib.SMTPAuthenticationError as e:
            print("login refused:", e.smtp_code, e.smtp_error.decode())
        print("login:", smtp.login("relay", "hunter2"))

        msg = email.message.EmailMessage()
        msg["From"] = "ops@client.test"
        msg["To"] = "alice@mail.test, blocked@mail.test"
        msg["Subject"] = "nightly report"
        msg.set_content("all green\n")
        print("refused recipients:", smtp.send_message(msg))

        big = email.message.EmailMessage()
        big["From"] = "ops@client.test"
        big["To"] = "alice@mail.test"
        big["Subject"] = "attachment"
        big.set_content("see attached\n")
        big.add_attachment(b"\0" * 3000, maintype="application", subtype="octet-stream", filename="dump.bin")
        try:
            smtp.send_message(big)
        except smtplib.SMTPDataError as e:
            print("too big:", e.smtp_code, e.smtp_error.decode())
        print("RSET:", smtp.rset())
        print("NOOP unsupported:", smtp.noop())
        print("QUIT:", smtp.quit())
        t.join(10)
        lsock.close()
        for entry in LOG:
            print("server:", entry)
    finally:
        shutil.rmtree(d)


main()
