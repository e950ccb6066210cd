"""A news reader over NNTP with STARTTLS against a fake local server:
nntplib.NNTP connects in plaintext, reads capabilities, upgrades with
starttls(context), logs in, selects a group and lists overview data of
the newest articles."""
import nntplib
import os
import socket
import ssl
import subprocess
import tempfile
import threading

ARTICLES = [
    (101, "Re: cert rotation schedule", "ops@example.org", "<a101@example.org>", 812, 20),
    (102, "TLS 1.3 rollout", "sec@example.org", "<a102@example.org>", 1304, 33),
    (103, "Outage postmortem", "sre@example.org", "<a103@example.org>", 2255, 61),
]


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "3", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def fake_nntp(ls, ctx, log):
    conn, _ = ls.accept()
    conn.settimeout(10)
    sock, rfile, tls = conn, conn.makefile("rb"), False

    def send(*lines):
        sock.sendall(b"".join(l.encode() + b"\r\n" for l in lines))

    send("200 news.test ready, posting allowed")
    while True:
        line = rfile.readline()
        if not line:
            break
        words = line.decode().strip().split()
        cmd = words[0].upper()
        log.append(cmd + ("*" if tls else ""))
        if cmd == "CAPABILITIES":
            caps = ["VERSION 2", "READER", "OVER"]
            caps += ["AUTHINFO USER"] if tls else ["STARTTLS"]
            send("101 capability list follows", *caps)
            send(".")
        elif cmd == "STARTTLS":
            send("382 continue with TLS negotiation")
            sock = ctx.wrap_socket(conn, server_side=True)
            rfile = sock.makefile("rb")
            tls = True
        elif cmd == "AUTHINFO":
            if words[1].upper() == "USER":
                send("381 password required")
            else:
                send("281 authentication accepted" if words[2] == "letmein" else "481 rejected")
        elif cmd == "GROUP":
            if words[1] == "corp.ops":
                send("211 3 101 103 corp.ops")
            else:
                send("411 no such group")
        elif cmd == "OVER":
            send("224 overview follows")
            for num, subj, frm, mid, size, lines in ARTICLES:
                send("\t".join([str(num), subj, frm, "Mon, 01 Jan 2024 10:%02d:00 +0000" % (num - 100),
                                mid, "", str(size), str(lines)]))
            send(".")
        elif cmd == "QUIT":
            send("205 bye")
            break
        else:
            send("500 unknown command")
    sock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(1)
        log = []
        t = threading.Thread(target=fake_nntp, args=(ls, sctx, log))
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        s = nntplib.NNTP("localhost", ls.getsockname()[1], readermode=False, usenetrc=False, timeout=10)
        print("welcome:", s.getwelcome())
        print("can post:", s.getcapabilities().get("STARTTLS") is not None)
        s.starttls(context=cctx)
        print("tls:", s.sock.version(), "caps now:", sorted(s.getcapabilities()))
        s.login("reader", "letmein")
        resp, count, first, last, name = s.group("corp.ops")
        print(resp, count, first, last, name)
        resp, overviews = s.over((first, last))
        for num, over in overviews:
            print("%d %-28s %-16s %5s bytes %s" % (num, over["subject"], over["from"], over[":bytes"],
                                                   nntplib.decode_header(over["subject"]) == over["subject"]))
        try:
            s.group("alt.nowhere")
        except nntplib.NNTPTemporaryError as exc:
            print("missing group:", exc)
        print(s.quit())
        t.join(10)
        ls.close()
        print("server log:", " ".join(log))


main()
