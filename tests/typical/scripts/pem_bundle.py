import base64
import hashlib
import os
import re
import ssl
import subprocess
import sys
import tempfile
import textwrap

PEM_RE = re.compile(r"-----BEGIN (?P<label>[A-Z ]+)-----\s*(?P<body>[A-Za-z0-9+/=\s]+?)-----END (?P=label)-----", re.S)


def make_bundle(tmp, names):
    parts = []
    for n in names:
        key = os.path.join(tmp, n + ".key")
        crt = os.path.join(tmp, n + ".crt")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                        "-days", "10", "-subj", "/O=Bundle Test/CN=" + n, "-keyout", key, "-out", crt],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        with open(crt) as f:
            parts.append("# " + n + "\n" + f.read())
    path = os.path.join(tmp, "bundle.pem")
    with open(path, "w") as f:
        f.write("\n".join(parts))
        f.write("junk at the end\n")
    return path


def subject_cn(path_or_pem):
    out = subprocess.run(["openssl", "x509", "-noout", "-subject", "-nameopt", "RFC2253"],
                         input=path_or_pem.encode(), stdout=subprocess.PIPE, check=True).stdout.decode()
    m = re.search(r"CN=([^,\n]+)", out)
    return m.group(1) if m else None


def main():
    with tempfile.TemporaryDirectory() as tmp:
        names = ["alpha.test", "beta.test", "gamma.test"]
        bundle = make_bundle(tmp, names)
        text = open(bundle).read()
        blocks = list(PEM_RE.finditer(text))
        print("blocks found:", len(blocks), [m.group("label") for m in blocks])
        fingerprints = set()
        for i, m in enumerate(blocks):
            der = base64.b64decode("".join(m.group("body").split()))
            der2 = ssl.PEM_cert_to_DER_cert(m.group(0))
            assert der == der2, "DER mismatch"
            pem = ssl.DER_cert_to_PEM_cert(der)
            lines = pem.strip().splitlines()
            body_lines = lines[1:-1]
            print("cert %d: der %s bytes? %s, 64-col lines: %s, cn=%s" % (
                i, "many" if len(der) > 200 else "few", der[0] == 0x30,
                all(len(l) == 64 for l in body_lines[:-1]), subject_cn(pem)))
            fingerprints.add(hashlib.sha256(der).hexdigest())
            rewrapped = "\n".join(textwrap.wrap(base64.b64encode(der).decode(), 64))
            print("   rewrap equal:", rewrapped == "\n".join(body_lines))
        print("unique fingerprints:", len(fingerprints))
        comments = re.findall(r"^# (\S+)$", text, re.M)
        print("comments:", comments)
        ctx = ssl.create_default_context(cafile=bundle)
        stats = ctx.cert_store_stats()
        print("store:", stats)
        print("ca certs:", sorted(dict(x[0] for x in c["subject"])["commonName"] for c in ctx.get_ca_certs()))
        bad = "-----BEGIN CERTIFICATE-----\nnot base64!!\n-----END CERTIFICATE-----\n"
        try:
            base64.b64decode("not base64!!".replace(" ", ""), validate=True)
        except Exception as e:
            print("b64 error:", type(e).__name__, e)
        try:
            ssl.create_default_context(cadata=bad)
        except ssl.SSLError as e:
            print("cadata error:", type(e).__name__, e.reason)
    return 0


sys.exit(main())
