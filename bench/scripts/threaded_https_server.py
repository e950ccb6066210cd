# threaded_https_server.py: a threaded HTTPS server built from the standard
# library, for sslbench's "threads" group. Runs under CPython and
# gpython-ssl alike.
#
# http.server's ThreadingHTTPServer (one thread per connection) with its
# listening socket wrapped by SSLContext.wrap_socket(server_side=True), so
# each accepted connection's handshake runs in the accepting thread, as in
# the usual recipe. The handler speaks HTTP/1.1, so connections are kept
# alive, and answers every GET with a small fixed body.
#
# Arguments (key=value): certfile keyfile
#   life=SECONDS  the server stops by itself after this long (default 120)
# Prints "PORT <n>" once it listens on 127.0.0.1 (port 0: a free port),
# then serves until killed or until life runs out. Logs nothing.
import sys
import ssl
import threading
import socketserver
from http.server import BaseHTTPRequestHandler, HTTPServer

try:
    from http.server import ThreadingHTTPServer
except ImportError:
    # CPython 3.6 has no ThreadingHTTPServer (3.7 added it): the same
    # class from its two parts, so that sslbench can time 3.6 too.
    class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
        daemon_threads = True


def parse_args(argv):
    opts = {}
    for a in argv:
        kv = a.split("=", 1)
        opts[kv[0]] = kv[1]
    return opts


opts = parse_args(sys.argv[1:])
life = float(opts.get("life", "120"))
BODY = b"hello from a threaded HTTPS server\n"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # The headers and the body go out in two writes; with Nagle's algorithm
    # the second waits for the client's delayed ACK (about 40 ms).
    disable_nagle_algorithm = True

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format, *args):
        pass


ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(opts["certfile"], opts["keyfile"])

class Server(ThreadingHTTPServer):
    # 8 clients connect at once: the default backlog of 5 would drop SYNs.
    request_queue_size = 64


httpd = Server(("127.0.0.1", 0), Handler)
httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)

stopper = threading.Timer(life, httpd.shutdown)
stopper.daemon = True
stopper.start()
print("PORT %d" % httpd.server_address[1])
sys.stdout.flush()
httpd.serve_forever(poll_interval=0.5)
httpd.server_close()
