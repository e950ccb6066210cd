"""poplib.POP3_SSL and POP3 with STLS against a fake POP3 server: USER/
PASS, STAT, LIST, UIDL, RETR parsed with email, TOP, DELE, RSET and the
error_proto exception."""
import email
import os
import poplib
import socket
import ssl
import subprocess
import tempfile
import threading

MESSAGES = [
    b"From: ops@example.test\r\nSubject: Disk usage 91%\r\n\r\n/var is almost full.\r\n..leading dot line\r\n",
    b"From: hr@example.test\r\nSubject: Holiday schedule\r\n\r\nOffice closed on Friday.\r\n",
]


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def pop_server(listener, ctx, implicit):
    conn, _ = listener.accept()
    if implicit:
        conn = ctx.wrap_socket(conn, server_side=True)
    f = conn.makefile("rb")
    send = lambda text: conn.sendall(text.encode() + b"\r\n")
    send("+OK fake pop3 ready")
    deleted = set()
    while True:
        line = f.readline().decode().rstrip("\r\n")
        if not line:
            break
        cmd, _, arg = line.partition(" ")
        cmd = cmd.upper()
        if cmd == "CAPA":
            conn.sendall(b"+OK\r\nUSER\r\nUIDL\r\nTOP\r\n" + (b"" if implicit else b"STLS\r\n") + b".\r\n")
        elif cmd == "STLS":
            send("+OK begin TLS")
            f.close()
            conn = ctx.wrap_socket(conn, server_side=True)
            f = conn.makefile("rb")
            implicit = True
        elif cmd == "USER":
            send("+OK user accepted")
        elif cmd == "PASS":
            send("+OK mailbox locked" if arg == "pw" else "-ERR [AUTH] bad password")
        elif cmd == "STAT":
            live = [m for i, m in enumerate(MESSAGES) if i not in deleted]
            send("+OK %d %d" % (len(live), sum(len(m) for m in live)))
        elif cmd == "LIST":
            lines = ["%d %d" % (i + 1, len(m)) for i, m in enumerate(MESSAGES) if i not in deleted]
            conn.sendall(("+OK scan listing\r\n" + "".join(l + "\r\n" for l in lines) + ".\r\n").encode())
        elif cmd == "UIDL":
            conn.sendall(("+OK\r\n" + "".join("%d uid-%04d\r\n" % (i + 1, 7 * (i + 1)) for i in range(len(MESSAGES))) + ".\r\n").encode())
        elif cmd in ("RETR", "TOP"):
            n = int(arg.split()[0]) - 1
            if n >= len(MESSAGES) or n in deleted:
                send("-ERR no such message")
                continue
            body = MESSAGES[n]
            if cmd == "TOP":
                body = body.split(b"\r\n\r\n")[0] + b"\r\n\r\n"
            conn.sendall(b"+OK %d octets\r\n" % len(body) + body + b".\r\n")
        elif cmd == "DELE":
            deleted.add(int(arg) - 1)
            send("+OK message deleted")
        elif cmd == "RSET":
            deleted.clear()
            send("+OK reset")
        elif cmd == "NOOP":
            send("+OK")
        elif cmd == "QUIT":
            send("+OK bye")
            break
        else:
            send("-ERR unknown command")
    f.close()
    conn.close()


def session(client, label):
    print("==", label)
    print("welcome:", client.getwelcome())
    try:
        client.user("me")
        client.pass_("wrong")
    except poplib.error_proto as e:
        print("bad login:", e)
    client.user("me")
    print("pass:", client.pass_("pw"))
    print("stat:", client.stat())
    resp, listing, octets = client.list()
    print("list:", resp, listing, octets)
    print("uidl:", client.uidl()[1])
    resp, lines, octets = client.retr(1)
    msg = email.message_from_bytes(b"\r\n".join(lines))
    print("retr 1:", resp, "| subject:", msg["Subject"], "| body lines:", msg.get_payload().splitlines())
    print("top 2:", client.top(2, 0)[1])
    print("dele:", client.dele(1))
    print("stat after dele:", client.stat())
    try:
        client.retr(1)
    except poplib.error_proto as e:
        print("retr deleted:", e)
    print("rset:", client.rset())
    print("quit:", client.quit())


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        for implicit in (True, False):
            listener = socket.socket()
            listener.bind(("127.0.0.1", 0))
            listener.listen(1)
            t = threading.Thread(target=pop_server, args=(listener, sctx, implicit))
            t.start()
            port = listener.getsockname()[1]
            if implicit:
                client = poplib.POP3_SSL("localhost", port, context=cctx, timeout=10)
            else:
                client = poplib.POP3("localhost", port, timeout=10)
                print("capa:", sorted(client.capa()))
                print("stls:", client.stls(context=cctx))
            session(client, "POP3_SSL" if implicit else "POP3 + STLS")
            t.join(10)
            listener.close()


main()
