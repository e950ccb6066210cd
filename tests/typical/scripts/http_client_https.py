import http.client
import http.server
import json
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading


class ThreadingHTTPSServer(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):
        pass

    def reply(self, code, body, ctype="text/plain"):
        data = body.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_GET(self):
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/json")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/json":
            self.reply(200, json.dumps({"path": self.path, "headers": sorted(k.lower() for k in self.headers.keys())}),
                       "application/json")
        else:
            self.send_error(404, "Nothing here")

    do_HEAD = do_GET

    def do_PUT(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.reply(200, "stored %d bytes: %s" % (len(body), body.decode()[::-1]))


def main():
    d = tempfile.mkdtemp()
    crt, key = os.path.join(d, "c"), os.path.join(d, "k")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt], stderr=subprocess.DEVNULL)
    httpd = ThreadingHTTPSServer(("127.0.0.1", 0), Handler)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    ctx = ssl.create_default_context(cafile=crt)
    conn = http.client.HTTPSConnection("localhost", httpd.server_port, context=ctx, timeout=10)
    for method, path, body in [("GET", "/json", None), ("GET", "/redirect", None), ("HEAD", "/json", None),
                               ("PUT", "/store", "payload-123"), ("GET", "/missing", None)]:
        conn.request(method, path, body=body, headers={"X-Client": "demo"})
        resp = conn.getresponse()
        data = resp.read()
        print(method, path, resp.status, resp.reason, resp.getheader("Content-Type"), resp.getheader("Location"),
              resp.version, len(data))
        if resp.getheader("Content-Type") == "application/json" and data:
            print("   ", json.loads(data.decode()))
        elif data and resp.status == 200:
            print("   ", data.decode())
        elif resp.status == 404:
            print("    404 body mentions message:", b"Nothing here" in data)
    print("sock version:", conn.sock.version())
    conn.close()
    print("responses:", http.client.responses[418] if 418 in http.client.responses else None, http.client.OK,
          http.HTTPStatus.NOT_FOUND.phrase, int(http.HTTPStatus.CREATED))
    httpd.shutdown()
    httpd.server_close()
    subprocess.call(["rm", "-rf", d])


main()
