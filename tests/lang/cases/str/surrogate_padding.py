def p(*values):
    print(*[ascii(v) for v in values])


s = 'a\ud800bc\udc80d'
p(s.center(10, '*'), s.ljust(8), s.rjust(8, '\ud800'), s.zfill(9), s.center(6))
p('a\ud800'.expandtabs(4), '\ud800\t!'.expandtabs(4), '\udc80\udc80\tx'.expandtabs())
