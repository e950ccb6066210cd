"""Certificate and public-key pinning on a client: SHA-256 of the DER
certificate and of the SubjectPublicKeyInfo (extracted with openssl),
hmac.compare_digest, a pin store in JSON, rotation to a backup pin,
and a custom PinError raised after the handshake."""
import base64
import hashlib
import hmac
import json
import os
import socket
import ssl
import subprocess
import tempfile
import threading


class PinError(Exception):
    def __init__(self, host, got):
        super().__init__("pin mismatch for %s" % host)
        self.got = got


def make_cert(d, name):
    key, crt = os.path.join(d, name + ".key"), os.path.join(d, name + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "3", "-subj", "/CN=pinned.test",
                    "-addext", "subjectAltName=DNS:pinned.test", "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def spki_pin(crt):
    pub = subprocess.run(["openssl", "x509", "-in", crt, "-pubkey", "-noout"], stdout=subprocess.PIPE, check=True).stdout
    der = subprocess.run(["openssl", "pkey", "-pubin", "-outform", "DER"], input=pub, stdout=subprocess.PIPE,
                         check=True).stdout
    return base64.b64encode(hashlib.sha256(der).digest()).decode()


def serve(lsock, ctxs):
    for ctx in ctxs:
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"data")
        except (ssl.SSLError, OSError):
            pass


def fetch(port, pins, cafile):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        with ctx.wrap_socket(raw, server_hostname="pinned.test") as s:
            der = s.getpeercert(binary_form=True)
            got = hashlib.sha256(der).hexdigest()
            if not any(hmac.compare_digest(got, p) for p in pins):
                raise PinError("pinned.test", got)
            print("  empty dict without verification:", s.getpeercert() == {})
            return s.recv(10)


def main():
    with tempfile.TemporaryDirectory() as d:
        primary = make_cert(d, "primary")
        backup = make_cert(d, "backup")
        rogue = make_cert(d, "rogue")
        store = {}
        for name, (crt, _) in [("primary", primary), ("backup", backup)]:
            with open(crt) as f:
                der = ssl.PEM_cert_to_DER_cert(f.read())
            store[name] = {"cert_sha256": hashlib.sha256(der).hexdigest(), "spki": spki_pin(crt)}
        path = os.path.join(d, "pins.json")
        with open(path, "w") as f:
            json.dump(store, f, indent=2, sort_keys=True)
        with open(path) as f:
            loaded = json.load(f)
        print("pin store keys:", sorted(loaded), sorted(loaded["primary"]))
        print("spki pin length:", len(loaded["primary"]["spki"]), loaded["primary"]["spki"].endswith("="))
        print("pins differ:", loaded["primary"]["cert_sha256"] != loaded["backup"]["cert_sha256"])
        ctxs = []
        for crt, key in [primary, backup, rogue]:
            c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            c.load_cert_chain(crt, key)
            ctxs.append(c)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(3)
        t = threading.Thread(target=serve, args=(lsock, ctxs))
        t.start()
        pins = [v["cert_sha256"] for v in loaded.values()]
        for label in ["primary", "backup (rotated)", "rogue"]:
            try:
                print(label, "->", fetch(lsock.getsockname()[1], pins, primary[0]))
            except PinError as exc:
                print(label, "->", exc, "| got is hex:", all(c in "0123456789abcdef" for c in exc.got), len(exc.got))
        t.join(10)
        lsock.close()
    print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
    try:
        hmac.compare_digest("a", b"a")
    except TypeError as exc:
        print("TypeError:", exc)
    mac = hmac.new(b"key", b"message", hashlib.sha256)
    print(mac.hexdigest()[:16], mac.digest_size, mac.name, hashlib.sha256(b"").hexdigest()[:12])
    h = hashlib.sha1()
    h.update(b"part1")
    h2 = h.copy()
    h2.update(b"part2")
    print(h.hexdigest()[:8], h2.hexdigest()[:8], hashlib.new("md5", b"x").hexdigest()[:8], h.block_size)
    print(sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith(("sha3", "shake", "blake"))))


if __name__ == "__main__":
    main()
