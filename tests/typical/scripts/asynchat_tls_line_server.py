"""An asyncore/asynchat line server that speaks TLS on non-blocking sockets:
the handshake is driven from handle_read/handle_write until it stops
raising SSLWantReadError/SSLWantWriteError, then asynchat's terminator
machinery splits commands.  Blocking TLS clients run in threads."""
import asynchat
import asyncore
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "7",
                    "-subj", "/CN=chat.test", "-addext", "subjectAltName=DNS:chat.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class TLSChannel(asynchat.async_chat):
    def __init__(self, sock, ctx, server):
        tls = ctx.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)
        asynchat.async_chat.__init__(self, tls, map=server._map)
        self.server = server
        self.handshaking = True
        self.want_write = False
        self.buf = []
        self.set_terminator(b"\r\n")

    def writable(self):
        if self.handshaking:
            return self.want_write
        return asynchat.async_chat.writable(self)

    def _handshake(self):
        try:
            self.socket.do_handshake()
        except ssl.SSLWantReadError:
            self.want_write = False
        except ssl.SSLWantWriteError:
            self.want_write = True
        except (ssl.SSLError, OSError) as e:
            self.server.events.append("handshake failed: %s" % type(e).__name__)
            self.close()
        else:
            self.handshaking = False
            self.server.events.append("handshake done %s" % self.socket.version())
            self.push(b"220 ready\r\n")

    def handle_read(self):
        if self.handshaking:
            self._handshake()
            return
        try:
            asynchat.async_chat.handle_read(self)
        except ssl.SSLWantReadError:
            pass

    def handle_write(self):
        if self.handshaking:
            self._handshake()
            return
        asynchat.async_chat.handle_write(self)

    def collect_incoming_data(self, data):
        self.buf.append(data)

    def found_terminator(self):
        line = b"".join(self.buf).decode()
        self.buf = []
        cmd, _, arg = line.partition(" ")
        self.server.events.append("cmd %s" % cmd)
        if cmd == "ECHO":
            self.push(("250 %s\r\n" % arg).encode())
        elif cmd == "SUM":
            self.push(("250 %d\r\n" % sum(int(x) for x in arg.split())).encode())
        elif cmd == "BULK":
            n = int(arg)
            self.set_terminator(n)
            self.server.events.append("expecting %d raw bytes" % n)
        elif cmd == "QUIT":
            self.push(b"221 bye\r\n")
            self.close_when_done()
        else:
            if isinstance(self.get_terminator(), int) or self.get_terminator() == 0:
                self.set_terminator(b"\r\n")
                self.push(("250 got %d bytes\r\n" % len(line)).encode())
            else:
                self.push(b"500 unknown\r\n")

    def handle_close(self):
        self.server.events.append("closed")
        self.close()


class Server(asyncore.dispatcher):
    def __init__(self, ctx, sock_map):
        asyncore.dispatcher.__init__(self, map=sock_map)
        self.ctx = ctx
        self.events = []
        self.create_socket(socket.AF_INET, socket.SOCK_STREAM)
        self.bind(("127.0.0.1", 0))
        self.listen(5)

    def handle_accepted(self, sock, addr):
        self.events.append("accepted from %s" % addr[0])
        TLSChannel(sock, self.ctx, self)


def client(port, cafile, results, script):
    ctx = ssl.create_default_context(cafile=cafile)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="chat.test") as s:
            f = s.makefile("rwb", buffering=0)
            results.append(f.readline())
            for line in script:
                s.sendall(line)
                if line.startswith(b"BULK"):
                    continue
                results.append(f.readline())
            # Wait for the server to close first: closing here while it may
            # still read would give it an EOF without close_notify, which
            # 3.6 on OpenSSL 3 reports as an error (a race).
            try:
                while s.recv(1024):
                    pass
            except (ssl.SSLError, OSError):
                pass
            f.close()


def main():
    sock_map = {}
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = Server(sctx, sock_map)
        port = server.socket.getsockname()[1]
        results = []
        script = [b"ECHO hello world\r\n", b"SUM 1 2 3 40\r\n", b"NOPE\r\n",
                  b"BULK 5\r\n", b"abcde", b"QUIT\r\n"]
        t = threading.Thread(target=client, args=(port, crt, results, script))
        t.start()
        deadline = 400
        while t.is_alive() and deadline:
            asyncore.loop(timeout=0.05, map=sock_map, count=1)
            deadline -= 1
        t.join(5)
        asyncore.loop(timeout=0.05, map=sock_map, count=5)
        for r in results:
            print("client:", r)
        for e in server.events:
            print("server:", e)
        server.close()
        print("map left:", len(sock_map))


if __name__ == "__main__":
    main()
