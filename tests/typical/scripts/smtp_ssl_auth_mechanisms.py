"""smtplib.SMTP_SSL against a scripted implicit-TLS SMTP server that checks
AUTH CRAM-MD5, PLAIN and LOGIN (one advertised per connection), rejects a
wrong password with 535, and records what each client sent."""
import base64
import hashlib
import hmac
import os
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading

USERS = {"alice": "wonderland", "bob": "builder"}
CHALLENGE = b"<1896.697170952@smtp.test>"


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
                    "-subj", "/CN=smtp.test", "-addext", "subjectAltName=DNS:smtp.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def b64(s):
    return base64.b64encode(s).decode()


def unb64(s):
    return base64.b64decode(s.strip())


def check(mech, f, w, arg, log):
    if mech == "CRAM-MD5":
        w("334 " + b64(CHALLENGE))
        user, digest = unb64(f.readline()).decode().split(" ")
        want = hmac.new(USERS.get(user, "").encode(), CHALLENGE, hashlib.md5).hexdigest()
        ok = hmac.compare_digest(want, digest)
    elif mech == "PLAIN":
        if not arg:
            w("334 ")
            arg = f.readline().decode()
        _, user, pw = unb64(arg).decode().split("\0")
        ok = USERS.get(user) == pw
    else:
        if not arg:
            w("334 " + b64(b"Username:"))
            arg = f.readline().decode()
        user = unb64(arg).decode()
        w("334 " + b64(b"Password:"))
        ok = USERS.get(user) == unb64(f.readline()).decode()
    log.append("%s for %s: %s" % (mech, user, "ok" if ok else "denied"))
    return ok


def serve(ctx, lsock, mechs, log):
    for mech in mechs:
        conn, _ = lsock.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            f = s.makefile("rb")

            def w(line):
                s.sendall(line.encode() + b"\r\n")
            w("220 smtp.test ESMTP ready")
            authed = False
            while True:
                line = f.readline().decode().rstrip("\r\n")
                if not line:
                    break
                verb, _, rest = line.partition(" ")
                verb = verb.upper()
                if verb == "EHLO":
                    w("250-smtp.test hello " + rest)
                    w("250-SIZE 1000000")
                    w("250 AUTH " + mech)
                elif verb == "AUTH":
                    m, _, arg = rest.partition(" ")
                    if m.upper() != mech:
                        w("504 5.5.4 mechanism not offered")
                    elif check(mech, f, w, arg, log):
                        authed = True
                        w("235 2.7.0 Authentication successful")
                    else:
                        w("535 5.7.8 Authentication credentials invalid")
                elif verb == "MAIL":
                    w("250 ok" if authed else "530 5.7.0 Authentication required")
                elif verb == "RCPT":
                    w("250 ok")
                elif verb == "DATA":
                    w("354 go ahead")
                    body = []
                    while True:
                        l = f.readline()
                        if l in (b".\r\n", b""):
                            break
                        body.append(l)
                    log.append("message of %d lines, subject %r" % (
                        len(body), [b for b in body if b.startswith(b"Subject:")][0].strip()))
                    w("250 queued as 42")
                elif verb == "QUIT":
                    w("221 bye")
                    break
                else:
                    w("502 command not implemented")
            f.close()


def main():
    log = []
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(4)
        port = lsock.getsockname()[1]
        mechs = ["CRAM-MD5", "PLAIN", "LOGIN", "LOGIN"]
        t = threading.Thread(target=serve, args=(sctx, lsock, mechs, log))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        cctx.check_hostname = False
        for mech, (user, pw) in zip(mechs, [("alice", "wonderland"), ("bob", "builder"),
                                            ("alice", "wonderland"), ("bob", "wrong")]):
            with smtplib.SMTP_SSL("127.0.0.1", port, local_hostname="client.test",
                                  context=cctx, timeout=10) as smtp:
                code, msg = smtp.ehlo()
                print(mech, "ehlo:", code, msg.split(b"\n"))
                print(" features:", sorted(smtp.esmtp_features.items()))
                try:
                    print(" login:", smtp.login(user, pw))
                except smtplib.SMTPAuthenticationError as e:
                    print(" login failed:", e.smtp_code, e.smtp_error)
                    try:
                        smtp.sendmail("bob@test", ["x@test"], "Subject: nope\r\n\r\nx\r\n")
                    except smtplib.SMTPSenderRefused as e2:
                        print(" sendmail refused:", e2.smtp_code, e2.smtp_error, e2.sender)
                    continue
                refused = smtp.sendmail(user + "@test", ["ops@test", "dev@test"],
                                        "Subject: via %s\r\n\r\nbody\r\nline two\r\n" % mech)
                print(" refused:", refused)
        t.join(10)
        lsock.close()
    for line in log:
        print("server:", line)


if __name__ == "__main__":
    main()
