def p(*values):
    print(*[ascii(v) for v in values])


x = 5
f = f'\ud800{x}\udc80'
p(f, len(f), f[0], f[-1], ord(f[0]))
p(f'{x}\udfff', rf'\ud800{x}', f'\ud800{{}}\udbff', f'{x!r}\udc00')
p(f'{x}' '\ud800', '\udc01' f'{x}', f'\U0000dc02')
