for s in ['', ' ', '  a  b  ', 'a b c', '\u2003a\u00a0b\x1cc\x1f', 'a\tb\nc\r\nd', 'a,b,,c,', ',', 'x']:
    for sep in (None, ',', ' ', 'b'):
        for m in (-1, 0, 1, 2, 10):
            print(repr(s), repr(sep), m, s.split(sep, m), s.split(sep=sep, maxsplit=m) == s.split(sep, m))
for s, a in [('aaa', ('a', 'b')), ('aaa', ('a', 'b', 2)), ('ab', ('', '-')), ('ab', ('', '-', 2)), ('abc', ('bc', '')), ('abc', ('x', 'y', -5)), ('', ('', 'z'))]:
    print(repr(s), a, s.replace(*a))
for f in [lambda: 'a'.replace(1, 'b'), lambda: 'a'.replace('a', 2), lambda: 'a'.replace(old='a', new='b'), lambda: 'a'.split(''), lambda: 'a'.split(1), lambda: 'a'.split(None, 'x'), lambda: 'a'.split(',', 1, 2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
