# str.strip/lstrip/rstrip with a chars argument of each shape: ASCII
# (a bit table), a few non-ASCII characters, many of them, lone
# surrogates, and characters past the BMP.
ascii_set = ''.join(chr(c) for c in range(0x21, 0x7f) if c != 0x3a)
many = ''.join(map(chr, range(200, 300)))
cases = [
    ('xxAbcyy', 'xy'), ('Accept-Encoding', ascii_set), ('a:b', ascii_set),
    ('ééaéé', 'é'), ('ab', many + 'a'), ('\u0130ab\u0131', many),
    ('\udc80x\udc80', '\udc80'), ('\U0001f600ok\U0001f600', '\U0001f600'),
    ('\x7f\x80abc\x80\x7f', '\x7f'), ('\x7f\x80abc\x80\x7f', '\x80\x7f'),
    ('', 'abc'), ('abc', ''), ('aaa', 'a'), ('  a  ', ' '), ('\t a \n', None),
]
for s, chars in cases:
    print(ascii(s.strip(chars)), ascii(s.lstrip(chars)), ascii(s.rstrip(chars)))
for bad in (1, b'x', ['a']):
    try:
        'abc'.strip(bad)
    except TypeError as e:
        print('TypeError', e)
