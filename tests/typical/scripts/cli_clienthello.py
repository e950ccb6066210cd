"""Parse TLS record headers and a ClientHello with struct; build one by hand too."""
import struct
import io
import binascii
from collections import namedtuple

RecordHeader = namedtuple("RecordHeader", ["content_type", "version", "length"])
CONTENT = {20: "change_cipher_spec", 21: "alert", 22: "handshake", 23: "application_data"}
EXT_NAMES = {0: "server_name", 10: "supported_groups", 13: "signature_algorithms", 16: "alpn",
             43: "supported_versions", 51: "key_share"}


class ParseError(ValueError):
    pass


def build_client_hello(sni, alpn=(b"h2", b"http/1.1")):
    exts = b""
    name = sni.encode("idna")
    sni_list = struct.pack("!BH", 0, len(name)) + name
    exts += struct.pack("!HH", 0, len(sni_list) + 2) + struct.pack("!H", len(sni_list)) + sni_list
    groups = struct.pack("!3H", 29, 23, 24)
    exts += struct.pack("!HHH", 10, len(groups) + 2, len(groups)) + groups
    protos = b"".join(struct.pack("B", len(p)) + p for p in alpn)
    exts += struct.pack(">HHH", 16, len(protos) + 2, len(protos)) + protos
    vers = struct.pack("!B2H", 4, 0x0304, 0x0303)
    exts += struct.pack("!HH", 43, len(vers)) + vers
    random = bytes(range(32))
    session = b"\xaa" * 32
    suites = struct.pack("!4H", 0x1301, 0x1302, 0xC02F, 0x00FF)
    body = struct.pack("!H", 0x0303) + random + struct.pack("B", len(session)) + session
    body += struct.pack("!H", len(suites)) + suites + b"\x01\x00" + struct.pack("!H", len(exts)) + exts
    hs = struct.pack("!B", 1) + struct.pack("!I", len(body))[1:] + body
    return struct.pack("!BHH", 22, 0x0301, len(hs)) + hs


def read_exact(f, n):
    data = f.read(n)
    if len(data) != n:
        raise ParseError("truncated: wanted %d bytes, got %d" % (n, len(data)))
    return data


def parse(record):
    f = io.BytesIO(record)
    hdr = RecordHeader(*struct.unpack("!BHH", read_exact(f, 5)))
    if hdr.content_type not in CONTENT:
        raise ParseError("unknown content type %d" % hdr.content_type)
    print("record:", hdr, CONTENT[hdr.content_type], "version=%#06x" % hdr.version)
    payload = read_exact(f, hdr.length)
    htype, = struct.unpack_from("!B", payload)
    hlen = int.from_bytes(payload[1:4], "big")
    print("handshake type=%d len=%d" % (htype, hlen))
    off = 4
    ver, = struct.unpack_from(">H", payload, off)
    off += 2
    rnd = payload[off:off + 32]
    off += 32
    sid_len = payload[off]
    off += 1 + sid_len
    cs_len, = struct.unpack_from("!H", payload, off)
    off += 2
    suites = struct.unpack_from("!%dH" % (cs_len // 2), payload, off)
    off += cs_len
    comp_len = payload[off]
    off += 1 + comp_len
    ext_total, = struct.unpack_from("!H", payload, off)
    off += 2
    print("client_version=%04x random=%s.. sid_len=%d suites=%s" % (ver, binascii.hexlify(rnd[:4]).decode(),
                                                                    sid_len, ["0x%04X" % s for s in suites]))
    end = off + ext_total
    while off < end:
        etype, elen = struct.unpack_from("!HH", payload, off)
        off += 4
        data = payload[off:off + elen]
        off += elen
        name = EXT_NAMES.get(etype, "ext_%d" % etype)
        if etype == 0:
            (ll, nt, nl) = struct.unpack_from("!HBH", data)
            print("  %-20s %r" % (name, data[5:5 + nl].decode("ascii")))
        elif etype == 16:
            i, protos = 2, []
            while i < len(data):
                n = data[i]
                protos.append(data[i + 1:i + 1 + n])
                i += 1 + n
            print("  %-20s %s" % (name, protos))
        elif etype == 10:
            print("  %-20s %s" % (name, list(struct.iter_unpack("!H", data[2:]))))
        else:
            print("  %-20s %s" % (name, data.hex()))
    return hdr


rec = build_client_hello("www.example.com")
print(len(rec), rec[:12].hex(), rec[:5])
parse(rec)
for bad in [rec[:3], rec[:50], b"\x63\x03\x01\x00\x00", b""]:
    try:
        parse(bad)
    except ParseError as e:
        print("ParseError:", e)
    except struct.error as e:
        print("struct.error:", e)
alert = struct.pack("!BHHBB", 21, 0x0303, 2, 2, 40)
print(struct.unpack("!BHHBB", alert), struct.calcsize("!BHHBB"), struct.calcsize("@BHI"), struct.calcsize("<qd?"))
s = struct.Struct("<I2s?x3p")
print(s.format, s.size, s.pack(7, b"ab", True, b"xyzw"), s.unpack(s.pack(1, b"q", 0, b"")))
buf = bytearray(16)
struct.pack_into("!HI", buf, 2, 0xBEEF, 0xDEADBEEF)
print(buf, struct.unpack_from("!I", buf, 4))
for fmt, args in [("!B", (256,)), ("!h", (40000,)), ("!H", (-1,)), ("!I", ("x",)), ("!2H", (1,)), ("!z", (1,)),
                  ("!e", (1e10,)), ("!f", (1e300,))]:
    try:
        print(struct.pack(fmt, *args))
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__ + ":", e)
try:
    struct.unpack("!HH", b"\x00\x01\x02")
except struct.error as e:
    print("struct.error:", e)
print(struct.pack("!e", 1.5), struct.unpack("<d", struct.pack("<d", 0.1)), struct.pack("!?", 5))
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(3, "big"), (-2).to_bytes(2, "big", signed=True))
