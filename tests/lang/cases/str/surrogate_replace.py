def p(*values):
    print(*[ascii(v) for v in values])


s = 'a\ud800bc\udc80d'
p(s.replace('\ud800', 'X'), s.replace('', '-'), s.replace('b', 'B', 1), s.replace('', '.', 2))
p('\ud800abc'.replace('', '.', 2), '\udfff'.replace('', '|'), s.replace('', '', 3), s.replace('q', 'r'))
