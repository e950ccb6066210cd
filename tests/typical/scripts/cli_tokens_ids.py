"""API token and ID generator: secrets, uuid, hmac, base64 and hashlib (deterministic parts only)."""
import base64
import hashlib
import hmac
import secrets
import string
import uuid
import time
import struct

KEY = b"server-side-secret"


def sign(payload, key=KEY):
    body = base64.urlsafe_b64encode(payload.encode()).rstrip(b"=")
    mac = hmac.new(key, body, hashlib.sha256).digest()
    return (body + b"." + base64.urlsafe_b64encode(mac).rstrip(b"=")).decode()


def verify(token, key=KEY):
    try:
        body, sig = token.encode().split(b".")
    except ValueError:
        return None
    expected = base64.urlsafe_b64encode(hmac.new(key, body, hashlib.sha256).digest()).rstrip(b"=")
    if not hmac.compare_digest(expected, sig):
        return None
    return base64.urlsafe_b64decode(body + b"=" * (-len(body) % 4)).decode()


t = sign('{"user": "alice", "exp": 1700000000}')
print(t)
print(verify(t), verify(t[:-2] + "xx"), verify("garbage"), verify(sign("x", b"other")))
print(hmac.new(b"k", b"msg", "md5").hexdigest(), hmac.new(b"k", digestmod=hashlib.sha1).name)
h = hmac.new(b"key", digestmod=hashlib.sha256)
h.update(b"part one ")
h.update(b"part two")
print(h.hexdigest(), h.digest_size, h.block_size, hmac.compare_digest("abc", "abc"))
tok = secrets.token_hex(16)
print(len(tok), all(c in string.hexdigits for c in tok), len(secrets.token_bytes(8)), len(secrets.token_urlsafe(32)) >= 32)
print(0 <= secrets.randbelow(10) < 10, secrets.choice("abc") in "abc", secrets.randbits(8) < 256)
alphabet = string.ascii_letters + string.digits
pw = "".join(secrets.choice(alphabet) for _ in range(20))
print(len(pw), set(pw) <= set(alphabet))
sr = secrets.SystemRandom()
print(type(sr).__name__, 1 <= sr.randint(1, 6) <= 6)

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes[:4], u.fields[:2], u.time_low)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "example.com"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/"))
r = uuid.uuid4()
print(r.version, len(str(r)), str(r).count("-"), r == uuid.UUID(str(r)), r == uuid.UUID(bytes=r.bytes))
t1 = uuid.uuid1()
print(t1.version, t1.variant == uuid.RFC_4122)
print(uuid.UUID(int=0), uuid.UUID(bytes_le=bytes(range(16))), uuid.UUID(fields=(1, 2, 3, 4, 5, 6)))
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2), hash(u) == hash(uuid.UUID(str(u))))
for bad in ["not-a-uuid", "12345678-1234-5678-1234-56781234567", ""]:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    uuid.UUID()
except TypeError as e:
    print("TypeError:", e)
ids = {uuid.uuid5(uuid.NAMESPACE_OID, str(i)).hex[:8] for i in range(100)}
print(len(ids))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hashlib.blake2b(b"abc", digest_size=16).hexdigest(), hashlib.sha3_256(b"abc").hexdigest()[:16])
print(hashlib.blake2s(b"x", key=b"k", person=b"p").hexdigest()[:16], hashlib.new("sha224", b"a").hexdigest()[:10])
ts = struct.pack(">Q", 1700000000)
print(base64.b32encode(hmac.new(b"12345678901234567890", ts[:8], "sha1").digest())[:10])
print(base64.a85encode(b"hello"), base64.b85encode(b"hello"), base64.a85decode(b"BOu!rDZ"))
