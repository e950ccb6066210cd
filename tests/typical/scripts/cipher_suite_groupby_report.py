"""Cipher suite report: SSLContext.get_ciphers() for a few cipher
strings, grouped with itertools.groupby by protocol and key exchange,
counted with collections.Counter, the negotiated suite over a local
connection for each policy, and set_ciphers errors."""
import collections
import itertools
import operator
import os
import socket
import ssl
import subprocess
import tempfile
import threading

POLICIES = ["ECDHE+AESGCM", "ECDHE+CHACHA20", "HIGH:!aNULL:!kRSA:!SHA1", "AES256-GCM-SHA384"]


def make_cert(d):
    crt, key = os.path.join(d, "c.crt"), os.path.join(d, "c.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=ciphers.local", "-keyout", key, "-out", crt], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def negotiate(crt, key, policy):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    sctx.options |= ssl.OP_NO_TLSv1_3
    sctx.set_ciphers(policy)
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.check_hostname = False
    cctx.verify_mode = ssl.CERT_NONE
    a, b = socket.socketpair()
    out = {}

    def serve():
        try:
            with sctx.wrap_socket(b, server_side=True) as s:
                out["shared"] = len(s.shared_ciphers() or [])
                s.sendall(b"!")
        except ssl.SSLError as e:
            out["error"] = e.reason
    t = threading.Thread(target=serve)
    t.start()
    try:
        with cctx.wrap_socket(a) as c:
            c.recv(1)
            name, proto, bits = c.cipher()
    except ssl.SSLError as e:
        name, proto, bits = "-", e.reason, 0
    t.join()
    return name, proto, bits, out.get("shared", 0) > 0


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        for policy in POLICIES:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.set_ciphers(policy)
            ciphers = [c for c in ctx.get_ciphers() if c["protocol"] != "TLSv1.3"]
            print("== %s: %d TLS 1.2 suites" % (policy, len(ciphers)))
            keyf = operator.itemgetter("protocol")
            for proto, group in itertools.groupby(sorted(ciphers, key=keyf), key=keyf):
                group = list(group)
                kx = collections.Counter(c["description"].split()[2] for c in group)
                print("   %-8s %2d  kx=%s" % (proto, len(group), ", ".join("%s:%d" % kv for kv in sorted(kx.items()))))
            bits = collections.Counter(c["alg_bits"] for c in ciphers)
            print("   bits:", sorted(bits.items()))
            aead = [c["name"] for c in ciphers if c.get("aead")]
            print("   aead suites:", len(aead), "first:", sorted(aead)[0] if aead else None)
            if all(c["kea"] == "kx-ecdhe" for c in ciphers):
                print("   negotiated:", negotiate(crt, key, policy))
            else:
                print("   not every suite is forward secret: not offered to clients")
        sample = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        sample.set_ciphers("ECDHE-RSA-AES128-GCM-SHA256")
        c = [c for c in sample.get_ciphers() if c["name"] == "ECDHE-RSA-AES128-GCM-SHA256"][0]
        print("keys:", sorted(c))
        print("fields:", c["id"], c["strength_bits"], c["symmetric"], c["digest"], c["kea"], c["auth"])
        print("description words:", c["description"].split()[:3])
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    for bad in ("NOPE-CIPHER", "", "eNULL"):
        try:
            ctx.set_ciphers(bad)
            print("set_ciphers(%r) accepted" % bad)
        except ssl.SSLError as e:
            print("set_ciphers(%r): %s" % (bad, e.args[1] if len(e.args) > 1 else e))


main()
