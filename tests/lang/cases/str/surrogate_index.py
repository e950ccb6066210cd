def p(*values):
    print(*[ascii(v) for v in values])


s = 'a\ud800bc\udc80d'
p(s.index('c'), s.index('\udc80', 2, 5), s.index('d', -1), s.rindex('\udc80'), s.rindex('b', 0, 3))
for args in [('z',), ('b', 3), ('\ud800', 2, 5), ('d', 0, 5)]:
    try:
        s.index(*args)
    except ValueError as e:
        p('index', args, str(e))
    try:
        s.rindex(*args)
    except ValueError as e:
        p('rindex', args, str(e))
