"""A plain-HTTP front that redirects to HTTPS (301 with Location), an
HTTPS back end with HSTS, and clients that follow the redirect with
urllib.request, or refuse to with http.client, reporting each hop."""
import http.client
import http.server
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading
import urllib.request


def make_cert(d):
    key, cert = os.path.join(d, "r.key"), os.path.join(d, "r.crt")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "30", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Quiet(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass


class ThreadingHTTPServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def start(server):
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    t.start()
    return t


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        hits = []

        class Secure(Quiet):
            def do_GET(self):
                hits.append(("https", self.path))
                body = ("secure content for %s" % self.path).encode()
                self.send_response(200)
                self.send_header("Strict-Transport-Security", "max-age=31536000")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        secure = ThreadingHTTPServer(("127.0.0.1", 0), Secure)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        secure.socket = sctx.wrap_socket(secure.socket, server_side=True)
        https_port = secure.server_address[1]

        class Redirect(Quiet):
            def do_GET(self):
                hits.append(("http", self.path))
                self.send_response(301)
                self.send_header("Location", "https://localhost:%d%s" % (https_port, self.path))
                self.send_header("Content-Length", "0")
                self.end_headers()

        plain = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
        http_port = plain.server_address[1]
        threads = [start(secure), start(plain)]
        try:
            cctx = ssl.create_default_context(cafile=cert)
            opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=cctx))
            with opener.open("http://localhost:%d/account?id=7" % http_port, timeout=10) as resp:
                print("final url scheme:", resp.geturl().split(":")[0], "path:", resp.geturl().split(str(https_port))[1])
                print("status:", resp.status, "HSTS:", resp.headers["Strict-Transport-Security"])
                print("body:", resp.read().decode())
            conn = http.client.HTTPConnection("localhost", http_port, timeout=10)
            conn.request("GET", "/login")
            r = conn.getresponse()
            r.read()
            print("http.client sees:", r.status, r.reason, "->", r.getheader("Location").replace(str(https_port), "PORT"))
            conn.close()
            sconn = http.client.HTTPSConnection("localhost", https_port, timeout=10, context=cctx)
            sconn.request("GET", "/login")
            r = sconn.getresponse()
            print("direct https:", r.status, r.read().decode(), "| socket:", type(sconn.sock).__name__)
            sconn.close()
        finally:
            for srv in (secure, plain):
                srv.shutdown()
                srv.server_close()
            for t in threads:
                t.join(10)
        print("hits:", hits)


if __name__ == "__main__":
    main()
