"""Hand-rolled PEM handling: split a bundle with str methods and re,
decode bodies with base64 and binascii, re-wrap at 64 columns, compare
with ssl.DER_cert_to_PEM_cert, compute crc32/adler32/hex dumps,
urlsafe base64 tokens, and the errors bad input gives."""
import base64
import binascii
import os
import re
import ssl
import subprocess
import tempfile
import textwrap
import zlib

PEM_RE = re.compile(r"-----BEGIN ([A-Z ]+)-----\r?\n(.*?)\r?\n-----END \1-----", re.S)


def make_cert(d, cn):
    key, crt = os.path.join(d, cn + ".key"), os.path.join(d, cn + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:1024", "-nodes", "-days", "3",
                    "-subj", "/CN=" + cn, "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def hexdump(data, width=16):
    out = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        out.append("%08x  %-*s  |%s|" % (off, width * 3 - 1, hexpart, text))
    return out


def main():
    with tempfile.TemporaryDirectory() as d:
        bundle = ""
        for cn in ["one.test", "two.test"]:
            crt, key = make_cert(d, cn)
            with open(crt) as f:
                bundle += f.read()
            with open(key) as f:
                bundle += f.read()
    blocks = PEM_RE.findall(bundle)
    print("blocks:", [kind for kind, _ in blocks])
    certs = [base64.b64decode("".join(body.split())) for kind, body in blocks if kind == "CERTIFICATE"]
    for der in certs:
        print("der: tag %02x, %d-byte length form, sizes match %s" % (
            der[0], der[1] & 0x7f, int.from_bytes(der[2:2 + (der[1] & 0x7f)], "big") + 2 + (der[1] & 0x7f) == len(der)))
        body = base64.b64encode(der).decode("ascii")
        mine = "-----BEGIN CERTIFICATE-----\n" + "\n".join(textwrap.wrap(body, 64)) + "\n-----END CERTIFICATE-----\n"
        print("  same as ssl:", mine == ssl.DER_cert_to_PEM_cert(der), "lines:", mine.count("\n"))
        print("  crc32 type:", type(zlib.crc32(der)).__name__, "nonneg:", binascii.crc32(der) >= 0,
              "adler ok:", zlib.adler32(der) == zlib.adler32(der[:10], ) or True)
    print("\n".join(hexdump(b"TLS\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03hello world!\x00\xff")))
    raw = bytes(range(250, 256)) + b"?>"
    print(base64.b64encode(raw), base64.urlsafe_b64encode(raw), base64.b32encode(b"tls"), base64.b16encode(b"\x01\xab"))
    print(base64.b85encode(b"cert") if hasattr(base64, "b85encode") else "", base64.a85encode(b"cert"))
    print(binascii.hexlify(b"\x00\x10\xff"), binascii.unhexlify("48656c6c6f"), binascii.b2a_base64(b"x"))
    print(bytes.fromhex("de ad be ef").hex(), b"\x01\x02".hex())
    for bad in ["abc", "ab=c", "a!bc"]:
        try:
            print(repr(bad), "->", base64.b64decode(bad, validate=True))
        except binascii.Error as exc:
            print(repr(bad), "-> binascii.Error:", exc)
    print(base64.b64decode("YWJj\n ZGVm"), base64.b64decode(b"YWJjZA=="))
    try:
        binascii.unhexlify("abc")
    except binascii.Error as exc:
        print("binascii.Error:", exc)
    try:
        ssl.PEM_cert_to_DER_cert(bundle.replace("-----END CERTIFICATE-----", "-----END X-----", 1)[:200])
    except ValueError as exc:
        print("ValueError:", exc)
    token = base64.urlsafe_b64encode(os.urandom(0) + b"session:42:\xfa\xfb").rstrip(b"=")
    print(token, base64.urlsafe_b64decode(token + b"=" * (-len(token) % 4)))


if __name__ == "__main__":
    main()
