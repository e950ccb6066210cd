"""Certificate rotation without a restart: a threaded TLS server keeps
one SSLContext per generation and swaps in a new one when the files on
disk change (checked by mtime and size before each accept), while a
client with a pinned CA connects after each rotation and reports which
certificate (its serial's issuer CN and the subject's OU) it got. A
broken rotation (a key that does not match) is refused and the old
context stays in service."""
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading


def run(*args):
    subprocess.check_call(["openssl"] + list(args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class Reloader:
    def __init__(self, crt, key):
        self.crt, self.key = crt, key
        self.stamp = None
        self.ctx = None
        self.generation = 0
        self.events = []

    def _stamp(self):
        return tuple((os.stat(p).st_mtime_ns, os.stat(p).st_size) for p in (self.crt, self.key))

    def current(self):
        stamp = self._stamp()
        if stamp != self.stamp:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            try:
                ctx.load_cert_chain(self.crt, self.key)
            except ssl.SSLError as e:
                self.events.append("generation %d kept: new files refused (%s)" % (self.generation, e.reason))
            else:
                self.ctx = ctx
                self.generation += 1
                self.events.append("generation %d loaded" % self.generation)
            self.stamp = stamp
        return self.ctx


def server(lsock, reloader, count):
    for _ in range(count):
        raw, _ = lsock.accept()
        ctx = reloader.current()
        try:
            with ctx.wrap_socket(raw, server_side=True) as s:
                s.sendall(b"gen %d\n" % reloader.generation)
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass


def main():
    d = tempfile.mkdtemp()
    try:
        p = lambda n: os.path.join(d, n)
        run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/O=Pinned/CN=Pinned CA",
            "-keyout", p("ca.key"), "-out", p("ca.pem"))
        with open(p("ext"), "w") as f:
            f.write("subjectAltName=DNS:localhost\n")

        def issue(ou, days):
            run("req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", "/OU=%s/CN=localhost" % ou,
                "-keyout", p("new.key"), "-out", p("new.csr"))
            run("x509", "-req", "-in", p("new.csr"), "-CA", p("ca.pem"), "-CAkey", p("ca.key"), "-CAcreateserial",
                "-days", str(days), "-extfile", p("ext"), "-out", p("new.pem"))

        def install(crt_src, key_src):
            # Rename into place, as deploy tools do, so the server never
            # reads half a file.
            for src, dst in ((crt_src, "server.pem"), (key_src, "server.key")):
                shutil.copyfile(src, p(dst + ".tmp"))
                os.replace(p(dst + ".tmp"), p(dst))

        issue("first", 10)
        install(p("new.pem"), p("new.key"))
        reloader = Reloader(p("server.pem"), p("server.key"))
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(5)
        steps = ["start", "rotate to second", "broken rotation", "rotate to third", "no change"]
        t = threading.Thread(target=server, args=(lsock, reloader, len(steps)))
        t.start()
        cctx = ssl.create_default_context(cafile=p("ca.pem"))
        for step in steps:
            if step == "rotate to second":
                issue("second", 20)
                install(p("new.pem"), p("new.key"))
            elif step == "broken rotation":
                run("genrsa", "-out", p("other.key"), "2048")
                issue("broken", 20)
                install(p("new.pem"), p("other.key"))
            elif step == "rotate to third":
                issue("third", 30)
                install(p("new.pem"), p("new.key"))
            with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
                with cctx.wrap_socket(raw, server_hostname="localhost") as s:
                    cert = s.getpeercert()
                    ou = dict(x[0] for x in cert["subject"])["organizationalUnitName"]
                    issuer = dict(x[0] for x in cert["issuer"])["commonName"]
                    days = round((ssl.cert_time_to_seconds(cert["notAfter"]) -
                                  ssl.cert_time_to_seconds(cert["notBefore"])) / 86400)
                    print("%-16s -> %s, OU=%s, issuer=%s, %d days" % (step, s.recv(16).decode().strip(), ou, issuer, days))
                    s.sendall(b"x")
        t.join(10)
        lsock.close()
        for e in reloader.events:
            print("server:", e)
    finally:
        shutil.rmtree(d)


main()
