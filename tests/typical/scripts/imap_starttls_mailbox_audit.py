"""An IMAP mailbox audit over STARTTLS: a fake IMAP4rev1 server in a
thread (untagged CAPABILITY, STARTTLS, LOGIN only after TLS, LIST,
SELECT, SEARCH, FETCH of headers, LOGOUT), imaplib.IMAP4 upgrading with
starttls(ssl_context=...), and the errors imaplib raises for refused
commands."""
import imaplib
import os
import re
import socket
import ssl
import subprocess
import tempfile
import threading

MAILBOXES = {"INBOX": ["Renewal reminder: portal.example", "Weekly report", "Certificate expired: old.example"],
             "Archive": ["Old news"]}


class FakeIMAP(threading.Thread):
    def __init__(self, ctx):
        super().__init__(daemon=True)
        self.ctx = ctx
        self.ls = socket.socket()
        self.ls.bind(("127.0.0.1", 0))
        self.ls.listen(1)
        self.port = self.ls.getsockname()[1]
        self.commands = []

    def run(self):
        conn, _ = self.ls.accept()
        self.ls.close()
        self.sock = conn
        self.f = conn.makefile("rb")
        tls = False
        selected = None
        self.send("* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] fake server ready")
        while True:
            line = self.f.readline()
            if not line:
                break
            tag, cmd, *rest = line.decode().rstrip("\r\n").split(" ", 2)
            args = rest[0] if rest else ""
            self.commands.append(cmd.upper() + (" (tls)" if tls else ""))
            cmd = cmd.upper()
            if cmd == "CAPABILITY":
                caps = "IMAP4rev1 AUTH=PLAIN" if tls else "IMAP4rev1 STARTTLS LOGINDISABLED"
                self.send("* CAPABILITY " + caps)
                self.send(tag + " OK CAPABILITY completed")
            elif cmd == "STARTTLS":
                self.send(tag + " OK Begin TLS negotiation now")
                self.sock = self.ctx.wrap_socket(self.sock, server_side=True)
                self.f = self.sock.makefile("rb")
                tls = True
            elif cmd == "LOGIN":
                user, pw = args.split(" ")
                if not tls:
                    self.send(tag + " NO LOGIN disabled")
                elif pw.strip('"') == "hunter2":
                    self.send(tag + " OK LOGIN completed")
                else:
                    self.send(tag + " NO [AUTHENTICATIONFAILED] Invalid credentials")
            elif cmd == "LIST":
                for name in sorted(MAILBOXES):
                    self.send('* LIST (\\HasNoChildren) "/" %s' % name)
                self.send(tag + " OK LIST completed")
            elif cmd == "SELECT":
                name = args.strip('"')
                if name not in MAILBOXES:
                    self.send(tag + " NO Mailbox does not exist")
                    continue
                selected = name
                self.send("* %d EXISTS" % len(MAILBOXES[name]))
                self.send("* 0 RECENT")
                self.send(tag + " OK [READ-WRITE] SELECT completed")
            elif cmd == "SEARCH":
                word = re.search(r'SUBJECT "([^"]+)"', args).group(1)
                hits = [str(i + 1) for i, s in enumerate(MAILBOXES[selected]) if word.lower() in s.lower()]
                self.send("* SEARCH " + " ".join(hits))
                self.send(tag + " OK SEARCH completed")
            elif cmd == "FETCH":
                num = int(args.split(" ")[0])
                hdr = "Subject: %s\r\n\r\n" % MAILBOXES[selected][num - 1]
                self.send("* %d FETCH (BODY[HEADER.FIELDS (SUBJECT)] {%d}" % (num, len(hdr)))
                self.sock.sendall(hdr.encode())
                self.send(")")
                self.send(tag + " OK FETCH completed")
            elif cmd == "LOGOUT":
                self.send("* BYE logging out")
                self.send(tag + " OK LOGOUT completed")
                break
            else:
                self.send(tag + " BAD unknown command")
        self.sock.close()

    def send(self, text):
        self.sock.sendall((text + "\r\n").encode())


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "imap.crt"), os.path.join(d, "imap.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=imap.local", "-addext", "subjectAltName=DNS:imap.local,DNS:localhost",
                        "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = FakeIMAP(sctx)
        server.start()
        M = imaplib.IMAP4("localhost", server.port)
        print("welcome:", M.welcome.decode())
        print("capabilities before:", sorted(M.capabilities))
        try:
            M.login("auditor", "hunter2")
        except M.error as e:
            print("login before TLS:", e)
        typ, data = M.starttls(ssl_context=ssl.create_default_context(cafile=crt))
        print("starttls:", typ, data)
        print("capabilities after:", sorted(M.capabilities))
        try:
            M.login("auditor", "wrong")
        except imaplib.IMAP4.error as e:
            print("bad password:", e)
        print("login:", M.login("auditor", "hunter2"))
        typ, boxes = M.list()
        print("list:", typ, [b.decode() for b in boxes])
        print("select missing:", M.select("Nowhere"))
        typ, count = M.select("INBOX")
        print("select:", typ, count)
        typ, hits = M.search(None, 'SUBJECT "certificate"')
        print("search:", typ, hits)
        for num in hits[0].split():
            typ, parts = M.fetch(num, "(BODY[HEADER.FIELDS (SUBJECT)])")
            print("fetch", num.decode(), typ, parts[0][0].decode(), repr(parts[0][1].decode().strip()))
        print("logout:", M.logout())
        server.join(5)
        print("server saw:", server.commands)


main()
