def f(*args, **kw):
    return args, sorted(kw.items())
a = [1, 2]
t = (3,)
d = {'x': 1}
e = {'y': 2}
print(f(*a))
print(f(0, *a, 4, *t, 5))
print(f(*a, *t, k=1, **d, **e))
print(f(**d, z=3, **e))
print(f(*a, *(), **{}))
print(f(*'ab', *range(2)))
print(f(1, *a, key=2, *t))
print([*a, *t], (*a, *t), {*a, *t} == {1, 2, 3}, {**d, 'q': 0, **e} == {'x': 1, 'q': 0, 'y': 2})
print((*a,), [*a], *a, sep='|')
first, *rest = range(5)
*init, last = 'abc'
x, *y, z = [1, 2]
print(first, rest, init, last, x, y, z)
[p, *q], r = [1, 2, 3], 4
print(p, q, r)
for h, *tl in [(1, 2, 3), (4,)]:
    print(h, tl)
(m, n), *o = (5, 6), 7, 8
print(m, n, o)
