def p(*values):
    print(*[ascii(v) for v in values])


s = 'a\ud800bc\udc80d'
p(s.translate({0xd800: 'Z'}), s.translate({ord('a'): 0xdc00}), s.translate({0xdc80: None}))
p(s.upper(), s.swapcase(), s.title(), s.casefold(), s.strip('a'), s.lstrip('a\ud800'), s.rstrip('d\udc80'))
