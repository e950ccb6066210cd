"""imaplib.IMAP4_SSL against a small fake IMAP server: LOGIN, CAPABILITY,
LIST, SELECT, SEARCH, FETCH of literals parsed with the email package,
STORE flags, LOGOUT, and the IMAP4.error for a failed command."""
import email
import os
import re
import socket
import ssl
import subprocess
import tempfile
import threading
import imaplib

MAILBOX = [
    b"From: ann@example.test\r\nTo: me@example.test\r\nSubject: Lunch?\r\n\r\nNoon at the usual place.\r\n",
    b"From: build@ci.test\r\nTo: me@example.test\r\nSubject: Build #42 failed\r\n\r\ntests: 3 failures\r\n",
    b"From: ann@example.test\r\nTo: me@example.test\r\nSubject: Re: Lunch?\r\n\r\nMake it 12:30.\r\n",
]


def make_cert(d):
    key, crt = os.path.join(d, "imap.key"), os.path.join(d, "imap.crt")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def imap_server(listener, ctx):
    raw, _ = listener.accept()
    conn = ctx.wrap_socket(raw, server_side=True)
    f = conn.makefile("rb")
    out = lambda s: conn.sendall(s if isinstance(s, bytes) else s.encode())
    out("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake imapd ready\r\n")
    flags = {i + 1: set() for i in range(len(MAILBOX))}
    while True:
        line = f.readline().decode().rstrip("\r\n")
        if not line:
            break
        tag, cmd, *rest = line.split(" ", 2)
        arg = rest[0] if rest else ""
        cmd = cmd.upper()
        if cmd == "CAPABILITY":
            out("* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE\r\n%s OK done\r\n" % tag)
        elif cmd == "LOGIN":
            user, pw = arg.split(" ")
            if pw.strip('"') == "hunter2":
                out("%s OK [CAPABILITY IMAP4rev1 IDLE] logged in\r\n" % tag)
            else:
                out("%s NO [AUTHENTICATIONFAILED] invalid credentials\r\n" % tag)
        elif cmd == "LIST":
            out('* LIST (\\HasNoChildren) "/" INBOX\r\n* LIST (\\HasNoChildren \\Sent) "/" "Sent Items"\r\n')
            out("%s OK LIST completed\r\n" % tag)
        elif cmd == "SELECT":
            out("* %d EXISTS\r\n* 0 RECENT\r\n* FLAGS (\\Seen \\Flagged)\r\n" % len(MAILBOX))
            out("%s OK [READ-WRITE] SELECT completed\r\n" % tag)
        elif cmd == "SEARCH":
            m = re.match(r'FROM "?([^"]+)"?', arg)
            hits = [str(i + 1) for i, msg in enumerate(MAILBOX)
                    if m is None or m.group(1).encode() in msg.split(b"\r\n")[0]]
            out("* SEARCH %s\r\n%s OK SEARCH completed\r\n" % (" ".join(hits), tag))
        elif cmd == "FETCH":
            num, what = arg.split(" ", 1)
            msg = MAILBOX[int(num) - 1]
            out(b"* %s FETCH (FLAGS (%s) RFC822 {%d}\r\n" % (num.encode(), " ".join(sorted(flags[int(num)])).encode(), len(msg)))
            out(msg + b")\r\n")
            out("%s OK FETCH completed\r\n" % tag)
        elif cmd == "STORE":
            num, op, fl = arg.split(" ", 2)
            flags[int(num)].update(fl.strip("()").split())
            out("* %s FETCH (FLAGS (%s))\r\n%s OK STORE completed\r\n" % (num, " ".join(sorted(flags[int(num)])), tag))
        elif cmd == "LOGOUT":
            out("* BYE see you\r\n%s OK LOGOUT completed\r\n" % tag)
            break
        else:
            out("%s BAD unknown command %s\r\n" % (tag, cmd))
    f.close()
    conn.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        for password in ("wrong", "hunter2"):
            listener = socket.socket()
            listener.bind(("127.0.0.1", 0))
            listener.listen(1)
            t = threading.Thread(target=imap_server, args=(listener, sctx))
            t.start()
            M = imaplib.IMAP4_SSL("localhost", listener.getsockname()[1], ssl_context=cctx)
            print("welcome:", M.welcome)
            print("capabilities:", sorted(M.capabilities))
            try:
                typ, data = M.login("me@example.test", password)
            except M.error as e:
                print("login failed:", e)
                M.logout()
                t.join(10)
                listener.close()
                continue
            print("login:", typ, data)
            typ, boxes = M.list()
            for b in boxes:
                flags, sep, name = re.match(rb'\((.*?)\) "(.)" (.*)', b).groups()
                print("  mailbox %-14s flags=%s" % (name.decode().strip('"'), flags.decode().split()))
            typ, data = M.select("INBOX")
            print("select:", typ, data, "state:", M.state)
            typ, data = M.search(None, 'FROM "ann@example.test"')
            nums = data[0].split()
            print("search:", typ, nums)
            for num in nums:
                typ, parts = M.fetch(num, "(FLAGS RFC822)")
                header, body = parts[0]
                msg = email.message_from_bytes(body)
                print("  #%s %-8s %-12s %s" % (num.decode(), msg["From"].split("@")[0], msg["Subject"],
                                                msg.get_payload().strip()))
            typ, data = M.store(b"3", "+FLAGS", "(\\Seen \\Flagged)")
            print("store:", typ, data)
            try:
                M.xatom("FROB", "x")
            except M.error as e:
                print("xatom error:", e)
            print("logout:", M.logout())
            t.join(10)
            listener.close()


if __name__ == "__main__":
    main()
