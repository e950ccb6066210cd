"""A service with two faces built from socketserver: a threaded TCP
server that speaks TLS for commands, and a UDP server for cheap health
probes, both running in background threads of one process.

The TLS side wraps each accepted connection in the handler's setup()
(StreamRequestHandler then makes rfile and wfile over the TLS socket) and
keeps a small key/value store; the UDP side answers "ping" with the
store's size and how many TLS sessions have been served. A client talks
to both, then both servers are shut down and closed."""
import os
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.store = {}
        self.sessions = 0


class TLSHandler(socketserver.StreamRequestHandler):
    def setup(self):
        self.request = self.server.ctx.wrap_socket(self.request, server_side=True)
        socketserver.StreamRequestHandler.setup(self)

    def handle(self):
        state = self.server.state
        with state.lock:
            state.sessions += 1
        for raw in self.rfile:
            words = raw.decode().split()
            if not words:
                continue
            cmd, args = words[0].upper(), words[1:]
            with state.lock:
                if cmd == "SET" and len(args) == 2:
                    state.store[args[0]] = args[1]
                    reply = "OK"
                elif cmd == "GET" and len(args) == 1:
                    reply = state.store.get(args[0], "(nil)")
                elif cmd == "KEYS":
                    reply = " ".join(sorted(state.store)) or "(empty)"
                elif cmd == "BYE":
                    self.wfile.write(b"BYE\n")
                    break
                else:
                    reply = "ERR unknown command %r" % " ".join(words)
            self.wfile.write((reply + "\n").encode())


class UDPHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        state = self.server.state
        if data.strip() == b"ping":
            with state.lock:
                answer = "pong keys=%d sessions=%d" % (len(state.store), state.sessions)
        else:
            answer = "?"
        sock.sendto(answer.encode(), self.client_address)


class TLSServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


def probe(addr):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        u.settimeout(5)
        u.sendto(b"ping", addr)
        return u.recvfrom(100)[0].decode()


def session(port, cafile, commands):
    ctx = ssl.create_default_context(cafile=cafile)
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
            f = tls.makefile("rwb")
            for c in commands:
                f.write((c + "\n").encode())
                f.flush()
                print("  %-16s -> %s" % (c, f.readline().decode().strip()))
            f.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = os.path.join(d, "svc.crt"), os.path.join(d, "svc.key")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "2", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        state = State()
        tcp = TLSServer(("127.0.0.1", 0), TLSHandler)
        tcp.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tcp.ctx.load_cert_chain(crt, key)
        udp = socketserver.UDPServer(("127.0.0.1", 0), UDPHandler)
        for s in (tcp, udp):
            s.state = state
        threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}) for s in (tcp, udp)]
        for t in threads:
            t.start()
        try:
            print("udp:", probe(udp.server_address))
            print("tls session 1")
            session(tcp.server_address[1], crt, ["SET colour blue", "SET size 10", "GET colour", "BYE"])
            print("udp:", probe(udp.server_address))
            print("tls session 2")
            session(tcp.server_address[1], crt, ["KEYS", "GET missing", "FLY away", "SET size 11",
                                                 "GET size", "BYE"])
            print("udp:", probe(udp.server_address))
        finally:
            for s in (tcp, udp):
                s.shutdown()
            for t in threads:
                t.join()
            for s in (tcp, udp):
                s.server_close()
        print("servers closed; udp socket fileno:", udp.socket.fileno(), "tls socket fileno:", tcp.socket.fileno())


main()
