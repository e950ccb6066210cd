"""A statsd-like UDP metrics collector on socketserver.ThreadingUDPServer,
fed by client sockets; then a DatagramRequestHandler echo with rfile and
wfile, and the server's attributes and shutdown."""
import socket
import socketserver
import threading
from collections import defaultdict


class MetricsHandler(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        server = self.server
        replies = []
        for line in data.decode("ascii", "replace").splitlines():
            try:
                name, rest = line.split(":", 1)
                value, kind = rest.split("|", 1)
                number = float(value)
            except ValueError:
                replies.append("bad line %r" % line)
                continue
            with server.lock:
                if kind == "c":
                    server.counters[name] += number
                elif kind == "g":
                    server.gauges[name] = number
                else:
                    replies.append("unknown kind %r" % kind)
                    continue
            replies.append("ok " + name)
        sock.sendto("\n".join(replies).encode("ascii"), self.client_address)


class MetricsServer(socketserver.ThreadingUDPServer):
    daemon_threads = True

    def __init__(self, addr):
        super().__init__(addr, MetricsHandler)
        self.lock = threading.Lock()
        self.counters = defaultdict(float)
        self.gauges = {}


class UpperEcho(socketserver.DatagramRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())


def send(port, payload):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(5)
        s.sendto(payload, ("127.0.0.1", port))
        reply, addr = s.recvfrom(4096)
        return reply.decode("ascii"), addr[0]


def run(server):
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    return thread


def main():
    server = MetricsServer(("127.0.0.1", 0))
    port = server.server_address[1]
    print("socket type:", server.socket_type == socket.SOCK_DGRAM,
          "max_packet_size:", server.max_packet_size,
          "allow_reuse_address:", server.allow_reuse_address)
    thread = run(server)
    try:
        for payload in (b"requests:1|c", b"requests:2|c\nlatency_ms:12.5|g",
                        b"requests:oops|c", b"queue:3|h", b"no-colon-here",
                        b"requests:4|c\nlatency_ms:9|g\nerrors:1|c"):
            reply, host = send(port, payload)
            print("%-40r -> %s (from %s)" % (payload, reply.replace("\n", "; "), host))
        workers = []
        for _ in range(8):
            t = threading.Thread(target=send, args=(port, b"burst:1|c"))
            t.start()
            workers.append(t)
        for t in workers:
            t.join()
    finally:
        server.shutdown()
        thread.join()
        server.server_close()
    print("counters:", sorted(server.counters.items()))
    print("gauges:", sorted(server.gauges.items()))

    echo = socketserver.UDPServer(("127.0.0.1", 0), UpperEcho)
    thread = run(echo)
    try:
        print("echo:", send(echo.server_address[1], b"hello\nudp world\n")[0].splitlines())
    finally:
        echo.shutdown()
        thread.join()
        echo.server_close()
    print("closed fileno:", echo.socket.fileno())


main()
