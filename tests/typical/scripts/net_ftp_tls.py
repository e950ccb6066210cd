"""ftplib.FTP_TLS against a fake FTP server in a thread: AUTH TLS on the
control connection, PBSZ/PROT P, passive data connections wrapped in TLS,
LIST, NLST, RETR into memory, STOR from BytesIO, SIZE, error replies."""
import io
import os
import socket
import ssl
import subprocess
import tempfile
import threading
from ftplib import FTP_TLS, error_perm

FILES = {"readme.txt": b"Welcome to the fake FTP server.\r\nEnjoy.\r\n",
         "data.csv": b"a,b\r\n1,2\r\n3,4\r\n"}


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class FakeFTP(threading.Thread):
    def __init__(self, ctx):
        super().__init__(daemon=True)
        self.ctx = ctx
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        self.commands = []

    def run(self):
        conn, _ = self.listener.accept()
        self.conn = conn
        self.rfile = conn.makefile("rb")
        self.send("220 fake ftpd ready")
        protected = False
        pasv = None
        while True:
            line = self.rfile.readline().decode().rstrip("\r\n")
            if not line:
                break
            cmd, _, arg = line.partition(" ")
            cmd = cmd.upper()
            self.commands.append(cmd if cmd != "PASS" else "PASS ****")
            if cmd == "AUTH":
                self.send("234 AUTH TLS successful")
                self.rfile.close()
                self.conn = self.ctx.wrap_socket(self.conn, server_side=True)
                self.rfile = self.conn.makefile("rb")
            elif cmd == "USER":
                self.send("331 password please")
            elif cmd == "PASS":
                self.send("230 logged in" if arg == "secret" else "530 login incorrect")
            elif cmd == "PBSZ":
                self.send("200 PBSZ=0")
            elif cmd == "PROT":
                protected = arg == "P"
                self.send("200 protection level set to " + arg)
            elif cmd == "TYPE":
                self.send("200 type set to " + arg)
            elif cmd == "PWD":
                self.send('257 "/pub" is the current directory')
            elif cmd == "SIZE":
                if arg in FILES:
                    self.send("213 %d" % len(FILES[arg]))
                else:
                    self.send("550 %s: no such file" % arg)
            elif cmd == "PASV":
                pasv = socket.socket()
                pasv.bind(("127.0.0.1", 0))
                pasv.listen(1)
                p = pasv.getsockname()[1]
                self.send("227 Entering Passive Mode (127,0,0,1,%d,%d)" % (p >> 8, p & 255))
            elif cmd in ("LIST", "NLST", "RETR", "STOR"):
                if cmd == "RETR" and arg not in FILES:
                    self.send("550 %s: no such file" % arg)
                    continue
                self.send("150 opening data connection")
                data, _ = pasv.accept()
                pasv.close()
                if protected:
                    data = self.ctx.wrap_socket(data, server_side=True)
                if cmd == "LIST":
                    lines = ["-rw-r--r-- 1 ftp ftp %6d Jan 01 00:00 %s" % (len(v), k) for k, v in sorted(FILES.items())]
                    data.sendall(("\r\n".join(lines) + "\r\n").encode())
                elif cmd == "NLST":
                    data.sendall(("\r\n".join(sorted(FILES)) + "\r\n").encode())
                elif cmd == "RETR":
                    data.sendall(FILES[arg])
                else:
                    chunks = []
                    while True:
                        chunk = data.recv(4096)
                        if not chunk:
                            break
                        chunks.append(chunk)
                    FILES[arg] = b"".join(chunks)
                if protected:
                    data = data.unwrap()
                data.close()
                self.send("226 transfer complete")
            elif cmd == "QUIT":
                self.send("221 goodbye")
                break
            else:
                self.send("502 %s not implemented" % cmd)
        self.rfile.close()
        self.conn.close()
        self.listener.close()

    def send(self, text):
        self.conn.sendall((text + "\r\n").encode())


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = FakeFTP(sctx)
        server.start()
        cctx = ssl.create_default_context(cafile=crt)
        ftp = FTP_TLS(context=cctx, timeout=10)
        print(ftp.connect("localhost", server.port))
        print(ftp.auth())
        print("control is TLS:", isinstance(ftp.sock, ssl.SSLSocket))
        try:
            ftp.login("demo", "wrong")
        except error_perm as e:
            print("login failed:", e)
        print(ftp.login("demo", "secret"))
        print(ftp.prot_p())
        print("pwd:", ftp.pwd())
        listing = []
        print(ftp.retrlines("LIST", listing.append))
        for line in listing:
            print("  ", line)
        print("nlst:", ftp.nlst())
        buf = io.BytesIO()
        print(ftp.retrbinary("RETR readme.txt", buf.write))
        print("readme:", buf.getvalue().decode().splitlines())
        print(ftp.storbinary("STOR upload.bin", io.BytesIO(b"\x00\x01\x02" * 100)))
        print("size of upload:", ftp.size("upload.bin"))
        for name in ("missing.txt",):
            try:
                ftp.size(name)
            except error_perm as e:
                print("size error:", e)
        try:
            ftp.sendcmd("SITE CHMOD 644 x")
        except error_perm as e:
            print("site error:", e)
        print(ftp.quit())
        server.join(10)
        print("server saw:", " ".join(server.commands))


main()
