"""How smtplib behaves around STARTTLS against servers that get it
wrong: a server that does not offer STARTTLS (SMTPNotSupportedError), one
that refuses it (SMTPResponseException), one whose certificate is not
trusted (ssl.SSLError), and a good one, followed by ehlo_or_helo and
has_extn checks after the upgrade."""
import os
import smtplib
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def fake_server(ctx, behaviour):
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)

    def run():
        conn, _ = lsock.accept()
        conn.settimeout(10)
        sock, f = conn, conn.makefile("rb")
        tls = False
        try:
            sock.sendall(b"220 edge.test ESMTP\r\n")
            while True:
                line = f.readline()
                if not line:
                    break
                verb = line.strip().split(b" ")[0].upper()
                if verb == b"EHLO":
                    exts = [b"edge.test", b"SIZE 1000000"]
                    if behaviour != "no-starttls" and not tls:
                        exts.append(b"STARTTLS")
                    if tls:
                        exts.append(b"AUTH PLAIN")
                    sock.sendall(b"".join(b"250" + (b" " if i == len(exts) - 1 else b"-") + e + b"\r\n"
                                          for i, e in enumerate(exts)))
                elif verb == b"STARTTLS":
                    if behaviour == "refuse":
                        sock.sendall(b"454 4.7.0 TLS not available due to temporary reason\r\n")
                        continue
                    sock.sendall(b"220 2.0.0 Ready to start TLS\r\n")
                    try:
                        sock = ctx.wrap_socket(conn, server_side=True)
                    except (ssl.SSLError, OSError):
                        break
                    f = sock.makefile("rb")
                    tls = True
                elif verb == b"NOOP":
                    sock.sendall(b"250 2.0.0 OK\r\n")
                elif verb == b"QUIT":
                    sock.sendall(b"221 2.0.0 Bye\r\n")
                    break
                else:
                    sock.sendall(b"500 5.5.2 what?\r\n")
        finally:
            sock.close()
            lsock.close()
    t = threading.Thread(target=run)
    t.start()
    return lsock.getsockname()[1], t


def attempt(name, behaviour, sctx, cctx):
    port, t = fake_server(sctx, behaviour)
    print("==", name)
    smtp = smtplib.SMTP("127.0.0.1", port, timeout=10)
    try:
        code, msg = smtp.ehlo()
        print("ehlo:", code, msg.decode().splitlines())
        print("starttls offered:", smtp.has_extn("starttls"))
        try:
            code, msg = smtp.starttls(context=cctx)
        except smtplib.SMTPNotSupportedError as exc:
            print("SMTPNotSupportedError:", exc)
        except smtplib.SMTPResponseException as exc:
            print("%s: %d %s" % (type(exc).__name__, exc.smtp_code, exc.smtp_error.decode()))
        except ssl.SSLError as exc:
            print("ssl.SSLError reason:", exc.reason)
            smtp.close()
            return
        else:
            print("starttls:", code, msg.decode())
            smtp.ehlo_or_helo_if_needed()
            print("after upgrade: auth offered=%s starttls offered=%s tls=%s" % (
                smtp.has_extn("auth"), smtp.has_extn("starttls"), smtp.sock.version() is not None))
        print("noop:", smtp.noop())
        smtp.quit()
    finally:
        smtp.close()
        t.join(10)


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        trusting = ssl.create_default_context(cafile=crt)
        trusting.check_hostname = False
        strict = ssl.create_default_context()
        attempt("server without STARTTLS", "no-starttls", sctx, trusting)
        attempt("server refusing STARTTLS", "refuse", sctx, trusting)
        attempt("untrusted certificate", "ok", sctx, strict)
        attempt("good upgrade", "ok", sctx, trusting)


main()
