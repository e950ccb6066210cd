"""ftplib.FTP_TLS with PROT P against a small threaded fake FTPS server (explicit AUTH TLS)."""
import ftplib
import hashlib
import io
import os
import socket
import ssl
import subprocess
import tempfile
import threading

FILES = {"readme.txt": b"FTPS demo server\nline two\n", "data.bin": bytes(range(256)) * 64}


def make_cert(d):
    cert, key = os.path.join(d, "ftp.crt"), os.path.join(d, "ftp.key")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class FakeFTPS(threading.Thread):
    def __init__(self, ctx):
        super().__init__(daemon=True)
        self.ctx = ctx
        self.lsock = socket.socket()
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(1)
        self.lsock.settimeout(10)
        self.commands = []
        self.protected = False

    def run(self):
        raw, _ = self.lsock.accept()
        self.conn, self.f = raw, raw.makefile("rb")
        self.reply("220 fake FTPS ready")
        pasv = None
        while True:
            line = self.f.readline().decode("ascii").rstrip("\r\n")
            if not line:
                break
            cmd, _, arg = line.partition(" ")
            cmd = cmd.upper()
            self.commands.append(cmd)
            if cmd == "AUTH":
                self.reply("234 AUTH TLS ok")
                self.conn = self.ctx.wrap_socket(self.conn, server_side=True)
                self.f = self.conn.makefile("rb")
            elif cmd == "USER":
                self.reply("331 password please")
            elif cmd == "PASS":
                self.reply("230 logged in" if arg == "hunter2" else "530 login incorrect")
            elif cmd == "PBSZ":
                self.reply("200 PBSZ=0")
            elif cmd == "PROT":
                self.protected = arg == "P"
                self.reply("200 protection level %s" % arg)
            elif cmd == "TYPE":
                self.reply("200 type %s" % arg)
            elif cmd == "PASV":
                pasv = socket.socket()
                pasv.bind(("127.0.0.1", 0))
                pasv.listen(1)
                pasv.settimeout(10)
                port = pasv.getsockname()[1]
                self.reply("227 Entering Passive Mode (127,0,0,1,%d,%d)." % (port >> 8, port & 255))
            elif cmd in ("NLST", "RETR", "STOR"):
                if cmd == "RETR" and arg not in FILES:
                    self.reply("550 %s: no such file" % arg)
                    continue
                self.reply("150 opening data connection")
                data, _ = pasv.accept()
                if self.protected:
                    data = self.ctx.wrap_socket(data, server_side=True)
                if cmd == "NLST":
                    data.sendall("".join(n + "\r\n" for n in sorted(FILES)).encode())
                elif cmd == "RETR":
                    data.sendall(FILES[arg])
                else:
                    chunks = []
                    while True:
                        chunk = data.recv(8192)
                        if not chunk:
                            break
                        chunks.append(chunk)
                    FILES[arg] = b"".join(chunks)
                if self.protected:
                    data = data.unwrap()
                data.close()
                pasv.close()
                self.reply("226 transfer complete")
            elif cmd == "SIZE":
                self.reply("213 %d" % len(FILES[arg]) if arg in FILES else "550 no such file")
            elif cmd == "QUIT":
                self.reply("221 goodbye")
                break
            else:
                self.reply("502 %s not implemented" % cmd)
        self.conn.close()

    def reply(self, text):
        self.conn.sendall(text.encode("ascii") + b"\r\n")


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        server = FakeFTPS(sctx)
        server.start()
        cctx = ssl.create_default_context(cafile=cert)
        ftp = ftplib.FTP_TLS(context=cctx, timeout=10)
        print(ftp.connect("localhost", server.lsock.getsockname()[1]))
        print(ftp.auth())
        try:
            ftp.login("demo", "wrong", secure=False)
        except ftplib.error_perm as exc:
            print("error_perm:", exc)
        print(ftp.login("demo", "hunter2", secure=False))
        print(ftp.prot_p())
        print("listing:", ftp.nlst())
        lines = []
        print(ftp.retrlines("RETR readme.txt", lines.append), lines)
        buf = io.BytesIO()
        print(ftp.retrbinary("RETR data.bin", buf.write, blocksize=1000))
        print("data.bin sha1:", hashlib.sha1(buf.getvalue()).hexdigest(), len(buf.getvalue()))
        upload = io.BytesIO(b"uploaded over TLS\n" * 100)
        print(ftp.storbinary("STOR up.txt", upload))
        print("size:", ftp.size("up.txt"))
        try:
            ftp.retrbinary("RETR missing.txt", print)
        except ftplib.error_perm as exc:
            print("error_perm:", exc)
        try:
            ftp.sendcmd("FEAT")
        except ftplib.error_perm as exc:
            print("error_perm:", exc)
        print(ftp.quit())
        server.join(10)
        print("commands:", " ".join(server.commands))
        print("stored:", FILES["up.txt"][:18], len(FILES["up.txt"]))


if __name__ == "__main__":
    main()
