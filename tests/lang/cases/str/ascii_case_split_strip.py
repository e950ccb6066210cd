# str.lower/upper, split() and strip() have ASCII fast paths: every ASCII
# byte, at every offset of an eight-byte word, and text that turns
# non-ASCII part way.
every = ''.join(chr(c) for c in range(128))
for pad in range(9):
    s = '-' * pad + every
    print(pad, ascii(s.lower()), ascii(s.upper()))
for s in ['ABCDEFGHé', 'abcdefghÉ', 'ÀBC', 'İstanbul', 'ﬁ', 'straße', '', 'no letters 123!']:
    print(ascii(s.lower()), ascii(s.upper()))
seps = ['\t', '\n', '\x0b', '\x0c', '\r', '\x1c', '\x1d', '\x1e', '\x1f', ' ', '\x85', '\xa0', '\u2000', '\u3000', '\u200b', '\x00', '\x1b']
for sep in seps:
    s = sep + 'a' + sep + sep + 'b' + sep
    print(ascii(sep), ascii(s.split()), ascii(s.strip()), ascii(s.lstrip()), ascii(s.rstrip()), ascii(s.split(None, 1)))
print(ascii(' \t héllo wörld \u3000'.split()), ascii(' \t héllo \u3000'.strip()))
print('   '.split(), ''.split(), 'one'.split(), ' a  b '.split(maxsplit=0))
