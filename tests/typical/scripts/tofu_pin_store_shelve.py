#!/usr/bin/env python3
# Trust on first use: a client that pins each server's certificate
# (SHA-256 of the DER) in a shelve database the first time it connects,
# accepts it silently afterwards, and refuses a server whose certificate
# changed (a rotated key, or a man in the middle) unless told to re-pin.
import hashlib
import os
import shelve
import socket
import ssl
import subprocess
import tempfile
import threading


def gen(tmp, name, tag):
    cert, key = os.path.join(tmp, tag + ".pem"), os.path.join(tmp, tag + ".key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "30",
                    "-subj", "/CN=" + name, "-keyout", key, "-out", cert],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Server:
    """A TLS server answering each connection with one greeting line."""

    def __init__(self, cert, key, greeting):
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.greeting = greeting
        self.lsock = socket.socket()
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(5)
        self.port = self.lsock.getsockname()[1]

    def serve(self, count):
        for _ in range(count):
            conn, _ = self.lsock.accept()
            try:
                with self.ctx.wrap_socket(conn, server_side=True) as s:
                    s.sendall(self.greeting)
                    s.recv(1)
            except (ssl.SSLError, OSError) as exc:
                print("server: %s" % type(exc).__name__)
        self.lsock.close()


class PinMismatch(Exception):
    pass


def fingerprint(der):
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def fetch(db, label, port, repin=False):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # trust comes from the pin store
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        with ctx.wrap_socket(sock) as tls:
            fp = fingerprint(tls.getpeercert(binary_form=True))
            line = tls.recv(100)
            tls.sendall(b"x")
            key = "%s:%d" % (label, 443)
            pinned = db.get(key)
            if pinned is None:
                db[key] = {"fingerprint": fp, "seen": 1}
                status = "pinned (first use)"
            elif pinned["fingerprint"] == fp:
                pinned["seen"] += 1
                db[key] = pinned  # shelve stores a copy: write it back
                status = "match (seen %d times)" % pinned["seen"]
            elif repin:
                db[key] = {"fingerprint": fp, "seen": 1}
                status = "re-pinned"
            else:
                raise PinMismatch("%s: expected %s..., got %s..." % (
                    key, pinned["fingerprint"][:11], fp[:11]))
    return status, line.decode().strip(), fp


def main():
    with tempfile.TemporaryDirectory() as tmp:
        old = gen(tmp, "mail.example.test", "old")
        new = gen(tmp, "mail.example.test", "new")
        servers = [Server(old[0], old[1], b"hello from the old key\n"),
                   Server(new[0], new[1], b"hello from the new key\n")]
        threads = [threading.Thread(target=servers[0].serve, args=(3,)),
                   threading.Thread(target=servers[1].serve, args=(2,))]
        for t in threads:
            t.start()
        path = os.path.join(tmp, "pins")
        fps = {}
        plan = [(0, False), (0, False), (1, False), (1, True), (0, False)]
        for i, (which, repin) in enumerate(plan):
            with shelve.open(path) as db:
                try:
                    status, line, fp = fetch(db, "mail.example.test", servers[which].port, repin)
                    fps.setdefault(fp, "key%d" % (len(fps) + 1))
                    print("%d: %-24s %-26s %s" % (i, status, line, fps[fp]))
                except PinMismatch as exc:
                    print("%d: REFUSED %s" % (i, type(exc).__name__))
                    print("   expected and got differ:", str(exc).count("...") == 2)
                except (ssl.SSLError, OSError) as exc:
                    print("%d: error %s" % (i, type(exc).__name__))
        for t in threads:
            t.join(30)
        with shelve.open(path, flag="r") as db:
            for key in sorted(db):
                entry = db[key]
                print("store:", key, sorted(entry), entry["seen"],
                      fps.get(entry["fingerprint"]), len(entry["fingerprint"]))
        print("distinct keys seen:", len(fps))


main()
