"""Writes unicodenames.z, the character names namereplace uses, from the
Unicode 9.0 database of CPython 3.6's unicodedata module:

    PYENV_VERSION=3.6.15 python3 gen_unicodenames.py

The file is zlib-compressed text, one named character a line: the
distance in hex from the previous line's code point, a space, the name.
CJK unified ideographs and Hangul syllables are left out: names.go
computes theirs.
"""

import unicodedata
import zlib

assert unicodedata.unidata_version == "9.0.0", unicodedata.unidata_version

rows = []
last = 0
for code in range(0x110000):
    name = unicodedata.name(chr(code), "")
    if not name or name.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")):
        continue
    rows.append("%x %s" % (code - last, name))
    last = code
with open("unicodenames.z", "wb") as out:
    out.write(zlib.compress("\n".join(rows).encode("ascii"), 9))
