def p(*values):
    print(*[ascii(v) for v in values])


s = 'a\ud800bc\udc80d'
p(s.startswith('b', 2), s.endswith('c', 0, 4), s.startswith('\ud800', 1), s.endswith('\udc80', 0, 5))
p(s.startswith(('z', 'b'), 2, 3), s.endswith(('\udc80d', 'q'), 3), s.startswith('b', 3))
