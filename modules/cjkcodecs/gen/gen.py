"""Record the CJK codecs' observable behaviour as data files.

Run with CPython 3.6 (go generate in modules/cjkcodecs does that): each
codec is asked to decode every byte sequence its tables can start and to
encode every code point, and the answers are written, zlib-compressed,
to ../data/<codec>.bin as unsigned varints:

  stateless codec: decoding trie (256-cell nodes), multi-character
                   results, gb18030's four-byte list, euc_kr's jamo maps,
                   where encoding differs from the trie's inverse, pairs
  iso-2022 codec:  per charset its decodable cells; where encoding
                   differs from the cells' inverse (alone, and followed
                   by another character); pairs and held-back characters;
                   iso2022_jp_2's ISO 8859-7 G2 bytes
  hz:              nothing (it borrows gb2312's tables)

The byte layout is what tables.go, stateless.go and iso2022.go read.
"""

import codecs
import os
import sys
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")

STATELESS = ["shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213",
             "shift_jis_2004", "shift_jisx0213", "gb2312", "gbk", "gb18030",
             "big5", "cp950", "big5hkscs", "euc_kr", "cp949", "johab"]

ISO2022 = {
    # codec: [(mark, escape designating it, width)]
    "iso2022_kr": [("C", b"\x1b$)C\x0e", 2)],
    "iso2022_jp": [("B", b"\x1b$B", 2), ("J", b"\x1b(J", 1), ("@", b"\x1b$@", 2)],
    "iso2022_jp_1": [("B", b"\x1b$B", 2), ("D", b"\x1b$(D", 2),
                     ("J", b"\x1b(J", 1), ("@", b"\x1b$@", 2)],
    "iso2022_jp_2": [("B", b"\x1b$B", 2), ("D", b"\x1b$(D", 2),
                     ("C", b"\x1b$(C", 2), ("A", b"\x1b$A", 2),
                     ("J", b"\x1b(J", 1), ("@", b"\x1b$@", 2)],
    "iso2022_jp_2004": [("Q", b"\x1b$(Q", 2), ("B", b"\x1b$B", 2),
                        ("P", b"\x1b$(P", 2)],
    "iso2022_jp_3": [("O", b"\x1b$(O", 2), ("B", b"\x1b$B", 2),
                     ("P", b"\x1b$(P", 2)],
    "iso2022_jp_ext": [("B", b"\x1b$B", 2), ("D", b"\x1b$(D", 2),
                       ("J", b"\x1b(J", 1), ("I", b"\x1b(I", 1),
                       ("@", b"\x1b$@", 2)],
}

COMBINING = [0x300, 0x301, 0x2E5, 0x2E9, 0x304, 0x30C, 0x309A]
TOP = 0x30000  # no codec but gb18030 encodes anything above

events = []


def record(exc):
    events.append((exc.start, exc.end, exc.reason))
    return ("", exc.end)


codecs.register_error("gen.record", record)


def uvarint(n, out):
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)


def outcome(name, prefix):
    """What decoding meets first at the start of prefix."""
    del events[:]
    text = prefix.decode(name, "gen.record")
    if events and events[0][0] == 0:
        start, end, reason = events[0]
        if reason == "incomplete multibyte sequence":
            return ("more",)
        return ("bad", end)
    if events:
        raise SystemExit("unexpected partial decode %r %r" % (name, prefix))
    return ("text", text)


KIND_BAD, KIND_MORE, KIND_CHAR, KIND_MULTI, KIND_GB4, KIND_MAKEUP = range(6)


def build_trie(name):
    nodes = []
    multis = []

    def node(prefix):
        idx = len(nodes)
        nodes.append(None)
        row = []
        for b in range(256):
            p = prefix + bytes([b])
            o = outcome(name, p)
            if o[0] == "bad":
                row.append(KIND_BAD | o[1] << 3)
            elif o[0] == "text":
                t = o[1]
                if len(t) == 1:
                    row.append(KIND_CHAR | ord(t) << 3)
                else:
                    row.append(KIND_MULTI | len(multis) << 3)
                    multis.append([ord(c) for c in t])
            elif name == "gb18030" and len(p) == 2:
                row.append(KIND_GB4)
            elif name == "euc_kr" and p == b"\xa4\xd4":
                row.append(KIND_MAKEUP)
            elif len(p) >= 3:
                raise SystemExit("deeper than 3 bytes: %r %r" % (name, p))
            else:
                row.append(KIND_MORE | node(p) << 3)
        nodes[idx] = row
        return idx

    node(b"")
    return nodes, multis


def makeup_maps():
    """euc_kr's eight-byte Hangul: A4D4 A4xx A4yy A4zz. For each of the
    three positions, the jamo index each byte gives (0 for none, else
    index + 1), checked against every combination."""
    def syl(x, y, z):
        o = outcome("euc_kr", bytes([0xA4, 0xD4, 0xA4, x, 0xA4, y, 0xA4, z]))
        return ord(o[1]) - 0xAC00 if o[0] == "text" else None
    maps = [[0] * 256 for _ in range(3)]
    for b in range(0xA1, 0xFF):
        v = syl(b, 0xBF, 0xD4)
        if v is not None:
            maps[0][b] = v // (21 * 28) + 1
        v = syl(0xA1, b, 0xD4)
        if v is not None:
            maps[1][b] = v // 28 % 21 + 1
        v = syl(0xA1, 0xBF, b)
        if v is not None:
            maps[2][b] = v % 28 + 1
    for x in range(0xA1, 0xFF):
        for y in range(0xA1, 0xFF):
            for z in range(0xA1, 0xFF):
                ok = maps[0][x] and maps[1][y] and maps[2][z]
                got = syl(x, y, z)
                want = ((maps[0][x] - 1) * 21 + maps[1][y] - 1) * 28 + maps[2][z] - 1 if ok else None
                if got != want:
                    raise SystemExit("makeup model wrong at %x %x %x" % (x, y, z))
    return maps[0] + maps[1] + maps[2]


def gb4_index_bytes(i):
    b4 = i % 10
    i //= 10
    b3 = i % 126
    i //= 126
    b2 = i % 10
    b1 = i // 10
    return bytes([0x81 + b1, 0x30 + b2, 0x81 + b3, 0x30 + b4])


def gb4_list():
    cps = []
    for i in range(39420):
        o = outcome("gb18030", gb4_index_bytes(i))
        cps.append(ord(o[1]) if o[0] == "text" else 0)
    return cps


def encode_list(name, top):
    entries = []
    for cp in range(top):
        if 0xD800 <= cp < 0xE000:
            continue
        try:
            b = chr(cp).encode(name)
        except UnicodeEncodeError:
            continue
        entries.append((cp, b))
    return entries


def combined(name, single):
    """Each BMP character followed by each combining character, encoded
    together: (first, second, bytes) for those that encode at all."""
    for cp, b in single:
        if cp >= 0x10000:
            continue
        for c2 in COMBINING:
            try:
                yield cp, c2, (chr(cp) + chr(c2)).encode(name)
            except UnicodeEncodeError:
                pass


def pair_list(name, single):
    """The pairs a codec encodes as one code: a character followed by a
    combining one (which may have no code of its own)."""
    alone = dict(single)
    return [(cp, c2, got) for cp, c2, got in combined(name, single)
            if got != alone[cp] + alone.get(c2, b"?")]


def zigzag(n):
    return n * 2 if n >= 0 else -n * 2 - 1


def invert(nodes, gb4):
    """The encoding the decode tables suggest: each character's first
    byte sequence in byte order (the Go side builds the same)."""
    inverse = {}

    def walk(idx, prefix):
        for b, e in enumerate(nodes[idx]):
            kind, val = e & 7, e >> 3
            p = prefix + bytes([b])
            if kind == KIND_CHAR and val not in inverse:
                inverse[val] = p
            elif kind == KIND_MORE:
                walk(val, p)
    walk(0, b"")
    for i, cp in enumerate(gb4):
        if cp and cp not in inverse:
            inverse[cp] = gb4_index_bytes(i)
    return inverse


def put_bytes(b, out):
    uvarint(len(b), out)
    out.extend(b)


def put_encode(entries, out):
    uvarint(len(entries), out)
    prev = 0
    for cp, b in entries:
        uvarint(cp - prev, out)
        prev = cp
        put_bytes(b, out)


def stateless(name):
    out = bytearray()
    nodes, multis = build_trie(name)
    uvarint(len(nodes), out)
    prev = 0
    for row in nodes:
        for e in row:
            uvarint(zigzag(e - prev), out)
            prev = e
    uvarint(len(multis), out)
    for m in multis:
        uvarint(len(m), out)
        for cp in m:
            uvarint(cp, out)
    gb4 = gb4_list() if name == "gb18030" else []
    uvarint(len(gb4), out)
    prev = 0
    for cp in gb4:
        uvarint(zigzag(cp - prev), out)
        prev = cp
    makeup = makeup_maps() if name == "euc_kr" else []
    uvarint(len(makeup), out)
    for m in makeup:
        uvarint(m, out)
    single = encode_list(name, 0x10000 if name == "gb18030" else TOP)
    inverse = invert(nodes, gb4)
    exceptions = [(cp, b) for cp, b in single if inverse.get(cp) != b]
    have = dict(single)
    exceptions += [(cp, b"") for cp in inverse if cp not in have and
                   (cp < 0x10000 or name != "gb18030")]
    exceptions.sort()
    put_encode(exceptions, out)
    pairs = pair_list(name, single) if name in (
        "euc_jis_2004", "euc_jisx0213", "shift_jis_2004", "shift_jisx0213",
        "big5hkscs") else []
    uvarint(len(pairs), out)
    for c1, c2, b in pairs:
        uvarint(c1, out)
        uvarint(c2, out)
        put_bytes(b, out)
    return out


def split_escape(b):
    """(mark, code) of an iso-2022 encoding of one character."""
    if b.endswith(b"\x1b(B"):
        b = b[:-3]
    if b.startswith(b"\x1b$)C\x0e"):
        return "C", b[5:-1] if b.endswith(b"\x0f") else b[5:]
    if b.startswith(b"\x1b$("):
        return chr(b[3]), b[4:]
    if b.startswith(b"\x1b$") or b.startswith(b"\x1b("):
        return chr(b[2]), b[3:]
    raise SystemExit("unexpected iso-2022 output %r" % b)


def iso2022(name):
    out = bytearray()
    sets = ISO2022[name]
    inverse = {}
    uvarint(len(sets), out)
    for mark, esc, width in sets:
        cells = []
        firsts = range(0x20, 0x80)
        for b1 in firsts:
            for b2 in (range(256) if width == 2 else [None]):
                seq = bytes([b1]) if b2 is None else bytes([b1, b2])
                del events[:]
                text = (esc + seq).decode(name, "gen.record")
                if events and events[0][0] == len(esc):
                    continue
                if events:
                    raise SystemExit("odd %r %r" % (name, seq))
                key = b1 if b2 is None else b1 << 8 | b2
                cells.append((key, [ord(c) for c in text]))
        out.append(ord(mark))
        uvarint(width, out)
        uvarint(len(cells), out)
        prev = 0
        last = 0
        for key, cps in cells:
            uvarint(key - prev, out)
            prev = key
            uvarint(len(cps), out)
            for cp in cps:
                uvarint(zigzag(cp - last), out)
                last = cp
            if len(cps) == 1 and cps[0] not in inverse:
                code = bytes([key]) if width == 1 else bytes([key >> 8, key & 0xFF])
                inverse[cps[0]] = (mark, code)
    # encoding: the charset each character goes to when flushed alone,
    # and when another character follows (they differ for pair firsts)
    alone = [(cp, b) for cp, b in encode_list(name, TOP) if cp >= 0x80]
    followed = []
    for cp, b in alone:
        f = (chr(cp) + "a").encode(name)
        if split_escape(f[:-1]) != split_escape(b):
            followed.append((cp, f[:-1]))
    alone_all = alone
    have = set(cp for cp, b in alone)
    alone = [(cp, b) for cp, b in alone if inverse.get(cp) != split_escape(b)]
    alone += [(cp, None) for cp in inverse if cp >= 0x80 and cp not in have]
    alone.sort()
    for lst in (alone, followed):
        uvarint(len(lst), out)
        prev = 0
        for cp, b in lst:
            mark, code = split_escape(b) if b is not None else ("\0", b"")
            uvarint(cp - prev, out)
            prev = cp
            out.append(ord(mark))
            put_bytes(code, out)
    pairs = []
    if name in ("iso2022_jp_2004", "iso2022_jp_3"):
        for cp, c2, got in combined(name, alone_all):
            m, code = split_escape(got)
            if len(code) == 2:
                pairs.append((cp, c2, m, code))
        # characters the incremental encoder holds back, waiting for a
        # partner (which 3.6 then cannot encode): second 0
        for cp, b in alone_all:
            if codecs.getincrementalencoder(name)().encode(chr(cp)) == b"":
                pairs.append((cp, 0, "\0", b""))
    uvarint(len(pairs), out)
    for c1, c2, m, code in pairs:
        uvarint(c1, out)
        uvarint(c2, out)
        out.append(ord(m))
        put_bytes(code, out)
    # iso-8859-7 as G2 (iso2022_jp_2 only)
    g2 = []
    if name == "iso2022_jp_2":
        for c in range(256):
            del events[:]
            t = (b"\x1b.F\x1bN" + bytes([c])).decode(name, "gen.record")
            g2.append(ord(t) + 1 if t and not events else 0)
    uvarint(len(g2), out)
    for cp in g2:
        uvarint(cp, out)
    return out


def main():
    if sys.version_info[:2] != (3, 6):
        raise SystemExit("run this with CPython 3.6")
    names = sys.argv[1:] or STATELESS + sorted(ISO2022)
    for name in names:
        data = stateless(name) if name in STATELESS else iso2022(name)
        with open(os.path.join(OUT, name + ".bin"), "wb") as f:
            f.write(zlib.compress(bytes(data), 9))
        print(name, len(data))


main()
