import concurrent.futures
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import time


def cert(d):
    c, k = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-days", "5", "-subj", "/CN=scan.local", "-keyout", k, "-out", c],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return c, k


class Listener:
    """A listening socket that either speaks TLS or plain text."""

    def __init__(self, kind, ctx=None):
        self.kind = kind
        self.ctx = ctx
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]
        self.stop = False
        threading.Thread(target=self.loop, daemon=True).start()

    def loop(self):
        self.sock.settimeout(0.2)
        while not self.stop:
            try:
                c, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            c.settimeout(None)
            try:
                if self.kind == "tls":
                    with self.ctx.wrap_socket(c, server_side=True) as t:
                        t.recv(1)
                else:
                    c.settimeout(20)
                    c.recv(4096)
                    c.sendall(b"SSH-2.0-Fake\r\n")
                    while c.recv(4096):
                        pass
                    c.close()
            except (OSError, ssl.SSLError):
                c.close()


_held = []


def closed_port():
    # bound but never listening (and kept so): connections are refused
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    _held.append(s)
    return s.getsockname()[1]


def probe(port):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
            with ctx.wrap_socket(s) as t:
                der = t.getpeercert(True)
                version = t.version()
                t.send(b"x")
                return port, "tls", version, len(der) > 100
    except ConnectionRefusedError:
        return port, "closed", None, None
    except ssl.SSLError as e:
        return port, "not-tls", type(e).__name__, None
    except OSError as e:
        return port, "not-tls", type(e).__name__, None


def main():
    with tempfile.TemporaryDirectory() as d:
        c, k = cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(c, k)
        listeners = [Listener("tls", sctx), Listener("plain"), Listener("tls", sctx)]
        ports = {l.port: l.kind for l in listeners}
        cp = closed_port()
        ports[cp] = "closed"
        labels = {p: "port%d" % i for i, p in enumerate(ports)}
        results = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            futs = {pool.submit(probe, p): p for p in ports}
            for fut in concurrent.futures.as_completed(futs, timeout=60):
                port, state, detail, ok = fut.result()
                results[port] = (state, detail, ok)
        for p in sorted(ports, key=lambda p: labels[p]):
            state, detail, ok = results[p]
            print("%-6s expected=%-6s got=%-7s %s %s" % (labels[p], ports[p], state, detail, ok))
        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            print("map:", list(pool.map(lambda x: x * x, range(5))))
            f = pool.submit(lambda: 1 / 0)
            try:
                f.result()
            except ZeroDivisionError as e:
                print("future exception:", repr(f.exception()), f.done())
        for l in listeners:
            l.stop = True


main()
