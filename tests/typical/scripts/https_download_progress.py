"""Downloads files from a local HTTPS file server (http.server with an
SSL-wrapped listening socket) through http.client, reading the body in
chunks, printing a progress line every quarter and checking the sha256
of what arrived against the server's copy; then a missing file, a
HEAD request and a ranged request."""
import hashlib
import http.client
import http.server
import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "cert.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                           "ec_paramgen_curve:P-256", "-nodes", "-days", "3",
                           "-subj", "/CN=files.test", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class FileHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    root = None

    def log_message(self, fmt, *args):
        pass

    def _file(self):
        path = os.path.join(self.root, self.path.lstrip("/"))
        if not os.path.isfile(path):
            self.send_error(404, "No such file")
            return None
        with open(path, "rb") as f:
            return f.read()

    def do_HEAD(self):
        data = self._file()
        if data is not None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Content-Type", "application/octet-stream")
            self.end_headers()

    def do_GET(self):
        data = self._file()
        if data is None:
            return
        rng = self.headers.get("Range")
        if rng and rng.startswith("bytes="):
            first, last = rng[6:].split("-")
            part = data[int(first):int(last) + 1]
            self.send_response(206)
            self.send_header("Content-Range", "bytes %s-%d/%d" % (first, int(first) + len(part) - 1, len(data)))
            self.send_header("Content-Length", str(len(part)))
            self.end_headers()
            self.wfile.write(part)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        view = memoryview(data)
        for i in range(0, len(data), 10000):
            self.wfile.write(view[i:i + 10000])


def download(conn, name, chunk=8192):
    conn.request("GET", "/" + name)
    resp = conn.getresponse()
    if resp.status != 200:
        body = resp.read()
        print("  %s: %d %s (%d bytes of error page)" % (name, resp.status, resp.reason, len(body)))
        return None
    total = int(resp.getheader("Content-Length"))
    digest = hashlib.sha256()
    got = 0
    next_mark = 25
    while True:
        block = resp.read(chunk)
        if not block:
            break
        digest.update(block)
        got += len(block)
        while total and got * 100 // total >= next_mark:
            print("  %s: %3d%% of %d bytes" % (name, next_mark, total))
            next_mark += 25
    return got, digest.hexdigest()


def main():
    d = tempfile.mkdtemp()
    try:
        crt, key = make_cert(d)
        root = os.path.join(d, "www")
        os.mkdir(root)
        files = {"small.txt": b"hello over TLS\n" * 3,
                 "blob.bin": bytes(range(256)) * 700,
                 "empty.dat": b""}
        for name, data in files.items():
            with open(os.path.join(root, name), "wb") as f:
                f.write(data)
        FileHandler.root = root
        server = http.server.HTTPServer(("127.0.0.1", 0), FileHandler)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        try:
            cctx = ssl.create_default_context(cafile=crt)
            conn = http.client.HTTPSConnection("localhost", server.server_address[1], context=cctx, timeout=10)
            for name in sorted(files) + ["missing.txt"]:
                print("GET", name)
                result = download(conn, name)
                if result is not None:
                    size, hexdigest = result
                    ok = hexdigest == hashlib.sha256(files[name]).hexdigest()
                    print("  done: %d bytes, sha256 %s..., matches: %s" % (size, hexdigest[:16], ok))
            conn.request("HEAD", "/blob.bin")
            resp = conn.getresponse()
            print("HEAD:", resp.status, resp.getheader("Content-Length"), resp.getheader("Content-Type"), repr(resp.read()))
            print("protocol:", conn.sock.version(), "peer CN:",
                  dict(x[0] for x in conn.sock.getpeercert()["subject"])["commonName"])
            # The last request asks the server to close the connection.
            conn.request("GET", "/blob.bin", headers={"Range": "bytes=250-261", "Connection": "close"})
            resp = conn.getresponse()
            print("Range:", resp.status, resp.reason, resp.getheader("Content-Range"), list(resp.read()))
            conn.close()
        finally:
            server.shutdown()
            server.server_close()
            t.join(5)
    finally:
        shutil.rmtree(d)
    print("alive threads:", threading.active_count())


if __name__ == "__main__":
    main()
    sys.exit(0)
