def p(*values):
    print(*[ascii(v) for v in values])


s = '\ud800a\ud800a\udfff'
p(s.count('\ud800'), s.count('a'), s.count(''), s.count('', 2), s.count('a', 1, 3))
p(s.count('\ud800a'), s.count('\udfff', -1), s.count('a', 2, 3), s.count('', 5), s.count('', 6))
