# threaded_tls_server.py: a threaded TLS server for handshake rates, for
# sslbench's "threads" group. Runs under CPython and gpython-ssl alike.
#
# socketserver's ThreadingTCPServer (one thread per connection); the
# handler sets TCP_NODELAY, wraps the accepted socket with SSLContext.wrap_socket(
# server_side=True), so every full handshake runs in the connection's own
# thread, sends one byte ("g") and waits for the client to close.
#
# Arguments (key=value): certfile keyfile
#   life=SECONDS  the server stops by itself after this long (default 120)
# Prints "PORT <n>" once it listens on 127.0.0.1 (port 0: a free port),
# then serves until killed or until life runs out. Logs nothing.
import sys
import ssl
import socket
import threading
import socketserver


def parse_args(argv):
    opts = {}
    for a in argv:
        kv = a.split("=", 1)
        opts[kv[0]] = kv[1]
    return opts


opts = parse_args(sys.argv[1:])
life = float(opts.get("life", "120"))

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(opts["certfile"], opts["keyfile"])


class Handler(socketserver.BaseRequestHandler):
    def handle(self):
        # The session tickets and the byte go out in separate writes; with
        # Nagle's algorithm the byte waits for the client's delayed ACK.
        self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = ctx.wrap_socket(self.request, server_side=True)
        try:
            conn.sendall(b"g")
            # The client closes after reading the byte: recv gives b"".
            conn.recv(1)
        finally:
            conn.close()


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64


server = Server(("127.0.0.1", 0), Handler)
stopper = threading.Timer(life, server.shutdown)
stopper.daemon = True
stopper.start()
print("PORT %d" % server.server_address[1])
sys.stdout.flush()
server.serve_forever(poll_interval=0.5)
server.server_close()
