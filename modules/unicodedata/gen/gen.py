# gen.py writes ../ucd.txt.gz, the Unicode Character Database facts that
# package unicodedata serves, as CPython 3.6's unicodedata module reports
# them (Unicode 9.0.0, and 3.2.0 for ucd_3_2_0).
#
#     PYENV_VERSION=3.6.15 python3 gen.py
#
# Candidate alias and named-sequence names come from perl's copy of the
# UCD (/usr/share/perl/*/unicore); only those CPython 3.6 resolves are kept.
# Format (one record per line, fields separated by '\t'):
#   V version
#   P index category bidi combining eaw mirrored decimal digit numeric decomp
#   R first last index          code points first..last have property P index
#   Q first last index          the same for ucd_3_2_0 where it differs
#   N cp name                   names other than algorithmic ones
#   U first last                named now but not in 3.2.0
#   G first last                algorithmic CJK UNIFIED IDEOGRAPH-XXXX names
#   A name cp                   alias (lookup only)
#   S name cp cp...             named sequence (lookup only)
#   C first second composite    canonical composition pairs (9.0.0)
#   D first second composite    the same under 3.2.0 where it differs
import glob
import gzip
import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 6), "run under CPython 3.6"
MAX = 0x110000
NOW = unicodedata
OLD = unicodedata.ucd_3_2_0


def props(db, ch):
    fields = [db.category(ch), db.bidirectional(ch), str(db.combining(ch)),
              db.east_asian_width(ch), str(db.mirrored(ch))]
    for fn in (db.decimal, db.digit):
        v = fn(ch, None)
        fields.append("" if v is None else str(v))
    v = db.numeric(ch, None)
    fields.append("" if v is None else repr(v))
    fields.append(db.decomposition(ch))
    return "\t".join(fields)


records = {}
out = ["V\t" + NOW.unidata_version]


def record(p):
    if p not in records:
        records[p] = len(records)
        out.append("P\t%d\t%s" % (records[p], p))
    return records[p]


def ranges(values, tag, skip=None):
    start = 0
    for cp in range(1, MAX + 1):
        if cp == MAX or values[cp] != values[start]:
            if values[start] is not skip:
                out.append("%s\t%d\t%d\t%s" % (tag, start, cp - 1, values[start]))
            start = cp


now = [record(props(NOW, chr(cp))) for cp in range(MAX)]
ranges(now, "R")
old = []
for cp in range(MAX):
    r = record(props(OLD, chr(cp)))
    old.append(None if r == now[cp] else r)
ranges(old, "Q")

cjk = [False] * MAX
unnamed_old = [False] * MAX
for cp in range(MAX):
    ch = chr(cp)
    name = NOW.name(ch, None)
    if name is None:
        continue
    if OLD.name(ch, None) is None:
        unnamed_old[cp] = True
    if name == "CJK UNIFIED IDEOGRAPH-%X" % cp:
        cjk[cp] = True
    elif not name.startswith("HANGUL SYLLABLE "):
        out.append("N\t%d\t%s" % (cp, name))


def flags(values, tag):
    start = None
    for cp in range(MAX + 1):
        on = cp < MAX and values[cp]
        if on and start is None:
            start = cp
        elif not on and start is not None:
            out.append("%s\t%d\t%d" % (tag, start, cp - 1))
            start = None


flags(unnamed_old, "U")
flags(cjk, "G")

perl = sorted(glob.glob("/usr/share/perl/*/unicore"))[-1]
with open(os.path.join(perl, "Name.pl")) as f:
    body = f.read().split("<<'END';\n", 1)[1].split("\nEND\n", 1)[0]
for entry in body.split("\n\n"):
    lines = entry.strip().split("\n")
    if len(lines) != 2 or " " in lines[0]:
        continue
    cp, name = int(lines[0], 16), lines[1]
    if cp >= MAX or NOW.name(chr(cp), None) == name:
        continue
    try:
        if NOW.lookup(name) == chr(cp):
            out.append("A\t%s\t%d" % (name, cp))
    except KeyError:
        pass
with open(os.path.join(perl, "NamedSequences.txt")) as f:
    for line in f:
        if not line.strip() or line.startswith("#"):
            continue
        name, seq = [p.strip() for p in line.split(";")]
        try:
            got = NOW.lookup(name)
        except KeyError:
            continue
        if len(got) > 1:
            out.append("S\t%s\t%s" % (name, " ".join(str(ord(c)) for c in got)))


def pairs(db):
    found = {}
    for cp in range(MAX):
        d = db.decomposition(chr(cp))
        if not d or d.startswith("<"):
            continue
        parts = [int(x, 16) for x in d.split()]
        if len(parts) != 2:
            continue
        if db.normalize("NFC", chr(parts[0]) + chr(parts[1])) == chr(cp):
            found[(parts[0], parts[1])] = cp
    return found


now_pairs = pairs(NOW)
for (a, b), c in sorted(now_pairs.items()):
    out.append("C\t%d\t%d\t%d" % (a, b, c))
for (a, b), c in sorted(pairs(OLD).items()):
    if now_pairs.get((a, b)) != c:
        out.append("D\t%d\t%d\t%d" % (a, b, c))

here = os.path.dirname(os.path.abspath(__file__))
with gzip.open(os.path.join(here, "..", "ucd.txt.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
    f.write("\n".join(out) + "\n")
print(len(out), "lines,", len(records), "property records")
