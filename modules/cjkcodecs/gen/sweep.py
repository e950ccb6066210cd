# Every CJK codec against every byte pair and every code point: a digest
# of what decoding and encoding give, with the errors replaced. Run with
# CPython 3.6, it writes testdata/sweep36.txt; sweep_test.go computes the
# same digests in Go and compares.
import hashlib

CODECS = ["shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213",
          "shift_jis_2004", "shift_jisx0213", "gb2312", "gbk", "gb18030",
          "hz", "big5", "cp950", "big5hkscs", "euc_kr", "cp949", "johab",
          "iso2022_kr", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2",
          "iso2022_jp_2004", "iso2022_jp_3", "iso2022_jp_ext"]

PREFIXES = {"iso2022_kr": [b"\x1b$)C\x0e"],
            "iso2022_jp": [b"\x1b$B", b"\x1b(J"],
            "iso2022_jp_1": [b"\x1b$(D"],
            "iso2022_jp_2": [b"\x1b$(C", b"\x1b$A", b"\x1b.F\x1bN", b"\x1b.A\x1bN"],
            "iso2022_jp_2004": [b"\x1b$(Q", b"\x1b$(P"],
            "iso2022_jp_3": [b"\x1b$(O", b"\x1b$(P"],
            "iso2022_jp_ext": [b"\x1b(I", b"\x1b$(D"],
            "hz": [b"~{"]}

def pairs_blob(lead, prefix=b""):
    return b"".join(prefix + bytes([lead, b]) + b"\x00" for b in range(256))

def digest(name):
    h = hashlib.sha1()
    for prefix in [b""] + PREFIXES.get(name, []):
        for lead in range(256):
            blob = pairs_blob(lead, prefix)
            for errors in ("replace", "backslashreplace"):
                h.update(blob.decode(name, errors).encode("utf-8", "surrogatepass"))
    if name in ("euc_jp", "euc_jis_2004", "euc_jisx0213"):
        for b2 in range(0xA1, 0xFF):
            blob = b"".join(bytes([0x8F, b2, b3]) + b"\x00" for b3 in range(256))
            h.update(blob.decode(name, "replace").encode("utf-8"))
    if name == "gb18030":
        for b1 in range(0x81, 0xFF):
            blob = b"".join(bytes([b1, b2, b3, b4]) for b2 in range(0x30, 0x3A)
                            for b3 in range(0x81, 0xFF) for b4 in range(0x30, 0x3A))
            h.update(blob.decode(name, "replace").encode("utf-8"))
    if name == "euc_kr":
        for x in range(0xA1, 0xFF):
            blob = b"".join(bytes([0xA4, 0xD4, 0xA4, x, 0xA4, y, 0xA4, z])
                            for y in range(0xA1, 0xFF) for z in (0xA1, 0xBF, 0xD4, 0xFE))
            h.update(blob.decode(name, "replace").encode("utf-8"))
    top = 0x110000 if name == "gb18030" else 0x30000
    for start in range(0, top, 0x1000):
        text = "".join(chr(c) for c in range(start, start + 0x1000)
                       if not 0xD800 <= c < 0xE000)
        h.update(text.encode(name, "backslashreplace"))
    for c1 in list(range(0x80, 0x400)) + list(range(0x3040, 0x3100)) + list(range(0x31F0, 0x3200)):
        h.update((chr(c1) + "\u0300\u0301\u02e5\u02e9\u0304\u030c\u309a" + chr(c1) + "\u309a" + chr(c1)).encode(name, "xmlcharrefreplace"))
    return h.hexdigest()

import sys
for name in sys.argv[1:] or CODECS:
    print(name, digest(name))
