"""A memcached-style text protocol over TLS: a socketserver server (one
thread per connection, the accepted socket wrapped in get_request)
implements set/add/replace/append/get/gets/cas/incr/decr/delete/
flush_all with flags, byte counts, noreply and the protocol's error
lines; a small client class over makefile('rwb') drives it from two
threads, and a compare-and-swap counter shows lost updates being
retried."""
import os
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading


class Store:
    def __init__(self):
        self.lock = threading.Lock()
        self.items = {}
        self.cas_seq = 0

    def put(self, key, flags, data):
        self.cas_seq += 1
        self.items[key] = (flags, data, self.cas_seq)


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        store = self.server.store
        while True:
            line = self.rfile.readline(2048)
            if not line:
                break
            if not line.endswith(b"\r\n"):
                self.wfile.write(b"CLIENT_ERROR line too long or not terminated\r\n")
                break
            parts = line.decode("ascii", "replace").split()
            if not parts:
                self.wfile.write(b"ERROR\r\n")
                continue
            cmd, args = parts[0], parts[1:]
            noreply = bool(args) and args[-1] == "noreply"
            if noreply:
                args = args[:-1]
            reply = self.dispatch(store, cmd, args)
            if reply == "QUIT":
                break
            if reply and not noreply:
                self.wfile.write(reply.encode() if isinstance(reply, str) else reply)
            self.wfile.flush()

    def dispatch(self, store, cmd, args):
        if cmd in ("set", "add", "replace", "append", "cas"):
            want = 5 if cmd == "cas" else 4
            if len(args) != want or not all(a.isdigit() for a in args[1:]):
                return "CLIENT_ERROR bad command line format\r\n"
            key, flags, _, nbytes = args[0], int(args[1]), args[2], int(args[3])
            data = self.rfile.read(nbytes + 2)
            if data[-2:] != b"\r\n":
                return "CLIENT_ERROR bad data chunk\r\n"
            data = data[:-2]
            with store.lock:
                have = store.items.get(key)
                if cmd == "add" and have:
                    return "NOT_STORED\r\n"
                if cmd in ("replace", "append") and not have:
                    return "NOT_STORED\r\n"
                if cmd == "cas":
                    if not have:
                        return "NOT_FOUND\r\n"
                    if have[2] != int(args[4]):
                        return "EXISTS\r\n"
                if cmd == "append":
                    flags, data = have[0], have[1] + data
                store.put(key, flags, data)
            return "STORED\r\n"
        if cmd in ("get", "gets"):
            if not args:
                return "ERROR\r\n"
            out = []
            with store.lock:
                for key in args:
                    if key in store.items:
                        flags, data, cas = store.items[key]
                        head = "VALUE %s %d %d" % (key, flags, len(data))
                        if cmd == "gets":
                            head += " %d" % cas
                        out.append(head.encode() + b"\r\n" + data + b"\r\n")
            return b"".join(out) + b"END\r\n"
        if cmd in ("incr", "decr"):
            if len(args) != 2 or not args[1].isdigit():
                return "CLIENT_ERROR invalid numeric delta argument\r\n"
            with store.lock:
                have = store.items.get(args[0])
                if not have:
                    return "NOT_FOUND\r\n"
                if not have[1].isdigit():
                    return "CLIENT_ERROR cannot increment or decrement non-numeric value\r\n"
                n = int(have[1]) + (int(args[1]) if cmd == "incr" else -int(args[1]))
                n = max(n, 0) % 2 ** 64
                store.put(args[0], have[0], str(n).encode())
            return "%d\r\n" % n
        if cmd == "delete":
            with store.lock:
                return "DELETED\r\n" if store.items.pop(args[0], None) else "NOT_FOUND\r\n"
        if cmd == "flush_all":
            with store.lock:
                store.items.clear()
            return "OK\r\n"
        if cmd == "quit":
            return "QUIT"
        return "ERROR\r\n"


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def get_request(self):
        sock, addr = super().get_request()
        return self.ctx.wrap_socket(sock, server_side=True), addr


class Client:
    def __init__(self, port, ctx):
        raw = socket.create_connection(("127.0.0.1", port), timeout=20)
        self.sock = ctx.wrap_socket(raw, server_hostname="cache.test")
        self.f = self.sock.makefile("rwb")

    def cmd(self, line, data=None):
        self.f.write(line.encode() + b"\r\n")
        if data is not None:
            self.f.write(data + b"\r\n")
        self.f.flush()
        return self.f.readline().decode().rstrip("\r\n")

    def store(self, verb, key, data, flags=0, cas=None):
        line = "%s %s %d 0 %d" % (verb, key, flags, len(data))
        if cas is not None:
            line += " %d" % cas
        return self.cmd(line, data)

    def gets(self, *keys):
        self.f.write(("gets " + " ".join(keys) + "\r\n").encode())
        self.f.flush()
        out = {}
        while True:
            head = self.f.readline().decode().split()
            if head == ["END"]:
                return out
            data = self.f.read(int(head[3]) + 2)[:-2]
            out[head[1]] = (int(head[2]), data, int(head[4]))

    def close(self):
        self.f.write(b"quit\r\n")
        self.f.flush()
        self.f.close()
        self.sock.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                        "-subj", "/CN=cache.test", "-addext", "subjectAltName=DNS:cache.test",
                        "-keyout", key, "-out", crt], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)
        srv = Server(("127.0.0.1", 0), Handler)
        srv.ctx, srv.store = sctx, Store()
        t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = srv.server_address[1]
        try:
            c = Client(port, cctx)
            steps = [
                ("store", "set", "greeting", b"hello", 5),
                ("store", "add", "greeting", b"again", 0),
                ("store", "replace", "missing", b"x", 0),
                ("store", "append", "greeting", b", world", 0),
                ("store", "set", "bin", bytes(range(10)) + b"\r\nEND\r\n", 9),
                ("store", "set", "hits", b"10", 0),
                ("cmd", "incr hits 5"), ("cmd", "decr hits 100"), ("cmd", "incr greeting 1"),
                ("cmd", "incr nothing 1"), ("cmd", "incr hits x"), ("cmd", "delete bin"),
                ("cmd", "delete bin"), ("cmd", "bogus"), ("cmd", "set k 0 0"),
                ("cmd", "set quiet 0 0 2 noreply"),
            ]
            for step in steps:
                if step[0] == "store":
                    print("%-8s %-9s -> %s" % (step[1], step[2], c.store(step[1], step[2], step[3], step[4])))
                elif step[1].endswith("noreply"):
                    c.f.write(step[1].encode() + b"\r\nok\r\n")
                    print("%-18s -> (no reply)" % step[1])
                else:
                    print("%-18s -> %s" % (step[1], c.cmd(step[1])))
            got = c.gets("greeting", "hits", "quiet", "bin", "nope")
            for k in sorted(got):
                print("gets %-8s flags=%d data=%r" % (k, got[k][0], got[k][1]))

            c.store("set", "counter", b"0")
            retries = []

            def bump(n):
                cl = Client(port, cctx)
                r = 0
                for _ in range(n):
                    while True:
                        _, data, cas = cl.gets("counter")["counter"]
                        if cl.store("cas", "counter", str(int(data) + 1).encode(), cas=cas) == "STORED":
                            break
                        r += 1
                retries.append(r)
                cl.close()
            workers = [threading.Thread(target=bump, args=(50,)) for _ in range(2)]
            for w in workers:
                w.start()
            for w in workers:
                w.join(60)
            print("counter after 2x50 cas increments:", c.gets("counter")["counter"][1])
            print("stale cas:", c.store("cas", "counter", b"0", cas=1), "missing cas:",
                  c.store("cas", "gone", b"0", cas=1))
            print("flush_all:", c.cmd("flush_all"), "then:", c.gets("counter", "greeting"))
            c.close()
        finally:
            srv.shutdown()
            srv.server_close()
            t.join()


if __name__ == "__main__":
    main()
