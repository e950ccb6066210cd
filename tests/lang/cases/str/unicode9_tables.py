# str's character predicates, case mappings and repr follow Unicode 9.0.0,
# CPython 3.6's tables: a code point assigned later (U+1F97A, 2018) is not
# printable and repr escapes it; Georgian Mkhedruli has no upper case.
import hashlib

# the spans where Unicode 9.0.0 and later versions part most (the whole
# table is compared by modules/host's TestStrUnicodeTables)
SPANS = [(0x500, 0x1100), (0x1C80, 0x1D00), (0xA700, 0xA800), (0x1F900, 0x1FA00),
         (0x16FE0, 0x17000)]
TESTS = ['isprintable', 'isalpha', 'isdecimal', 'isnumeric',
         'isupper', 'islower', 'isidentifier']


def digest(f):
    h = hashlib.md5()
    count = 0
    for lo, hi in SPANS:
        bits = bytearray()
        for cp in range(lo, hi):
            v = f(chr(cp))
            bits.append(v)
            count += v
        h.update(bits)
    return count, h.hexdigest()[:12]


for name in TESTS:
    m = getattr(str, name)
    print(name, *digest(lambda c: 1 if m(c) else 0))


def mapping(method):
    h = hashlib.md5()
    changed = 0
    for lo, hi in SPANS:
        out = []
        for cp in range(lo, hi):
            c = chr(cp)
            m = method(c)
            if m != c:
                changed += 1
                out.append('%x:%s' % (cp, ','.join('%x' % ord(x) for x in m)))
        h.update(' '.join(out).encode())
    return changed, h.hexdigest()[:12]


for name in ['upper', 'lower']:
    print(name, *mapping(getattr(str, name)))
print(repr('\U0001f97a \u07ff \u10d0 \U0001f600 \u0560'))
print('\u10d0'.upper() == '\u10d0', '\u0282'.upper(), ascii('\u1c90'.lower()))
import re
print(re.findall(r'\w+', 'ab\u0560cd \u10d0\u10d1 x\U0001f97ay'), re.match(r'(?i)\u10d0', '\u1c90'))
for src in ['a\u0560 = 1', 'b\u10d0 = 2', 'c\u0860 = 3']:
    try:
        exec(src)
        print('ok', ascii(src))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
print('%s|%r|%a' % ('\U0001f97a', '\U0001f97a', '\U0001f97a'), '{!r}'.format('\u07ff'), f'{chr(0x560)!r}')
