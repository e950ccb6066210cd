"""Conditional and partial GETs over HTTPS: a SimpleHTTPRequestHandler
subclass adds ETag/If-None-Match (304) and single Range requests (206,
416) to files served from a temporary directory; an http.client client
resumes a download in pieces and checks the reassembled digest."""
import hashlib
import http.client
import http.server
import os
import re
import ssl
import subprocess
import tempfile
import threading
from functools import partial


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class RangeHandler(http.server.SimpleHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        path = self.translate_path(self.path)
        if not os.path.isfile(path):
            self.send_error(404, "File not found")
            return
        with open(path, "rb") as f:
            data = f.read()
        etag = '"%s"' % hashlib.md5(data).hexdigest()[:12]
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        rng = self.headers.get("Range")
        status, body = 200, data
        if rng:
            m = re.match(r"bytes=(\d+)-(\d*)$", rng)
            start = int(m.group(1))
            end = int(m.group(2)) if m.group(2) else len(data) - 1
            if start >= len(data):
                self.send_response(416)
                self.send_header("Content-Range", "bytes */%d" % len(data))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            end = min(end, len(data) - 1)
            status, body = 206, data[start:end + 1]
        self.send_response(status)
        self.send_header("ETag", etag)
        self.send_header("Accept-Ranges", "bytes")
        if status == 206:
            self.send_header("Content-Range", "bytes %d-%d/%d" % (start, end, len(data)))
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        root = os.path.join(d, "www")
        os.mkdir(root)
        payload = b"".join(b"line %05d of the release notes\n" % i for i in range(3000))
        with open(os.path.join(root, "notes.txt"), "wb") as f:
            f.write(payload)
        httpd = http.server.HTTPServer(("127.0.0.1", 0), partial(RangeHandler, directory=root)
                                       if "directory" in RangeHandler.__init__.__code__.co_varnames
                                       else RangeHandler)
        os.chdir(root)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        cctx = ssl.create_default_context(cafile=crt)
        conn = http.client.HTTPSConnection("localhost", httpd.server_address[1], context=cctx, timeout=10)
        try:
            conn.request("GET", "/notes.txt")
            r = conn.getresponse()
            full = r.read()
            etag = r.getheader("ETag")
            print("full:", r.status, len(full), r.getheader("Accept-Ranges"), "etag length", len(etag))
            conn.request("GET", "/notes.txt", headers={"If-None-Match": etag})
            r = conn.getresponse()
            print("revalidate:", r.status, r.reason, repr(r.read()))
            pieces = []
            offset, step = 0, 40000
            while True:
                conn.request("GET", "/notes.txt", headers={"Range": "bytes=%d-%d" % (offset, offset + step - 1)})
                r = conn.getresponse()
                body = r.read()
                if r.status == 416:
                    print("past the end:", r.status, r.getheader("Content-Range"))
                    break
                print("piece:", r.status, r.getheader("Content-Range"), len(body))
                pieces.append(body)
                offset += len(body)
            print("reassembled ok:", hashlib.sha256(b"".join(pieces)).hexdigest() == hashlib.sha256(payload).hexdigest())
            conn.request("GET", "/notes.txt", headers={"Range": "bytes=95990-"})
            r = conn.getresponse()
            print("open range:", r.status, r.getheader("Content-Range"), r.read())
            conn.request("GET", "/missing.txt")
            r = conn.getresponse()
            print("missing:", r.status, r.reason, len(r.read()) > 0)
        finally:
            conn.close()
            httpd.shutdown()
            t.join(10)
            httpd.server_close()
            os.chdir(d)


main()
