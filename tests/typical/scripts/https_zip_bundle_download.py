"""Downloading a release bundle over HTTPS and inspecting it: the server
builds a zip archive in memory and serves it with http.server (with
Content-Length, Last-Modified and Range support); the client downloads
it with urllib.request in blocks with a progress callback, resumes a cut
download with a Range request, checks a published sha256, and lists and
reads the archive with zipfile, including a member that fails its CRC."""
import hashlib
import http.server
import io
import os
import socketserver
import ssl
import subprocess
import tempfile
import threading
import urllib.error
import urllib.request
import zipfile


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "3",
                           "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def build_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in [("release/README", "Release notes\n" * 20), ("release/VERSION", "1.4.2\n"),
                           ("release/data/table.csv", "".join("%d,%d\n" % (i, i * i) for i in range(500)))]:
            info = zipfile.ZipInfo(name, date_time=(2020, 5, 17, 10, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text)
        stored = zipfile.ZipInfo("release/logo.bin", date_time=(2020, 5, 17, 10, 31, 0))
        z.writestr(stored, bytes(range(256)) * 8, compress_type=zipfile.ZIP_STORED)
    return buf.getvalue()


BUNDLE = build_zip()


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/bundle.zip.sha256":
            body = (hashlib.sha256(BUNDLE).hexdigest() + "  bundle.zip\n").encode()
            status, extra = 200, []
        elif self.path in ("/bundle.zip", "/corrupt.zip"):
            data = BUNDLE
            if self.path == "/corrupt.zip":
                # flip one byte inside the stored member's data
                pos = data.index(bytes(range(16))) + 100
                data = data[:pos] + bytes([data[pos] ^ 0xFF]) + data[pos + 1:]
            rng = self.headers.get("Range")
            if rng:
                start = int(rng.split("=")[1].split("-")[0])
                body, status = data[start:], 206
                extra = [("Content-Range", "bytes %d-%d/%d" % (start, len(data) - 1, len(data)))]
            else:
                body, status, extra = data, 200, []
            extra.append(("Last-Modified", "Sun, 17 May 2020 10:31:00 GMT"))
            extra.append(("Content-Type", "application/zip"))
        else:
            return self.send_error(404, "no such file")
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


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
        opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=crt)))
        urllib.request.install_opener(opener)

        published = urllib.request.urlopen(base + "/bundle.zip.sha256", timeout=10).read().decode().split()[0]
        progress = []
        target = os.path.join(d, "bundle.zip")
        path, headers = urllib.request.urlretrieve(base + "/bundle.zip", target,
                                                   lambda blocks, size, total: progress.append((blocks, size, total)))
        print("downloaded %d bytes in %d callbacks, first %s, content-type %s" % (
            os.path.getsize(path), len(progress), progress[0], headers["Content-Type"]))
        with open(path, "rb") as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        print("sha256 matches published:", digest == published)

        # a download cut after 1000 bytes, resumed with Range
        partial = BUNDLE[:1000]
        req = urllib.request.Request(base + "/bundle.zip", headers={"Range": "bytes=%d-" % len(partial)})
        with urllib.request.urlopen(req, timeout=10) as resp:
            print("resume:", resp.status, resp.getheader("Content-Range"), resp.getheader("Last-Modified"))
            whole = partial + resp.read()
        print("resumed copy identical:", whole == BUNDLE)

        with zipfile.ZipFile(target) as z:
            print("test:", z.testzip())
            for info in z.infolist():
                print("  %-24s %5d -> %5d %s %s %08x" % (info.filename, info.file_size, info.compress_size,
                                                        "deflate" if info.compress_type == zipfile.ZIP_DEFLATED else "stored",
                                                        info.date_time, info.CRC))
            print("VERSION:", z.read("release/VERSION").decode().strip())
            with z.open("release/data/table.csv") as member:
                rows = io.TextIOWrapper(member, encoding="ascii").readlines()
            print("table rows:", len(rows), rows[-1].strip())
            try:
                z.read("release/missing")
            except KeyError as exc:
                print("missing member:", exc)

        data = urllib.request.urlopen(base + "/corrupt.zip", timeout=10).read()
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            print("corrupt test:", z.testzip())
            try:
                z.read("release/logo.bin")
            except zipfile.BadZipFile as exc:
                print("BadZipFile:", exc)
        try:
            urllib.request.urlopen(base + "/nope.zip", timeout=10)
        except urllib.error.HTTPError as exc:
            print("HTTPError:", exc.code, exc.reason)
        try:
            zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 not really"))
        except zipfile.BadZipFile as exc:
            print("not a zip:", exc)
        server.shutdown()
        server.server_close()
        t.join(5)


main()
