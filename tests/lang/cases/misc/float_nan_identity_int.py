import math, struct
n = float('-nan')
p = float('nan')
for v in [n, p, -n, -p, abs(n), n * 1, p * -1, float(b' -NaN '), float(bytearray(b'+nan'))]:
    print(repr(v), str(v), math.copysign(1.0, v), math.isnan(v))
print(struct.pack('>d', p)[:1] != struct.pack('>d', n)[:1])
print(format(n, '.2f'), format(p, '+.3e'), '%5.1f|%-6g|' % (n, p))
print(n == n, n != n, n is n, [n] == [n], p in [p])
for s in ['1_000.5', ' 1_0 ', '1__0', '_1', '1_', '1._5', '1e_5', '0_0', '1.5_', 'nan_', '-inf', '+Infinity', ' -iNF ', '--nan', 'nann', '- nan', '\t-nan\n']:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), e)
print(math.copysign(3, -0.0), math.copysign(-2.0, math.inf), repr(-0.0), repr(0.0 * -1))
print(float('1e308') * 10, -float('1e308') * 10, float('1e-400'), repr(float('-0')))
print(float.fromhex('-0x1p-1'), (0.1).hex(), float('0.1').as_integer_ratio())
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(2.675, 2))
try:
    int(float('nan'))
except ValueError as e:
    print(e)
try:
    int(float('-inf'))
except OverflowError as e:
    print(e)
import math
for f in [int, math.trunc, math.floor, math.ceil, round]:
    for v in [float('nan'), float('inf'), float('-inf'), 1e300, -2.5]:
        try:
            r = f(v)
            print(f.__name__, r if abs(r) < 1e10 else len(str(r)))
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
print(divmod(7.5, 2), 7.5 // 0.5, -7 // 2.0, 7 % -3.0, math.fmod(-7, 3))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print((-8.0) ** (1/3) if False else '', 0.0 ** 0, pow(2.0, -1))
