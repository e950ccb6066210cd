"""A small binary certificate index file: struct records, zlib checksums, array, bytearray and memoryview."""
import array
import hashlib
import io
import os
import struct
import tempfile
import zlib
from collections import namedtuple

MAGIC = b"CIDX"
HEADER = struct.Struct("<4sHHI")          # magic, version, count, crc of body
RECORD = struct.Struct("<32sIIH?x")       # sha256, not_before, not_after, name length, revoked
Entry = namedtuple("Entry", "name digest not_before not_after revoked")


class IndexError_(Exception):
    pass


def write_index(f, entries):
    body = bytearray()
    for e in entries:
        name = e.name.encode("utf-8")
        body += RECORD.pack(e.digest, e.not_before, e.not_after, len(name), e.revoked)
        body += name
    f.write(HEADER.pack(MAGIC, 1, len(entries), zlib.crc32(body) & 0xFFFFFFFF))
    f.write(body)
    return HEADER.size + len(body)


def read_index(f):
    head = f.read(HEADER.size)
    if len(head) < HEADER.size:
        raise IndexError_("short header (%d bytes)" % len(head))
    magic, version, count, crc = HEADER.unpack(head)
    if magic != MAGIC:
        raise IndexError_("bad magic %r" % magic)
    body = f.read()
    if zlib.crc32(body) & 0xFFFFFFFF != crc:
        raise IndexError_("checksum mismatch: %08x != %08x" % (zlib.crc32(body) & 0xFFFFFFFF, crc))
    view = memoryview(body)
    off = 0
    out = []
    for _ in range(count):
        digest, nb, na, nlen, revoked = RECORD.unpack_from(view, off)
        off += RECORD.size
        name = bytes(view[off:off + nlen]).decode("utf-8")
        off += nlen
        out.append(Entry(name, digest, nb, na, revoked))
    return version, out


entries = [Entry(n, hashlib.sha256(n.encode()).digest(), 1700000000 + i * 86400, 1700000000 + (i + 90) * 86400, i == 1)
           for i, n in enumerate(["www.example.com", "mail.example.com", "ünïcode.example"])]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "index.bin")
    with open(path, "wb") as f:
        size = write_index(f, entries)
    print("wrote", size, "bytes; on disk", os.path.getsize(path), "record size", RECORD.size, "header", HEADER.size)
    with open(path, "rb") as f:
        version, back = read_index(f)
    print("version", version, back == entries)
    for e in back:
        print("%-18s %s.. %d days revoked=%s" % (e.name, e.digest[:4].hex(), (e.not_after - e.not_before) // 86400, e.revoked))
    raw = bytearray(open(path, "rb").read())
    raw[HEADER.size + 5] ^= 0xFF
    for blob in [bytes(raw), b"XXXX" + bytes(raw[4:]), bytes(raw[:6])]:
        try:
            read_index(io.BytesIO(blob))
        except IndexError_ as e:
            print("IndexError_:", e)
    comp = zlib.compress(open(path, "rb").read(), 9)
    print("compressed smaller:", len(comp) < size, zlib.decompress(comp) == open(path, "rb").read())
    co = zlib.compressobj(wbits=-15)
    stream = co.compress(b"abc" * 100) + co.flush()
    do = zlib.decompressobj(wbits=-15)
    print(len(do.decompress(stream)), do.eof, zlib.adler32(b"abc"), hex(zlib.crc32(b"abc", 0x1234)))
    try:
        zlib.decompress(b"not zlib data")
    except zlib.error as e:
        print("zlib.error:", e)
arr = array.array("H", [443, 8443, 993])
arr.append(465)
print(arr, arr.tobytes()[:4], arr.itemsize, array.array("H", arr.tobytes()) == arr, arr.typecode, len(arr))
arr.byteswap()
print(list(arr)[:2], array.array("d", [1.5]).tobytes().hex(), array.array("b", b"\x01\xff").tolist())
try:
    array.array("B", [256])
except OverflowError as e:
    print("OverflowError:", e)
ba = bytearray(b"hello world")
ba[0:5] = b"HOWDY"
ba.extend(b"!")
del ba[5]
print(ba, ba.find(b"world"), ba.upper(), bytes(ba[::2]), ba.pop(), len(ba), ba.startswith(b"HOW"))
mv = memoryview(ba)
print(mv[0], mv[:3].tobytes(), mv.nbytes, mv.readonly, bytes(mv[-5:]))
mv[0] = ord("J")
print(ba[:5], memoryview(b"abc").hex() if hasattr(memoryview, "hex") else "", memoryview(b"xy").itemsize)
print(struct.pack("<10s", b"short"), struct.pack(">3sx2s", b"abcdef", b"zz"), struct.unpack("<2xH", b"\x00\x00\x01\x02"))
print(struct.unpack(">q", b"\xff" * 8), struct.unpack("<Q", b"\xff" * 8), struct.pack("@i", 1) == struct.pack("=i", 1))
print([hex(x) for x in struct.unpack(">4B", struct.pack(">I", 0xDEADBEEF))], struct.Struct(">I").unpack(b"\x00\x00\x01\x00"))
