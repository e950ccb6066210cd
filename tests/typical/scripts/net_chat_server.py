"""A threaded TLS chat server with a broadcast list guarded by a lock,
and scripted clients that join, talk and leave."""
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="[%(levelname)-5s] %(name)s: %(message)s")
log = logging.getLogger("chat")


class ChatError(Exception):
    pass


def make_cert(d):
    key, crt = os.path.join(d, "chat.key"), os.path.join(d, "chat.crt")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1",
                           "-subj", "/CN=chat.local", "-addext", "subjectAltName=DNS:chat.local",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class ChatServer:
    def __init__(self, ctx):
        self.ctx = ctx
        self.lock = threading.Lock()
        self.clients = {}
        self.history = []
        self.stats = defaultdict(int)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.port = self.listener.getsockname()[1]
        self.threads = []

    def broadcast(self, sender, text):
        with self.lock:
            self.history.append((sender, text))
            targets = [(n, c) for n, c in self.clients.items() if n != sender]
        for name, conn in sorted(targets, key=lambda t: t[0]):
            try:
                conn.sendall(("%s: %s\n" % (sender, text)).encode())
            except OSError as e:
                log.warning("send to %s failed: %s", name, e)

    def serve_one(self, conn):
        f = conn.makefile("rb")
        try:
            hello = f.readline().decode().strip()
            if not hello.startswith("NICK "):
                raise ChatError("expected NICK, got %r" % hello)
            nick = hello[5:]
            with self.lock:
                if nick in self.clients:
                    raise ChatError("duplicate nick " + nick)
                self.clients[nick] = conn
            conn.sendall(b"OK\n")
            for raw in f:
                line = raw.decode().rstrip("\n")
                if line == "/quit":
                    break
                self.stats[nick] += 1
                self.broadcast(nick, line)
            with self.lock:
                del self.clients[nick]
            conn.sendall(b"BYE\n")
        except ChatError as e:
            log.info("rejected: %s", e)
            conn.sendall(b"ERR nick taken\n")
        finally:
            f.close()
            conn.close()

    def run(self, n):
        for _ in range(n):
            raw, _ = self.listener.accept()
            conn = self.ctx.wrap_socket(raw, server_side=True)
            t = threading.Thread(target=self.serve_one, args=(conn,), daemon=True)
            t.start()
            self.threads.append(t)
        for t in self.threads:
            t.join(10)
        self.listener.close()


class Client:
    def __init__(self, port, ctx, nick):
        raw = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock = ctx.wrap_socket(raw, server_hostname="chat.local")
        self.reader = self.sock.makefile("rb")
        self.nick = nick

    def send(self, line):
        self.sock.sendall((line + "\n").encode())

    def recv(self):
        return self.reader.readline().decode().rstrip("\n")

    def close(self):
        self.reader.close()
        self.sock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        server = ChatServer(sctx)
        st = threading.Thread(target=server.run, args=(3,))
        st.start()

        alice, bob = Client(server.port, cctx, "alice"), Client(server.port, cctx, "bob")
        for c in (alice, bob):
            c.send("NICK " + c.nick)
            log.info("%s joined: %s", c.nick, c.recv())
        dup = Client(server.port, cctx, "alice")
        dup.send("NICK alice")
        log.info("second alice: %s", dup.recv())
        dup.close()

        alice.send("hi bob")
        log.debug("bob got %r", bob.recv())
        bob.send("hello alice, how are you?")
        log.debug("alice got %r", alice.recv())
        for i in range(3):
            alice.send("line %d" % i)
        got = [bob.recv() for _ in range(3)]
        log.debug("bob got %d lines, last %r", len(got), got[-1])
        for c in (alice, bob):
            c.send("/quit")
            log.info("%s left: %s", c.nick, c.recv())
            c.close()
        st.join(10)
        print("history:")
        for sender, text in server.history:
            print("  {0:>6} | {1}".format(sender, text))
        print("stats:", dict(sorted(server.stats.items())))
        print("clients left:", server.clients)


main()
