"""ftplib.FTP_TLS against a fake FTPS server in the script: AUTH TLS on
the control connection, PBSZ/PROT P so the passive data connections are
TLS too (reusing the control session), an upload with storlines and
storbinary, a listing with mlsd and nlst, a download with retrbinary,
and error replies mapped to ftplib's exceptions."""
import ftplib
import io
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class FakeFTPS(threading.Thread):
    def __init__(self, ctx):
        super().__init__(daemon=True)
        self.ctx = ctx
        self.ls = socket.socket()
        self.ls.bind(("127.0.0.1", 0))
        self.ls.listen(1)
        self.port = self.ls.getsockname()[1]
        self.files = {"readme.txt": b"certificates live in /pki\r\n"}
        self.log = []

    def reply(self, text):
        self.conn.sendall((text + "\r\n").encode())

    def data_channel(self):
        d, _ = self.pasv.accept()
        self.pasv.close()
        if self.prot == "P":
            d = self.ctx.wrap_socket(d, server_side=True)
        return d

    def run(self):
        self.conn, _ = self.ls.accept()
        self.prot = "C"
        f = self.conn.makefile("rb")
        self.reply("220 FakeFTPS ready")
        while True:
            line = f.readline()
            if not line:
                break
            cmd, _, arg = line.decode().rstrip("\r\n").partition(" ")
            cmd = cmd.upper()
            self.log.append(cmd)
            if cmd == "AUTH":
                self.reply("234 AUTH TLS successful")
                self.conn = self.ctx.wrap_socket(self.conn, server_side=True)
                f = self.conn.makefile("rb")
            elif cmd == "USER":
                self.reply("331 Password required for " + arg)
            elif cmd == "PASS":
                self.reply("230 Logged in" if arg == "s3cret" else "530 Login incorrect")
            elif cmd == "PBSZ":
                self.reply("200 PBSZ=0")
            elif cmd == "PROT":
                self.prot = arg
                self.reply("200 Protection level set to " + arg)
            elif cmd == "TYPE":
                self.reply("200 Type set to " + arg)
            elif cmd == "PASV":
                self.pasv = socket.socket()
                self.pasv.bind(("127.0.0.1", 0))
                self.pasv.listen(1)
                p = self.pasv.getsockname()[1]
                self.reply("227 Entering Passive Mode (127,0,0,1,%d,%d)" % (p >> 8, p & 255))
            elif cmd in ("STOR", "RETR", "NLST", "MLSD"):
                if cmd == "RETR" and arg not in self.files:
                    self.pasv.close()
                    self.reply("550 %s: No such file" % arg)
                    continue
                self.reply("150 Opening data connection")
                d = self.data_channel()
                if cmd == "STOR":
                    chunks = []
                    while True:
                        b = d.recv(8192)
                        if not b:
                            break
                        chunks.append(b)
                    self.files[arg] = b"".join(chunks)
                elif cmd == "RETR":
                    d.sendall(self.files[arg])
                elif cmd == "NLST":
                    d.sendall("".join(n + "\r\n" for n in sorted(self.files)).encode())
                else:
                    d.sendall("".join("type=file;size=%d; %s\r\n" % (len(v), n)
                                      for n, v in sorted(self.files.items())).encode())
                if isinstance(d, ssl.SSLSocket):
                    d = d.unwrap()
                d.close()
                self.reply("226 Transfer complete")
            elif cmd == "DELE":
                self.reply("550 Permission denied")
            elif cmd == "QUIT":
                self.reply("221 Goodbye")
                break
            else:
                self.reply("502 Command not implemented")
        self.conn.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "ftp.crt"), os.path.join(d, "ftp.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=localhost", "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        sctx.options |= ssl.OP_NO_TLSv1_3
        srv = FakeFTPS(sctx)
        srv.start()
        ftp = ftplib.FTP_TLS(context=ssl.create_default_context(cafile=crt), timeout=5)
        print(ftp.connect("localhost", srv.port))
        print(ftp.auth())
        print("control is TLS:", isinstance(ftp.sock, ssl.SSLSocket), ftp.sock.version())
        try:
            ftp.login("deploy", "wrong")
        except ftplib.error_perm as e:
            print("error_perm:", e)
        print(ftp.login("deploy", "s3cret"))
        print(ftp.prot_p())
        print(ftp.storlines("STOR notes.txt", io.BytesIO(b"line one\nline two\n")))
        print(ftp.storbinary("STOR blob.bin", io.BytesIO(bytes(range(256)) * 40), blocksize=1000))
        print("nlst:", ftp.nlst())
        for name, facts in ftp.mlsd():
            print("mlsd: %-10s %s" % (name, sorted(facts.items())))
        got = []
        print(ftp.retrbinary("RETR blob.bin", got.append, blocksize=4096))
        blob = b"".join(got)
        print("retrieved:", len(blob), blob[:4], blob == bytes(range(256)) * 40)
        lines = []
        ftp.retrlines("RETR notes.txt", lines.append)
        print("notes:", lines)
        for bad in (lambda: ftp.retrbinary("RETR missing.txt", got.append), lambda: ftp.delete("readme.txt"),
                    lambda: ftp.sendcmd("SITE CHMOD 600 x")):
            try:
                bad()
            except ftplib.error_perm as e:
                print("error_perm:", e)
        print(ftp.quit())
        srv.join(5)
        print("commands:", " ".join(srv.log))


main()
