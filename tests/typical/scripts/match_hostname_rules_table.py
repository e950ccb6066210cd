"""Fetch a server's certificate once, then check a table of host names
against it (and against hand-written certificate dicts) with
ssl.match_hostname, as a pre-flight checker would."""
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=legacy.example.com",
         "-addext", "subjectAltName=DNS:www.example.com,DNS:*.api.example.com,IP:127.0.0.1,IP:::1",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def fetch(cert, key):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(cert, key)
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)

    def serve():
        conn, _ = srv.accept()
        with sctx.wrap_socket(conn, server_side=True) as s:
            s.recv(1)
    t = threading.Thread(target=serve)
    t.start()
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cert)
    ctx.check_hostname = False
    with socket.create_connection(srv.getsockname(), timeout=10) as raw:
        with ctx.wrap_socket(raw) as s:
            peer = s.getpeercert()
            s.sendall(b"x")
    t.join(10)
    srv.close()
    return peer


def check(cert, name):
    try:
        ssl.match_hostname(cert, name)
        return "ok"
    except ssl.CertificateError as e:
        return "CertificateError: %s" % e
    except ValueError as e:
        return "ValueError: %s" % e


def main():
    with tempfile.TemporaryDirectory() as d:
        peer = fetch(*make_cert(d))
    print("SAN:", peer["subjectAltName"])
    names = ["www.example.com", "WWW.Example.COM", "example.com", "v1.api.example.com",
             "x.v1.api.example.com", "legacy.example.com", "127.0.0.1", "::1",
             "0:0:0:0:0:0:0:1", "127.0.0.2", "www.example.com."]
    for name in names:
        print("%-22s %s" % (name, check(peer, name)))
    handmade = [
        ({"subject": ((("commonName", "cn-only.test"),),)}, "cn-only.test"),
        ({"subject": ((("commonName", "cn-only.test"),),)}, "other.test"),
        ({"subject": ((("organizationName", "No CN"),),)}, "x.test"),
        ({"subjectAltName": (("DNS", "f*.example.org"),)}, "foo.example.org"),
        ({"subjectAltName": (("DNS", "*.*.example.org"),)}, "a.b.example.org"),
        ({"subjectAltName": (("DNS", "a.com"), ("DNS", "b.com"), ("DNS", "c.com"))}, "d.com"),
        ({}, "anything"),
    ]
    for cert, name in handmade:
        print("%-16s %-40s %s" % (name, str(cert)[:40], check(cert, name)))


main()
