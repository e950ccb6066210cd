"""Mail a certificate report with an attachment through a local fake SMTP server (SMTP_SSL)."""
import os
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading
from email import encoders
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, parseaddr


def fake_smtps(lsock, ctx, store):
    conn, _ = lsock.accept()
    s = ctx.wrap_socket(conn, server_side=True)
    f = s.makefile("rb")
    s.sendall(b"220 smtps.local ready\r\n")
    while True:
        line = f.readline().decode().strip()
        if not line:
            break
        verb = line.split()[0].upper()
        store.setdefault("verbs", []).append(verb)
        if verb == "EHLO":
            s.sendall(b"250-smtps.local\r\n250 8BITMIME\r\n")
        elif verb == "DATA":
            s.sendall(b"354 go\r\n")
            lines = []
            for l in iter(f.readline, b""):
                if l == b".\r\n":
                    break
                lines.append(l)
            store["data"] = b"".join(lines).decode()
            s.sendall(b"250 ok\r\n")
        elif verb == "QUIT":
            s.sendall(b"221 bye\r\n")
            break
        else:
            s.sendall(b"250 ok\r\n")
    f.close()
    s.close()


def main():
    d = tempfile.mkdtemp()
    crt, key = os.path.join(d, "c"), os.path.join(d, "k")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(1)
    store = {}
    th = threading.Thread(target=fake_smtps, args=(ls, sctx, store))
    th.start()

    msg = MIMEMultipart()
    msg["From"] = formataddr(("Cert Bot", "bot@example.com"))
    msg["To"] = "ops@example.com"
    msg["Subject"] = "Weekly certificate report"
    msg.attach(MIMEText("3 certificates expire this month.\n", "plain"))
    msg.attach(MIMEText("<p>3 certificates expire</p>", "html"))
    part = MIMEBase("application", "octet-stream")
    part.set_payload(b"host,days\nexample.com,12\n")
    encoders.encode_base64(part)
    part.add_header("Content-Disposition", "attachment", filename="report.csv")
    msg.attach(part)
    print("parts:", [p.get_content_type() for p in msg.walk()])
    print("is_multipart:", msg.is_multipart(), len(msg.get_payload()))
    print("parseaddr:", parseaddr(msg["From"]))

    ctx = ssl.create_default_context(cafile=crt)
    with smtplib.SMTP_SSL("localhost", ls.getsockname()[1], context=ctx, timeout=10) as smtp:
        smtp.ehlo()
        print("refused:", smtp.sendmail("bot@example.com", ["ops@example.com"], msg.as_string()))
    th.join()
    ls.close()
    print("verbs:", store["verbs"])
    data = store["data"]
    print("subject seen:", "Subject: Weekly certificate report" in data)
    print("attachment seen:", 'filename="report.csv"' in data)
    print("base64 body seen:", "aG9zdCxkYXlzCmV4YW1wbGUuY29tLDEyCg==" in data)
    subprocess.call(["rm", "-rf", d])


main()
