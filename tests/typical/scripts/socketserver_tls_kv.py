"""A threaded key-value server: socketserver.ThreadingTCPServer whose
get_request wraps each connection in TLS, a StreamRequestHandler with
readline/wfile, a shared dict behind a Lock, and clients in threads."""
import os
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class KVHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.server.connections += 1
        for raw in self.rfile:
            parts = raw.decode("utf-8").split()
            if not parts:
                continue
            verb, args = parts[0].upper(), parts[1:]
            with self.server.lock:
                if verb == "SET" and len(args) == 2:
                    self.server.data[args[0]] = args[1]
                    out = "OK"
                elif verb == "GET" and len(args) == 1:
                    out = self.server.data.get(args[0], "(nil)")
                elif verb == "INCR" and len(args) == 1:
                    try:
                        value = int(self.server.data.get(args[0], "0")) + 1
                    except ValueError:
                        out = "ERR not an integer"
                    else:
                        self.server.data[args[0]] = str(value)
                        out = str(value)
                elif verb == "KEYS":
                    out = " ".join(sorted(self.server.data))
                elif verb == "QUIT":
                    self.wfile.write(b"BYE\r\n")
                    return
                else:
                    out = "ERR bad command %s/%d" % (verb, len(args))
            self.wfile.write(out.encode() + b"\r\n")


class TLSKVServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, addr, handler, ctx):
        super().__init__(addr, handler)
        self.ctx = ctx
        self.lock = threading.Lock()
        self.data = {}
        self.connections = 0

    def get_request(self):
        sock, addr = super().get_request()
        return self.ctx.wrap_socket(sock, server_side=True), addr


def session(port, ctx, commands):
    out = []
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            rf = s.makefile("r", encoding="utf-8", newline="\r\n")
            for cmd in commands:
                s.sendall((cmd + "\n").encode())
                out.append(rf.readline().rstrip("\r\n"))
            rf.close()
    return out


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server = TLSKVServer(("127.0.0.1", 0), KVHandler, sctx)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        port = server.server_address[1]
        try:
            print(session(port, cctx, ["SET a 1", "SET b hello", "GET a", "GET zz", "INCR a", "INCR b", "QUIT"]))
            counters = []
            workers = [threading.Thread(target=lambda: counters.append(session(port, cctx, ["INCR hits"] * 5 + ["QUIT"])))
                       for _ in range(4)]
            for w in workers:
                w.start()
            for w in workers:
                w.join(15)
            print("increments seen:", sorted(int(x) for c in counters for x in c[:-1])[-1], len(counters))
            print(session(port, cctx, ["KEYS", "GET hits", "DEL a", "set c 3", "keys", "quit"]))
        finally:
            server.shutdown()
            server.server_close()
            t.join(10)
    print("connections:", server.connections, "data:", sorted(server.data.items()))


if __name__ == "__main__":
    main()
