#!/usr/bin/env python3
# Certificate checker: connect, fetch the peer certificate, report expiry.
import datetime
import os
import socket
import ssl
import subprocess
import tempfile
import threading

DAYS = 45


def gen(tmp):
    cert, key = os.path.join(tmp, "c.pem"), os.path.join(tmp, "k.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", str(DAYS),
                    "-subj", "/C=US/ST=California/O=Example Corp/OU=Web/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost,DNS:www.example.test,IP:127.0.0.1",
                    "-keyout", key, "-out", cert],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def serve_once(lsock, ctx):
    conn, _ = lsock.accept()
    try:
        with ctx.wrap_socket(conn, server_side=True) as s:
            s.recv(10)
    except (ssl.SSLError, OSError) as exc:
        print("server error:", exc)


def check(host, port, cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    with socket.create_connection((host, port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname="localhost") as ssock:
            cert = ssock.getpeercert()
            ssock.sendall(b"bye")
    return cert


def main():
    with tempfile.TemporaryDirectory() as tmp:
        cert, key = gen(tmp)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(1)
        t = threading.Thread(target=serve_once, args=(lsock, sctx))
        t.start()
        info = check("127.0.0.1", lsock.getsockname()[1], cert)
        t.join()
        lsock.close()
    subject = dict(x[0] for x in info["subject"])
    issuer = dict(x[0] for x in info["issuer"])
    print("subject:", subject)
    print("issuer CN:", issuer.get("commonName"))
    print("SAN:", info.get("subjectAltName"))
    print("version:", info["version"])
    not_after = datetime.datetime.strptime(info["notAfter"], "%b %d %H:%M:%S %Y %Z")
    not_before = datetime.datetime.utcfromtimestamp(ssl.cert_time_to_seconds(info["notBefore"]))
    validity = not_after - not_before
    print("validity days:", validity.days)
    left = not_after - datetime.datetime.utcnow()
    print("expires within 60 days:", left < datetime.timedelta(days=60))
    print("expired:", left.total_seconds() < 0)
    print("serial is hex:", all(c in "0123456789ABCDEF" for c in info["serialNumber"]))
    print("keys:", sorted(info))


main()
