"""imaplib.IMAP4_SSL against a tiny fake IMAP server: LOGIN, SELECT, SEARCH, FETCH literals, STORE."""
import imaplib
import os
import re
import socket
import ssl
import subprocess
import tempfile
import threading

MESSAGES = {
    1: b"From: ops@example.org\r\nSubject: cert renewal\r\n\r\nRenew shop.example by Friday.\r\n",
    2: b"From: bob@example.org\r\nSubject: lunch\r\n\r\nPizza?\r\n",
    3: b"From: ops@example.org\r\nSubject: cert expired\r\n\r\nstaging.example expired.\r\n",
}


def make_cert(d):
    cert, key = os.path.join(d, "imap.crt"), os.path.join(d, "imap.key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def imap_server(lsock, ctx, log):
    raw, _ = lsock.accept()
    conn = ctx.wrap_socket(raw, server_side=True)
    f = conn.makefile("rb")
    flags = {n: set() for n in MESSAGES}

    def send(line):
        conn.sendall(line + b"\r\n")

    send(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake imapd ready")
    while True:
        line = f.readline()
        if not line:
            break
        tag, cmd, *rest = line.rstrip(b"\r\n").split(b" ", 2)
        cmd = cmd.upper()
        arg = rest[0] if rest else b""
        log.append(cmd.decode())
        if cmd == b"CAPABILITY":
            send(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN")
        elif cmd == b"LOGIN":
            if arg == b'carol "pa ss"':
                send(tag + b" OK LOGIN completed")
            else:
                send(tag + b" NO [AUTHENTICATIONFAILED] invalid credentials")
                continue
            continue
        elif cmd == b"SELECT":
            send(b"* %d EXISTS" % len(MESSAGES))
            send(b"* 0 RECENT")
            send(b"* FLAGS (\\Seen \\Flagged)")
            send(tag + b" OK [READ-WRITE] SELECT completed")
            continue
        elif cmd == b"SEARCH":
            m = re.match(rb'FROM "([^"]+)"', arg)
            hits = [n for n, body in MESSAGES.items() if m and m.group(1) in body.split(b"\r\n")[0]]
            send(b"* SEARCH " + b" ".join(b"%d" % n for n in hits))
        elif cmd == b"FETCH":
            nums, what = arg.split(b" ", 1)
            for n in (int(x) for x in nums.split(b",")):
                body = MESSAGES[n] if b"RFC822" in what else MESSAGES[n].split(b"\r\n")[1] + b"\r\n"
                conn.sendall(b"* %d FETCH (FLAGS (%s) BODY[] {%d}\r\n" % (
                    n, b" ".join(sorted(flags[n])), len(body)) + body + b")\r\n")
        elif cmd == b"STORE":
            n, _, flag = arg.split(b" ", 2)
            flags[int(n)].add(flag.strip(b"()"))
            send(b"* %s FETCH (FLAGS (%s))" % (n, b" ".join(sorted(flags[int(n)]))))
        elif cmd == b"LOGOUT":
            send(b"* BYE see you")
            send(tag + b" OK LOGOUT completed")
            break
        else:
            send(tag + b" BAD unknown command")
            continue
        send(tag + b" OK " + cmd + b" completed")
    conn.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        lsock.settimeout(10)
        log = []
        t = threading.Thread(target=imap_server, args=(lsock, sctx, log))
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        M = imaplib.IMAP4_SSL("localhost", lsock.getsockname()[1], ssl_context=cctx)
        M.sock.settimeout(10)
        print("welcome:", M.welcome)
        print("capabilities:", M.capabilities)
        try:
            M.login("carol", "wrong")
        except M.error as exc:
            print("login error:", exc)
        print("login:", M.login("carol", "pa ss"))
        print("select:", M.select("INBOX"))
        typ, data = M.search(None, 'FROM "ops@example.org"')
        print("search:", typ, data)
        for num in data[0].split():
            typ, parts = M.fetch(num, "(RFC822)")
            headers = dict(line.split(": ", 1) for line in parts[0][1].decode().split("\r\n\r\n")[0].split("\r\n"))
            print(" #%s" % num.decode(), parts[0][0], headers["Subject"])
        print("store:", M.store("1", "+FLAGS", "(\\Seen)"))
        typ, parts = M.fetch("1,2", "(BODY[HEADER.FIELDS (SUBJECT)])")
        print("fetch two:", typ, [p for p in parts if isinstance(p, tuple)])
        try:
            M.xatom("NOOPX")
        except M.error as exc:
            print("xatom error:", exc)
        print("logout:", M.logout())
        t.join(10)
        lsock.close()
        print("server log:", " ".join(log))
        free = socket.socket()
        free.bind(("127.0.0.1", 0))
        closed_port = free.getsockname()[1]  # bound, not listening: refused
        try:
            imaplib.IMAP4(port=closed_port)
        except OSError as exc:
            print("default host, closed port:", type(exc).__name__, exc.errno)
        free.close()


if __name__ == "__main__":
    main()
