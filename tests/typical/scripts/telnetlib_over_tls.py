"""Drive a line-oriented TLS console with telnetlib: a Telnet subclass opens
a TLS connection instead of plain TCP, then uses read_until, expect with
regular expressions and write to log in, run two commands and quit.  The
server also sends a Telnet IAC negotiation that the client must refuse."""
import os
import re
import socket
import ssl
import subprocess
import telnetlib
import tempfile
import threading

IAC, DO, WILL, WONT, DONT, ECHO = (telnetlib.IAC, telnetlib.DO, telnetlib.WILL,
                                    telnetlib.WONT, telnetlib.DONT, telnetlib.ECHO)


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=console.test", "-addext", "subjectAltName=DNS:console.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def console(ctx, lsock, seen):
    conn, _ = lsock.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        f = s.makefile("rwb", buffering=0)
        s.sendall(IAC + DO + ECHO)
        reply = s.recv(3)
        seen.append("negotiation reply: %r" % reply)
        s.sendall(b"router login: ")
        user = b""
        while not user.endswith(b"\n"):
            user += s.recv(1)
        s.sendall(b"Password: ")
        pw = b""
        while not pw.endswith(b"\n"):
            pw += s.recv(1)
        seen.append("login %r / %d chars" % (user.strip(), len(pw.strip())))
        s.sendall(b"\r\nWelcome admin\r\nrouter# ")
        buf = b""
        while True:
            chunk = s.recv(64)
            if not chunk:
                break
            buf += chunk
            while b"\n" in buf:
                line, buf = buf.split(b"\n", 1)
                cmd = line.strip().decode()
                seen.append("cmd %r" % cmd)
                if cmd == "show version":
                    s.sendall(b"TLSOS 4.2.1 uptime 17d\r\nrouter# ")
                elif cmd == "show ip":
                    s.sendall(b"eth0 10.0.0.1/24 up\r\neth1 unassigned down\r\nrouter# ")
                elif cmd == "exit":
                    s.sendall(b"bye\r\n")
                    plain = s.unwrap()
                    seen.append("unwrapped: %s" % type(plain).__name__)
                    plain.close()
                    return
                else:
                    s.sendall(b"% unknown command\r\nrouter# ")
        f.close()


class TLSTelnet(telnetlib.Telnet):
    def __init__(self, ctx, hostname, *args, **kwargs):
        self.ctx, self.hostname = ctx, hostname
        super().__init__(*args, **kwargs)

    def open(self, host, port=0, timeout=socket._GLOBAL_DEFAULT_TIMEOUT):
        self.eof = 0
        self.host, self.port, self.timeout = host, port, timeout
        raw = socket.create_connection((host, port), timeout)
        self.sock = self.ctx.wrap_socket(raw, server_hostname=self.hostname)


def main():
    seen = []
    negotiations = []
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=console, args=(sctx, lsock, seen))
        t.start()

        cctx = ssl.create_default_context(cafile=crt)
        tn = TLSTelnet(cctx, "console.test", "127.0.0.1", lsock.getsockname()[1], 10)

        def refuse(sock, cmd, opt):
            negotiations.append((cmd, opt))
            if cmd == DO:
                sock.sendall(IAC + WONT + opt)
        tn.set_option_negotiation_callback(refuse)
        print("cipher bits:", tn.get_socket().cipher()[2])
        print("banner:", tn.read_until(b"login: ", 5))
        tn.write(b"admin\n")
        idx, m, text = tn.expect([re.compile(b"[Pp]assword: ")], 5)
        print("expect ->", idx, m.group(0), text)
        tn.write(b"s3cret\n")
        idx, m, text = tn.expect([b"denied", b"(\\w+)# "], 5)
        print("prompt ->", idx, m.group(1), text.split(b"\r\n"))
        for cmd in ["show version", "show ip", "reboot"]:
            tn.write(cmd.encode() + b"\n")
            out = tn.read_until(b"router# ", 5)
            print(cmd, "->", out.decode().splitlines()[:-1])
        tn.write(b"exit\n")
        print("rest:", tn.read_until(b"bye\r\n", 5))
        plain = tn.get_socket().unwrap()
        print("client unwrapped:", type(plain).__name__, plain.recv(10))
        plain.close()
        tn.close()
        t.join(10)
        lsock.close()
    print("negotiations:", negotiations)
    for line in seen:
        print("server:", line)


if __name__ == "__main__":
    main()
