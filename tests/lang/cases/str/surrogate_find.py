def p(*values):
    print(*[ascii(v) for v in values])


s = 'a\ud800bc\udc80d'
p(len(s), s.find('b'), s.find('c'), s.find('d'), s.find('\ud800'), s.find('\udc80'))
p(s.find('b', 2), s.find('b', 3), s.find('c', 0, 3), s.find('c', 0, 4), s.find('z'))
p(s.find('', 6), s.find('', 7), s.find('d', -1), s.find('\udc80', -2), s.find('bc\udc80'))
p(s[s.find('b'):], s[:s.find('\udc80')])
