# PEP 515: underscores in numeric literals, and the syntax errors of the
# misplaced ones (message, line, offset, text), as CPython 3.6.
print(1_000_000, 0x_ff, 0X_F_F, 0b_1010, 0B1_0, 0o7_7, 0O_7)
print(1_0.5e1_0, 1_0j, 1_000.0_1, 1e1_0, 1_0E+1_0, .5_5, 5_5., 0_0, 00_0)
print(1_0.5J, 0.0_1j, 1_2_3_4)
print(f'{1_000 + 0x_1:,}', [1_0, 2_0][1])
x = 1_0
print(x * 2_0, -1_0, 1_0 ** 2, type(1_0.0).__name__, type(1_0j).__name__)

bad = ['1__0', '1_', '0x_', '1_.5', '1._5', '1e_5', '0_7', '0b_', '0b1_',
       '0o_', '1e1_', '1.5_', '1_e5', '0_', '00_1', '0x__1', '1.e_1', '0b12',
       '0o8', '1__0j', '1_j', 'x = 1\ny = 1__0', '0x1_g', '1_000_', '0b_2',
       '1_0.5e1__0', '(1_)', 'f(1, 2__0)']
for src in bad:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'compiled')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))

for s in ['1_000', ' 1_0 ', '1__0', '_1', '1_', '0x_ff']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(int('0x_ff', 16), int('0b_1_0', 0), int('1_0', 0), int('f_f', 16))
for s in ['1_0.5', '1_0.5e1_0', '1._5', '1e_5', '1_e5', '1.5__0', '1_000']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
