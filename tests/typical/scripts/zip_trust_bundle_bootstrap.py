"""Bootstrapping trust from a zip bundle fetched over HTTPS.

A provisioning server hands out a zip file holding the CA certificate
and a manifest of SHA-256 pins. The client downloads it once with a
context that trusts the CA file given on its command line, checks every
member against the manifest, then builds a fresh context from the zip's
CA with cadata alone and talks to the service with it.
"""
import hashlib
import io
import json
import os
import socket
import ssl
import subprocess
import tempfile
import threading
import urllib.request
import zipfile
from http.server import BaseHTTPRequestHandler, HTTPServer


def run(*args):
    subprocess.check_call(list(args), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_pki(d):
    p = lambda n: os.path.join(d, n)
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30", "-subj", "/O=Bootstrap/CN=Bootstrap Root",
        "-keyout", p("ca.key"), "-out", p("ca.crt"))
    run("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", p("srv.key"),
        "-out", p("srv.csr"))
    with open(p("ext.cnf"), "w") as f:
        f.write("subjectAltName=DNS:localhost\n")
    run("openssl", "x509", "-req", "-in", p("srv.csr"), "-CA", p("ca.crt"), "-CAkey", p("ca.key"),
        "-CAcreateserial", "-days", "10", "-extfile", p("ext.cnf"), "-out", p("srv.crt"))
    return p("ca.crt"), p("srv.crt"), p("srv.key")


def build_bundle(ca_pem):
    members = {"trust/ca.pem": ca_pem, "README.txt": b"Install trust/ca.pem as your only CA.\n"}
    manifest = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in sorted(members.items()):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 2, 3, 4, 6))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        zf.writestr(zipfile.ZipInfo("manifest.json", date_time=(2020, 1, 2, 3, 4, 6)),
                    json.dumps(manifest, sort_keys=True))
    return buf.getvalue()


class Provision(BaseHTTPRequestHandler):
    bundle = b""

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/bundle.zip":
            body, ctype = self.bundle, "application/zip"
        else:
            body, ctype = b"service says hi\n", "text/plain"
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def main():
    with tempfile.TemporaryDirectory() as d:
        ca, crt, key = make_pki(d)
        with open(ca, "rb") as f:
            Provision.bundle = build_bundle(f.read())
        httpd = HTTPServer(("127.0.0.1", 0), Provision)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        httpd.socket = sctx.wrap_socket(httpd.socket, server_side=True)
        t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        base = "https://localhost:%d" % httpd.server_address[1]
        try:
            first = ssl.create_default_context(cafile=ca)
            with urllib.request.urlopen(base + "/bundle.zip", context=first, timeout=20) as resp:
                print("download:", resp.status, resp.headers["Content-Type"])
                blob = resp.read()
            zf = zipfile.ZipFile(io.BytesIO(blob))
            print("zip ok:", zf.testzip() is None)
            for info in zf.infolist():
                kind = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}[info.compress_type]
                print("  %-14s %5d bytes %-8s %s" % (info.filename, info.file_size, kind, info.date_time))
            manifest = json.loads(zf.read("manifest.json").decode())
            for name, want in sorted(manifest.items()):
                got = hashlib.sha256(zf.read(name)).hexdigest()
                print("  pin %-14s %s" % (name, "matches" if got == want else "MISMATCH"))
            ca_pem = zf.read("trust/ca.pem").decode("ascii")

            fresh = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            print("before cadata:", fresh.cert_store_stats())
            fresh.load_verify_locations(cadata=ca_pem)
            print("after cadata: ", fresh.cert_store_stats())
            subject = dict(x[0] for x in fresh.get_ca_certs()[0]["subject"])
            print("trusted root:", subject)
            with urllib.request.urlopen(base + "/service", context=fresh, timeout=20) as resp:
                print("service:", resp.read())
            try:
                fresh.load_verify_locations(cadata=ca_pem.replace("MII", "XYZ", 1))
            except ssl.SSLError as exc:
                print("corrupted cadata:", type(exc).__name__, exc.reason)
            try:
                zf.read("trust/missing.pem")
            except KeyError as exc:
                print("missing member:", exc)
            bare = ssl.create_default_context(cadata=ca_pem)
            with socket.create_connection(httpd.server_address, timeout=20) as raw:
                with bare.wrap_socket(raw, server_hostname="localhost") as tls:
                    cert = tls.getpeercert()
                    print("direct handshake:", tls.version() is not None, cert["subject"], cert["issuer"])
                    tls.sendall(b"GET /direct HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    with tls.makefile("rb") as f:
                        status = f.readline().split(b" ", 1)[1].strip()
                        headers = iter(f.readline, b"\r\n")
                        size = [int(h.split(b":")[1]) for h in headers if h.lower().startswith(b"content-length")][0]
                        print("direct reply:", status, f.read(size))
        finally:
            httpd.shutdown()
            httpd.server_close()
            t.join(30)


if __name__ == "__main__":
    main()
