"""A threaded TLS chat server with rooms and private messages.

Each client connection gets its own thread on the server; the shared
state (who is in which room) is guarded by a lock. The protocol is one
command per line: NICK, JOIN, SAY, MSG (private) and QUIT. Three clients
connect, each with a reader thread that collects what it receives; the
script waits for every delivery before the next command, so the printed
transcripts do not depend on thread timing."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class ChatServer:
    def __init__(self, ctx):
        self.ctx = ctx
        self.lock = threading.Lock()
        self.clients = {}   # nick -> (file, room)
        self.ls = socket.socket()
        self.ls.bind(("127.0.0.1", 0))
        self.ls.listen(8)
        self.threads = []

    def send(self, nick, text):
        f = self.clients[nick][0]
        f.write((text + "\n").encode())
        f.flush()

    def room_of(self, nick):
        return self.clients[nick][1]

    def broadcast(self, room, text, skip=None):
        for nick in sorted(self.clients):
            if self.clients[nick][1] == room and nick != skip:
                self.send(nick, text)

    def session(self, tls):
        nick = None
        f = tls.makefile("rwb")
        try:
            for raw in f:
                cmd, _, arg = raw.decode().rstrip("\n").partition(" ")
                with self.lock:
                    if cmd == "NICK":
                        if arg in self.clients:
                            f.write(b"ERR nick taken\n")
                            f.flush()
                            continue
                        nick = arg
                        self.clients[nick] = (f, None)
                        self.send(nick, "OK welcome %s" % nick)
                    elif cmd == "JOIN":
                        old = self.room_of(nick)
                        if old:
                            self.broadcast(old, "* %s left %s" % (nick, old), skip=nick)
                        self.clients[nick] = (f, arg)
                        self.broadcast(arg, "* %s joined %s" % (nick, arg))
                    elif cmd == "SAY":
                        self.broadcast(self.room_of(nick), "<%s> %s" % (nick, arg))
                    elif cmd == "MSG":
                        to, _, text = arg.partition(" ")
                        if to in self.clients:
                            self.send(to, "[%s -> you] %s" % (nick, text))
                            self.send(nick, "[you -> %s] %s" % (to, text))
                        else:
                            self.send(nick, "ERR no such nick %s" % to)
                    elif cmd == "QUIT":
                        room = self.room_of(nick)
                        self.send(nick, "BYE")
                        del self.clients[nick]
                        if room:
                            self.broadcast(room, "* %s quit" % nick)
                        break
        finally:
            f.close()
            tls.close()

    def accept(self, n):
        for _ in range(n):
            raw, _ = self.ls.accept()
            tls = self.ctx.wrap_socket(raw, server_side=True)
            t = threading.Thread(target=self.session, args=(tls,))
            t.start()
            self.threads.append(t)


class Client:
    def __init__(self, port, ctx, name):
        self.name = name
        self.tls = ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10),
                                   server_hostname="localhost")
        self.f = self.tls.makefile("rwb")
        self.lines = []
        self.cond = threading.Condition()
        self.reader = threading.Thread(target=self.read)
        self.reader.start()

    def read(self):
        for raw in self.f:
            with self.cond:
                self.lines.append(raw.decode().rstrip("\n"))
                self.cond.notify_all()
            if raw == b"BYE\n":
                break

    def send(self, text):
        self.f.write((text + "\n").encode())
        self.f.flush()

    def wait_for(self, count):
        with self.cond:
            ok = self.cond.wait_for(lambda: len(self.lines) >= count, timeout=10)
        if not ok:
            raise RuntimeError("%s: expected %d lines, have %r" % (self.name, count, self.lines))


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "chat.crt"), os.path.join(d, "chat.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "2", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = ChatServer(sctx)
        acceptor = threading.Thread(target=server.accept, args=(3,))
        acceptor.start()
        cctx = ssl.create_default_context(cafile=crt)
        port = server.ls.getsockname()[1]
        people = {n: Client(port, cctx, n) for n in ("ann", "bob", "cat")}
        acceptor.join()
        script = [
            ("ann", "NICK ann", {"ann": 1}),
            ("bob", "NICK bob", {"bob": 1}),
            ("cat", "NICK ann", {"cat": 1}),
            ("cat", "NICK cat", {"cat": 2}),
            ("ann", "JOIN #tls", {"ann": 2}),
            ("bob", "JOIN #tls", {"ann": 3, "bob": 2}),
            ("cat", "JOIN #go", {"cat": 3}),
            ("ann", "SAY hello room", {"ann": 4, "bob": 3}),
            ("bob", "MSG cat psst, over here", {"bob": 4, "cat": 4}),
            ("cat", "MSG dan anyone?", {"cat": 5}),
            ("cat", "JOIN #tls", {"ann": 5, "bob": 5, "cat": 6}),
            ("bob", "QUIT", {"bob": 6, "ann": 6, "cat": 7}),
            ("cat", "SAY " + "long " * 400, {"ann": 7, "cat": 8}),
            ("ann", "QUIT", {"ann": 8, "cat": 9}),
            ("cat", "QUIT", {"cat": 10}),
        ]
        for who, line, expect in script:
            people[who].send(line)
            for name, count in expect.items():
                people[name].wait_for(count)
        for c in people.values():
            c.reader.join()
            c.f.close()
            c.tls.close()
        for t in server.threads:
            t.join()
        server.ls.close()
    for name in sorted(people):
        print("== %s" % name)
        for line in people[name].lines:
            print("   " + (line if len(line) < 50 else line[:30] + "... (%d chars)" % len(line)))


main()
