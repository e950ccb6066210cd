def p(*values):
    print(*[ascii(v) for v in values])


s = '\udc80x\udc80x\ud800'
p(s.rfind('x'), s.rfind('\udc80'), s.rfind('\ud800'), s.rfind('x', 0, 3), s.rfind('', 1, 2))
p(s.rfind('\udc80', 0, 2), s.rfind('\udc80', 1, 2), s.rfind('q'), s.rfind('', 5), s.rfind('', 6))
