"""TLS inside TLS: a client reaches a backend TLS service through a TLS
proxy. The proxy (its own certificate) takes "CONNECT name" lines over
TLS and relays bytes to the named backend; the client then runs a second
TLS session to the backend over the first one with an SSLObject and two
MemoryBIOs, so the proxy sees only ciphertext. Prints both sessions'
peers, what the proxy relayed, and the proxy's answer for an unknown
backend."""
import os
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d, name, cn):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "2", "-subj", "/CN=" + cn, "-addext", "subjectAltName=DNS:" + cn,
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def listener():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(5)
    return s


def backend(lsock, ctx, greeting):
    """Upper-cases lines for one client, then closes cleanly."""
    raw, _ = lsock.accept()
    with ctx.wrap_socket(raw, server_side=True) as conn:
        conn.sendall(greeting + b"\n")
        f = conn.makefile("rb")
        for line in f:
            if line.strip() == b"QUIT":
                conn.sendall(b"BYE\n")
                break
            conn.sendall(line.upper())
        f.close()
        conn.unwrap().close()


def pump(src, dst, counter, key):
    while True:
        data = src.recv(4096)
        if not data:
            break
        counter[key] += len(data)
        dst.sendall(data)


def proxy(lsock, ctx, routes, log, conns):
    for _ in range(conns):
        raw, _ = lsock.accept()
        conn = ctx.wrap_socket(raw, server_side=True)
        line = b""
        while not line.endswith(b"\n"):
            line += conn.recv(1)
        name = line.decode().split()[1]
        if name not in routes:
            conn.sendall(b"502 no route\n")
            log.append("refused %s" % name)
            conn.unwrap().close()
            continue
        up = socket.create_connection(("127.0.0.1", routes[name]), timeout=10)
        conn.sendall(b"200 connected\n")
        counter = {"up": 0, "down": 0}
        t = threading.Thread(target=pump, args=(up, conn, counter, "down"))
        t.start()
        pump(conn, up, counter, "up")
        up.shutdown(socket.SHUT_WR)
        t.join(10)
        up.close()
        conn.unwrap().close()
        log.append("relayed %s: %s bytes up, %s down" % (name, "some" if counter["up"] > 200 else "few",
                                                         "some" if counter["down"] > 200 else "few"))


class Tunnel:
    """A TLS session over an already encrypted socket."""

    def __init__(self, outer, ctx, hostname):
        self.outer = outer
        self.inbuf, self.outbuf = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.inbuf, self.outbuf, server_hostname=hostname)
        self._io(self.obj.do_handshake)

    def _flush(self):
        data = self.outbuf.read()
        if data:
            self.outer.sendall(data)

    def _io(self, op, *args):
        while True:
            try:
                result = op(*args)
                self._flush()
                return result
            except ssl.SSLWantReadError:
                self._flush()
                data = self.outer.recv(4096)
                if not data:
                    self.inbuf.write_eof()
                else:
                    self.inbuf.write(data)

    def send(self, data):
        self._io(self.obj.write, data)

    def readline(self):
        line = b""
        while not line.endswith(b"\n"):
            chunk = self._io(self.obj.read, 1)
            if not chunk:
                break
            line += chunk
        return line


def main():
    d = tempfile.mkdtemp()
    try:
        proxy_cert = make_cert(d, "proxy", "proxy.test")
        app_cert = make_cert(d, "app", "app.internal")
        pctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        pctx.load_cert_chain(*proxy_cert)
        actx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        actx.load_cert_chain(*app_cert)

        app_l = listener()
        app_t = threading.Thread(target=backend, args=(app_l, actx, b"app ready"))
        app_t.start()
        proxy_l = listener()
        routes = {"app.internal": app_l.getsockname()[1]}
        log = []
        proxy_t = threading.Thread(target=proxy, args=(proxy_l, pctx, routes, log, 2))
        proxy_t.start()

        outer_ctx = ssl.create_default_context(cafile=proxy_cert[0])
        inner_ctx = ssl.create_default_context(cafile=app_cert[0])
        port = proxy_l.getsockname()[1]

        def connect(name):
            raw = socket.create_connection(("127.0.0.1", port), timeout=10)
            outer = outer_ctx.wrap_socket(raw, server_hostname="proxy.test")
            outer.sendall(("CONNECT %s\n" % name).encode())
            status = b""
            while not status.endswith(b"\n"):
                status += outer.recv(1)
            return outer, status.decode().strip()

        outer, status = connect("app.internal")
        print("proxy said:", status, "| outer:", outer.version(),
              dict(x[0] for x in outer.getpeercert()["subject"])["commonName"])
        tun = Tunnel(outer, inner_ctx, "app.internal")
        print("inner:", tun.obj.version(), dict(x[0] for x in tun.obj.getpeercert()["subject"])["commonName"],
              "| cipher is AEAD:", tun.obj.cipher()[0].startswith("TLS_"))
        print("greeting:", tun.readline())
        for word in (b"hello\n", b"tunnelled tls\n", b"QUIT\n"):
            tun.send(word)
            print("sent", word, "got", tun.readline())
        tun._io(tun.obj.unwrap)
        print("inner closed cleanly; outer still usable:", outer.fileno() >= 0)
        outer.unwrap().close()
        app_t.join(10)

        outer, status = connect("nowhere.internal")
        print("proxy said:", status)
        outer.unwrap().close()
        proxy_t.join(10)
        for line in log:
            print("proxy log:", line)
        app_l.close()
        proxy_l.close()
    finally:
        shutil.rmtree(d)


main()
