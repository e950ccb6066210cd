"""Split a PEM bundle into files, with SHA-1/SHA-256 fingerprints and DER sizes."""
import base64
import binascii
import hashlib
import os
import re
import subprocess
import sys
import tempfile
import textwrap

PEM_RE = re.compile(r"-----BEGIN (?P<label>[A-Z0-9 ]+)-----\r?\n(?P<body>.*?)\r?\n-----END (?P=label)-----",
                    re.DOTALL)


class PemBlock:
    def __init__(self, label, der):
        self.label = label
        self.der = der

    def fingerprint(self, algo="sha256"):
        digest = hashlib.new(algo, self.der).hexdigest().upper()
        return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))

    def to_pem(self):
        b64 = base64.b64encode(self.der).decode("ascii")
        lines = textwrap.wrap(b64, 64)
        return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (self.label, "\n".join(lines), self.label)

    def __repr__(self):
        return "<PemBlock %s %d bytes>" % (self.label, len(self.der))


def split(text):
    blocks = []
    for m in PEM_RE.finditer(text):
        body = "".join(m.group("body").split())
        try:
            der = base64.b64decode(body, validate=True)
        except binascii.Error as e:
            print("skipping %s at offset %d: %s" % (m.group("label"), m.start(), e), file=sys.stderr)
            continue
        blocks.append(PemBlock(m.group("label"), der))
    return blocks


with tempfile.TemporaryDirectory() as d:
    pems = []
    for i, cn in enumerate(["root", "inter", "leaf"]):
        key, crt = os.path.join(d, cn + ".key"), os.path.join(d, cn + ".crt")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                               "-out", crt, "-days", "30", "-subj", "/CN=%s" % cn],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(crt) as f:
            pems.append(f.read())
    bundle = "# my bundle\n" + pems[0] + "\ntrailing text\n" + pems[1].replace("\n", "\r\n") + pems[2]
    bundle += "-----BEGIN CERTIFICATE-----\nnot*base64!!\n-----END CERTIFICATE-----\n"
    bundle += "-----BEGIN PRIVATE KEY-----\nAAEC\n-----END PUBLIC KEY-----\n"
    blocks = split(bundle)
    print(len(blocks), [b.label for b in blocks])
    for n, b in enumerate(blocks):
        out = os.path.join(d, "cert%02d.pem" % n)
        with open(out, "w") as f:
            f.write(b.to_pem())
        subj = subprocess.check_output(["openssl", "x509", "-in", out, "-noout", "-subject"],
                                       universal_newlines=True).strip()
        fp = subprocess.check_output(["openssl", "x509", "-in", out, "-noout", "-fingerprint", "-sha256"],
                                     universal_newlines=True).strip().split("=", 1)[1]
        print(n, subj.replace(" ", ""), b.fingerprint() == fp, len(b.fingerprint("sha1")), b.der[:2].hex(),
              b.to_pem() == pems[n])
    sample = PemBlock("TEST", bytes(range(50)))
    print(sample, sample.fingerprint("md5"))
    print(sample.to_pem(), end="")
    print(hashlib.sha256(b"abc").hexdigest(), hashlib.sha1(b"").hexdigest())
    h = hashlib.sha512()
    h.update(b"part1")
    h2 = h.copy()
    h2.update(b"part2")
    print(h.name, h.digest_size, h.block_size, h2.hexdigest()[:32], hashlib.md5(b"x").digest()[:4])
    print(sorted(a for a in hashlib.algorithms_guaranteed)[:6])
    print(base64.b64encode(b"\xff\xfe\x00"), base64.urlsafe_b64encode(b"\xff\xfe\x00"), base64.b32encode(b"ab"),
          base64.b16encode(b"\x01\xab"), base64.standard_b64decode("QUJD"), base64.b64decode("QUJD\nRA=="))
    print(binascii.hexlify(b"\x00\xff", ), binascii.unhexlify("00ff"), binascii.crc32(b"hello"), hex(binascii.crc32(b"")))
    for bad in ["QUJ", "QU=D", "Q", "****"]:
        try:
            print(repr(bad), base64.b64decode(bad))
        except binascii.Error as e:
            print(repr(bad), "binascii.Error:", e)
    try:
        binascii.unhexlify("abc")
    except binascii.Error as e:
        print("binascii.Error:", e)
    try:
        hashlib.new("nope")
    except ValueError as e:
        print("ValueError:", e)
