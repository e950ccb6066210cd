"""socketserver.ThreadingTCPServer serving TLS with client certificates:
get_request() wraps each accepted socket, a StreamRequestHandler speaks
a line protocol, the handler reads the peer certificate, and the server
keeps an audit trail in a thread-safe list. Several clients run at
once from threads; one presents no certificate and one presents a
certificate from a different CA."""
import os
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading


def openssl(*args):
    subprocess.run(("openssl",) + args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_ca(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "9",
            "-subj", "/CN=" + name, "-keyout", key, "-out", crt)
    return crt, key


def make_leaf(d, ca, name, usage, serial):
    key, csr, crt, ext = (os.path.join(d, name + s) for s in (".key", ".csr", ".crt", ".ext"))
    with open(ext, "w") as f:
        f.write("extendedKeyUsage=%s\nsubjectAltName=DNS:%s\n" % (usage, name))
    openssl("req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
            "-subj", "/OU=audit/CN=" + name, "-keyout", key, "-out", csr)
    openssl("x509", "-req", "-in", csr, "-CA", ca[0], "-CAkey", ca[1], "-set_serial", str(serial),
            "-days", "3", "-extfile", ext, "-out", crt)
    return crt, key


class AuditHandler(socketserver.StreamRequestHandler):
    def handle(self):
        cert = self.request.getpeercert()
        who = dict(x[0] for x in cert["subject"])["commonName"]
        self.server.record(who, "connected")
        self.wfile.write(("hello %s\n" % who).encode())
        for raw in self.rfile:
            line = raw.decode().strip()
            if line == "END":
                break
            self.server.record(who, line)
            self.wfile.write(("noted %d chars\n" % len(line)).encode())
        self.wfile.write(b"closing\n")


class TLSServer(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, addr, handler, ctx):
        super().__init__(addr, handler)
        self.ctx = ctx
        self.audit = []
        self.refused = 0
        self.lock = threading.Lock()

    def get_request(self):
        sock, addr = self.socket.accept()
        return self.ctx.wrap_socket(sock, server_side=True), addr

    def record(self, who, what):
        with self.lock:
            self.audit.append((who, what))

    def handle_error(self, request, client_address):
        with self.lock:
            self.refused += 1


def client(port, ctx, name, lines, out):
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
            with ctx.wrap_socket(raw, server_hostname="audit.server") as s:
                f = s.makefile("rw", encoding="utf-8", newline="\n")
                replies = [f.readline().strip()]
                for line in lines + ["END"]:
                    f.write(line + "\n")
                    f.flush()
                    replies.append(f.readline().strip())
                f.close()
                out[name] = replies
    except (ssl.SSLError, ConnectionError) as e:
        out[name] = ["error: %s" % (e.reason if isinstance(e, ssl.SSLError) else type(e).__name__)]


def main():
    with tempfile.TemporaryDirectory() as d:
        ca = make_ca(d, "Audit CA")
        rogue = make_ca(d, "Rogue CA")
        srv = make_leaf(d, ca, "audit.server", "serverAuth", 1)
        users = {n: make_leaf(d, ca, n, "clientAuth", 10 + i) for i, n in enumerate(["carol", "dave", "erin"])}
        mallory = make_leaf(d, rogue, "mallory", "clientAuth", 66)

        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(*srv)
        sctx.load_verify_locations(ca[0])
        sctx.verify_mode = ssl.CERT_REQUIRED
        # TLS 1.2 makes the client see a refused certificate during its handshake
        sctx.options |= ssl.OP_NO_TLSv1_3
        server = TLSServer(("127.0.0.1", 0), AuditHandler, sctx)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        port = server.server_address[1]

        def ctx_for(pair):
            c = ssl.create_default_context(cafile=ca[0])
            if pair:
                c.load_cert_chain(*pair)
            return c

        out = {}
        jobs = [(n, ctx_for(users[n]), ["line one from " + n, "x" * (5 + i)]) for i, n in enumerate(sorted(users))]
        jobs += [("anonymous", ctx_for(None), ["hi"]), ("mallory", ctx_for(mallory), ["hi"])]
        threads = [threading.Thread(target=client, args=(port, c, n, l, out)) for n, c, l in jobs]
        for t in threads:
            t.start()
        for t in threads:
            t.join(10)
        for name in sorted(out):
            print("%-9s %s" % (name, " | ".join(out[name])))
        server.shutdown()
        server.server_close()
        print("audit trail (sorted):")
        for who, what in sorted(server.audit):
            print("   ", who, "->", what)
        print("handler errors:", server.refused)


main()
