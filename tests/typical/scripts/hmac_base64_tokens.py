import base64
import binascii
import hashlib
import hmac
import json
import time
import zlib
import secrets

SECRET = b"s3cr3t-key"


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text):
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(payload):
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    sig = hmac.new(SECRET, ("%s.%s" % (header, body)).encode(), hashlib.sha256).digest()
    return "%s.%s.%s" % (header, body, b64url(sig))


def verify(token):
    header, body, sig = token.split(".")
    expected = hmac.new(SECRET, ("%s.%s" % (header, body)).encode(), hashlib.sha256).digest()
    if not hmac.compare_digest(expected, unb64url(sig)):
        raise ValueError("bad signature")
    return json.loads(unb64url(body).decode())


tok = sign({"sub": "alice", "exp": 1700000000, "scope": ["read", "write"]})
print("token:", tok)
print("verified:", verify(tok))
tampered = tok[:-2] + ("AA" if not tok.endswith("AA") else "BB")
try:
    verify(tampered)
except ValueError as e:
    print("ValueError:", e)
data = b"The quick brown fox jumps over the lazy dog"
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "sha3_256"):
    h = hashlib.new(name, data)
    print("%-8s %3d %s" % (name, h.digest_size, h.hexdigest()[:32]))
h = hashlib.sha256()
for chunk in (data[i:i + 7] for i in range(0, len(data), 7)):
    h.update(chunk)
print("incremental equal:", h.hexdigest() == hashlib.sha256(data).hexdigest(), h.name, h.block_size)
c = h.copy()
c.update(b"!")
print("copy differs:", c.hexdigest() != h.hexdigest())
print("pbkdf2:", hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, 16).hex())
print("hmac hexdigest:", hmac.new(b"k", b"msg", "sha1").hexdigest(), hmac.new(b"k", digestmod=hashlib.md5).name)
print("b64:", base64.b64encode(data)[:20], base64.b64decode(base64.b64encode(data)) == data)
print("b32:", base64.b32encode(b"abc"), base64.b16encode(b"\xff\x00"), base64.b85encode(b"hi") if hasattr(base64, "b85encode") else "")
print("encodebytes:", base64.encodebytes(data * 2).count(b"\n"))
print("hexlify:", binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(data), zlib.crc32(data), zlib.adler32(data))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
comp = zlib.compress(data * 20, 9)
print("zlib:", len(comp) < len(data) * 20, zlib.decompress(comp) == data * 20)
print("token_hex len:", len(secrets.token_hex(16)), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(16)) > 0)
print("compare:", secrets.compare_digest("a", "a"), hmac.compare_digest(b"a", b"b"))
print("algorithms:", sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith(("sha3", "shake")))[:6])
