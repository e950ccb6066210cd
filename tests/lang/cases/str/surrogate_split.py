def p(*values):
    print(*[ascii(v) for v in values])


s = 'a\ud800bc\udc80d'
p(s.split('\ud800'), s.split('b', 1), s.rsplit('c'), s.rsplit('\ud800', 1), s.split())
t = '\udc80\udc81 \udc82'
p(t.split(), t.rsplit(None, 1), t.split(' '), t.split('\udc81 ', 1), t.splitlines())
