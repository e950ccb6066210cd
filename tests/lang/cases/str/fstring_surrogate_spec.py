def p(*values):
    print(*[ascii(v) for v in values])


x = 'v'
p(f'{x:\ud800>4}', f'{x:\udc80^5}', f'{x!s:\ud8ff<3}')
w = 4
p(f'{x:\ud800>{w}}')
