# Two NaN floats are two objects: identity decides where CPython's
# comparisons take it first (tuple and list equality, `in`, count, index,
# sets and dict keys, sorting tuples), and one NaN is always itself.
import math

a = float('nan')
b = float('nan')
print(sorted([(a, 2), (b, 1)]), sorted([(a, 2), (a, 1)]))
print((a, 1) < (b, 0), (a, 1) < (a, 0), (a,) == (b,), (a,) == (a,), a is b, a is a)
print([a] == [b], [a] == [a], a in [b], a in [a], a in (b, b), a in (b, a))
x = [a, b, a]
print(x.count(a), x.count(b), x.index(b), x[0] is a, x[1] is b)
print(len({a, b}), len({a, a}), len({a: 1, b: 2}), {a: 1}.get(a), {a: 1}.get(b))
c = math.nan
print(c is math.nan, (c,) == (math.nan,), (c,) == (a,))
y = a
print(y is a, [y] == [a], sorted([(b, 0), (y, 1), (a, 2)], key=lambda t: t[1]) == [(b, 0), (y, 1), (a, 2)])
