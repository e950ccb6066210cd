"""urllib.request against an HTTPS server that redirects: a custom
HTTPSHandler subclass (verified context, counts its connections) and an
HTTPRedirectHandler subclass that logs each hop, refuses to leave the
host, and turns POST into GET on 301/302/303 as 3.6 does; redirect
loops, a 308 (not followed by 3.6), and a redirect to another scheme."""
import http.server
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.parse
import urllib.request


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, location=None, body=b""):
        self.send_response(code)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def route(self):
        path = self.path
        n = 0
        if "Content-Length" in self.headers:
            n = int(self.headers["Content-Length"])
        data = self.rfile.read(n) if n else b""
        if path.startswith("/r/"):
            code, rest = path[3:].split("/", 1)
            self.send(int(code), "/" + rest)
        elif path == "/loop":
            self.send(302, "/loop")
        elif path == "/chain/0":
            self.send(200, body=b"end of chain")
        elif path.startswith("/chain/"):
            self.send(302, "/chain/%d" % (int(path.rsplit("/", 1)[1]) - 1))
        elif path == "/away":
            self.send(302, "https://elsewhere.invalid/x")
        elif path == "/ftp":
            self.send(301, "gopher://localhost/x")
        elif path == "/relative":
            self.send(303, "final?from=relative")
        else:
            body = ("%s %s body=%r" % (self.command, path, data.decode())).encode()
            self.send(200, body=body)

    do_GET = route
    do_POST = route


class CountingHTTPSHandler(urllib.request.HTTPSHandler):
    opened = 0

    def https_open(self, req):
        CountingHTTPSHandler.opened += 1
        return urllib.request.HTTPSHandler.https_open(self, req)


class LoggingRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = 4
    hops = []

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        host = urllib.parse.urlsplit(newurl).hostname
        LoggingRedirects.hops.append((code, urllib.parse.urlsplit(newurl).path or newurl))
        if host != "localhost":
            raise urllib.error.HTTPError(newurl, code, "refusing to leave localhost", headers, fp)
        new = urllib.request.HTTPRedirectHandler.redirect_request(self, req, fp, code, msg, headers, newurl)
        if new is not None:
            LoggingRedirects.hops.append(("method", new.get_method()))
        return new


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        base = "https://localhost:%d" % server.server_address[1]
        opener = urllib.request.build_opener(
            CountingHTTPSHandler(context=ssl.create_default_context(cafile=crt)), LoggingRedirects())
        print("handler classes:", sorted(type(h).__name__ for h in opener.handlers
                                         if "HTTPS" in type(h).__name__ or "Redirect" in type(h).__name__))
        cases = [("GET", "/r/301/a"), ("POST", "/r/302/b"), ("POST", "/r/303/c"), ("GET", "/r/307/d"),
                 ("POST", "/r/307/e"), ("GET", "/r/308/f"), ("GET", "/chain/3"), ("GET", "/chain/6"),
                 ("GET", "/loop"), ("GET", "/away"), ("GET", "/ftp"), ("GET", "/relative")]
        for method, path in cases:
            LoggingRedirects.hops = []
            data = b"k=v" if method == "POST" else None
            try:
                with opener.open(base + path, data=data, timeout=10) as resp:
                    print("%-4s %-10s -> %d %s | %s" % (method, path, resp.status, urllib.parse.urlsplit(resp.geturl()).path,
                                                     resp.read().decode()))
            except urllib.error.HTTPError as exc:
                print("%-4s %-10s -> HTTPError %d: %s" % (method, path, exc.code, exc.reason.replace("\n", " | ")))
            except urllib.error.URLError as exc:
                print("%-4s %-10s -> URLError: %s" % (method, path, exc.reason))
            print("     hops:", LoggingRedirects.hops)
        print("https_open calls:", CountingHTTPSHandler.opened)
        server.shutdown()
        server.server_close()
        t.join(5)


main()
