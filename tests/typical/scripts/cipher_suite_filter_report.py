"""List the cipher suites a context offers for several cipher strings, and what gets negotiated."""
import collections
import enum
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class Kx(enum.Enum):
    ECDHE = "ECDHE"
    DHE = "DHE"
    RSA = "RSA"
    TLS13 = "any"

    @classmethod
    def of(cls, cipher):
        kea = cipher.get("kea", "")
        if cipher["protocol"] == "TLSv1.3":
            return cls.TLS13
        if "ecdhe" in kea:
            return cls.ECDHE
        if "dhe" in kea:
            return cls.DHE
        return cls.RSA


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def negotiate(sctx, cctx):
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)
    lsock.settimeout(10)
    box = {}

    def serve():
        conn, _ = lsock.accept()
        try:
            with sctx.wrap_socket(conn, server_side=True) as s:
                box["server"] = s.cipher()[0]
                s.recv(1)
        except (ssl.SSLError, OSError) as exc:
            box["server"] = type(exc).__name__

    t = threading.Thread(target=serve)
    t.start()
    try:
        with cctx.wrap_socket(socket.create_connection(lsock.getsockname(), timeout=10)) as s:
            name, proto, bits = s.cipher()
            s.sendall(b".")
            result = "%s %s %d" % (proto, name, bits)
    except ssl.SSLError as exc:
        result = "failed: %s" % type(exc).__name__
    t.join(10)
    lsock.close()
    return result, box.get("server")


def main():
    strings = ["ECDHE+AESGCM", "ECDHE+CHACHA20", "AES256+ECDHE:!SHA1", "HIGH:!aNULL:!PSK:!ARIA:!CCM:!SHA1:!SHA256:!SHA384"]
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        for spec in strings:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.set_ciphers(spec)
            tls12 = [c for c in ctx.get_ciphers() if c["protocol"] == "TLSv1.2"]
            kinds = collections.Counter(Kx.of(c).name for c in ctx.get_ciphers())
            print("%-50s %2d suites, TLSv1.2: %d" % (spec, len(ctx.get_ciphers()), len(tls12)))
            print("    kinds:", sorted(kinds.items()))
            for c in tls12:
                print("    %-32s %-6s %s/%s aead=%s" % (c["name"], c["strength_bits"], c["auth"], c["symmetric"], c["aead"]))
        try:
            ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).set_ciphers("NOPE-NOTHING")
        except ssl.SSLError as exc:
            print("bad spec:", exc.args[1] if len(exc.args) > 1 else exc)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        sctx.options |= ssl.OP_NO_TLSv1_3
        sctx.set_ciphers("ECDHE+AESGCM")
        for spec in ["ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305", "ECDHE+AES128"]:
            cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            cctx.check_hostname = False
            cctx.verify_mode = ssl.CERT_NONE
            cctx.set_ciphers(spec)
            print("client %-30s -> %s (server saw %s)" % ((spec,) + negotiate(sctx, cctx)))


if __name__ == "__main__":
    main()
