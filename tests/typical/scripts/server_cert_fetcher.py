"""Fetch a server's certificate with ssl.get_server_certificate, convert
PEM <-> DER, compute fingerprints with hashlib, and compare against the
certificate file on disk; also checks a server that is not there."""
import base64
import hashlib
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "crt.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "10",
                    "-subj", "/CN=fetch.test", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def serve(ctx, lsock, count):
    for _ in range(count):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.recv(1)
        except (ssl.SSLError, OSError):
            pass


def fingerprint(der, algo):
    digest = hashlib.new(algo, der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(4)
        port = lsock.getsockname()[1]
        t = threading.Thread(target=serve, args=(sctx, lsock, 2), daemon=True)
        t.start()
        pem = ssl.get_server_certificate(("127.0.0.1", port))
        pem2 = ssl.get_server_certificate(("127.0.0.1", port), ca_certs=crt)
        t.join(10)
        lsock.close()
        with open(crt) as f:
            on_disk = f.read()
        print("type:", type(pem).__name__, "lines:", len(pem.strip().splitlines()))
        print("starts:", pem.splitlines()[0], "ends:", pem.rstrip().splitlines()[-1])
        print("same as file:", ssl.PEM_cert_to_DER_cert(pem) == ssl.PEM_cert_to_DER_cert(on_disk))
        print("same twice:", pem == pem2)
        der = ssl.PEM_cert_to_DER_cert(pem)
        print("der type:", type(der).__name__, der[:1] == b"\x30")
        back = ssl.DER_cert_to_PEM_cert(der)
        print("roundtrip:", back == pem, back.endswith("\n"))
        body = "".join(pem.strip().splitlines()[1:-1])
        print("manual decode:", base64.b64decode(body) == der)
        for algo in ("sha1", "sha256", "md5"):
            fp = fingerprint(der, algo)
            print("%-6s %2d bytes %s" % (algo, len(fp.split(":")), fp.count(":")))
        out = subprocess.run(["openssl", "x509", "-noout", "-fingerprint", "-sha256", "-in", crt],
                             stdout=subprocess.PIPE, universal_newlines=True, check=True).stdout
        print("openssl agrees:", out.strip().split("=", 1)[1] == fingerprint(der, "sha256"))
        try:
            ssl.PEM_cert_to_DER_cert("garbage")
        except ValueError as exc:
            print("ValueError:", exc)
        dead = socket.socket()
        dead.bind(("127.0.0.1", 0))
        dead_port = dead.getsockname()[1]  # bound, not listening: refused
        try:
            ssl.get_server_certificate(("127.0.0.1", dead_port))
        except ConnectionRefusedError as exc:
            print("refused:", exc.errno, exc.strerror)
        dead.close()


if __name__ == "__main__":
    main()
