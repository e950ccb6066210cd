"""Download mail over POP3_SSL into a local Maildir, twice: the first
sync fetches every message, the second only those whose UIDL is new, and
deletes what the server marked as old.  The server is a scripted POP3
responder over TLS (USER/PASS, STAT, UIDL, LIST, TOP, RETR with
dot-stuffing, DELE, QUIT)."""
import email
import mailbox
import os
import poplib
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                    "-subj", "/CN=pop.test", "-addext", "subjectAltName=DNS:pop.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def message(n, subject, body):
    return ("From: sender%d@example.test\r\nTo: me@example.test\r\nSubject: %s\r\n"
            "Message-ID: <m%d@example.test>\r\n\r\n%s" % (n, subject, n, body)).encode()


def pop_server(lsock, ctx, mailboxes, log):
    for box in mailboxes:
        conn, _ = lsock.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            f = s.makefile("rb")

            def w(line):
                s.sendall(line + b"\r\n")
            w(b"+OK POP3 ready")
            deleted = set()
            while True:
                line = f.readline().rstrip(b"\r\n").decode()
                if not line:
                    break
                cmd, _, arg = line.partition(" ")
                cmd = cmd.upper()
                log.append(cmd if cmd != "PASS" else "PASS ***")
                if cmd in ("USER", "PASS"):
                    w(b"+OK")
                elif cmd == "STAT":
                    w(b"+OK %d %d" % (len(box), sum(len(m) for _, m in box)))
                elif cmd in ("UIDL", "LIST"):
                    w(b"+OK")
                    for i, (uid, m) in enumerate(box, 1):
                        w(b"%d %s" % (i, uid.encode() if cmd == "UIDL" else str(len(m)).encode()))
                    w(b".")
                elif cmd in ("RETR", "TOP"):
                    parts = arg.split()
                    uid, m = box[int(parts[0]) - 1]
                    lines = m.split(b"\r\n")
                    if cmd == "TOP":
                        head_end = lines.index(b"")
                        lines = lines[:head_end + 1 + int(parts[1])]
                    w(b"+OK %d octets" % len(m))
                    for l in lines:
                        w(b"." + l if l.startswith(b".") else l)
                    w(b".")
                elif cmd == "DELE":
                    deleted.add(int(arg))
                    w(b"+OK message %s deleted" % arg.encode())
                elif cmd == "QUIT":
                    w(b"+OK bye, %d deleted" % len(deleted))
                    break
                else:
                    w(b"-ERR unknown command")
            f.close()


def sync(port, ctx, maildir, seen_path):
    seen = set()
    if os.path.exists(seen_path):
        with open(seen_path) as f:
            seen = set(f.read().split())
    pop = poplib.POP3_SSL("127.0.0.1", port, context=ctx, timeout=10)
    print(" welcome:", pop.getwelcome())
    pop.user("me")
    pop.pass_("secret")
    count, size = pop.stat()
    print(" stat:", count, "messages")
    resp, listing, _ = pop.uidl()
    fetched = 0
    for entry in listing:
        num, uid = entry.decode().split()
        if uid in seen:
            if uid.startswith("old"):
                print(" delete", num, pop.dele(num))
            continue
        resp, head, _ = pop.top(num, 0)
        subject = email.message_from_bytes(b"\r\n".join(head))["Subject"]
        resp, lines, octets = pop.retr(num)
        msg = email.message_from_bytes(b"\r\n".join(lines))
        key = maildir.add(msg)
        seen.add(uid)
        fetched += 1
        print(" fetched %s %r, %d body lines" % (uid, subject, len(msg.get_payload().splitlines())))
    with open(seen_path, "w") as f:
        f.write("\n".join(sorted(seen)))
    try:
        pop.noop()
    except poplib.error_proto as e:
        print(" NOOP refused:", e)
    print(" quit:", pop.quit())
    return fetched


def main():
    log = []
    first = [("old-1", message(1, "Weekly report", "numbers\r\n.hidden dot line\r\nend")),
             ("new-2", message(2, "Lunch?", "12:30 works"))]
    second = first + [("new-3", message(3, "Re: Lunch?", "see you\r\n..\r\nbye"))]
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(2)
        t = threading.Thread(target=pop_server, args=(lsock, sctx, [first, second], log))
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        ctx.check_hostname = False
        maildir = mailbox.Maildir(os.path.join(d, "Mail"), create=True)
        seen_path = os.path.join(d, "seen-uids")
        for run in (1, 2):
            print("sync", run)
            print(" fetched", sync(lsock.getsockname()[1], ctx, maildir, seen_path), "new")
        t.join(10)
        lsock.close()
        subjects = sorted(m["Subject"] for m in maildir)
        print("maildir now holds:", subjects)
        bodies = sorted(m.get_payload() for m in maildir)
        print("dot-stuffed bodies survived:", [b for b in bodies if "." in b])
    print("server saw:", log)


if __name__ == "__main__":
    main()
