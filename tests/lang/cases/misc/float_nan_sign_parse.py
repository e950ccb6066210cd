import math
for s in ['nan', '-nan', '+nan', 'NaN', '-NAN', 'inf', '-inf', '  1_0 ', '1_0', '1__0', '_1', '1_', '1_0.5_5', '1e1_0', 'infinity', '-Infinity', 'nan(1)', '0x10', ' 1.5\n', '1.5e', '', '1.5 x']:
    try:
        v = float(s)
        print(repr(s), repr(v), math.copysign(1.0, v))
    except ValueError as e:
        print(repr(s), e)
n = float('-nan')
print(math.copysign(1, float('nan')), math.copysign(1, -float('nan')), math.copysign(1, -n))
print(repr(-float('nan')), float('nan') == float('nan'), str(float('-nan')))
print('%f %e %g' % (n, n, n), '{}'.format(n), format(n, '+'))
print(math.copysign(2, math.nan))
