def p(*values):
    print(*[ascii(v) for v in values])


s = 'a\ud800bc\udc80d'
p(s.partition('\udc80'), s.rpartition('b'), s.partition('q'), s.rpartition('q'), s.partition('a\ud800'))
