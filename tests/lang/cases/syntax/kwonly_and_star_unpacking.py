# Keyword-only parameters, extended unpacking (PEP 3132) and PEP 448
# in calls and displays, with their errors.
def f(a, *, b, c=3, **kw):
    return a, b, c, kw
print(f(1, b=2), f(1, b=2, c=4, d=5), f.__kwdefaults__)
for call in (lambda: f(1), lambda: f(1, 2), lambda: f(1, b=2, a=3), lambda: f(b=1)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

def g(*args, key=None):
    return args, key
print(g(), g(1, 2, key='k'))
try:
    g(1, kee=2)
except TypeError as e:
    print('TypeError:', e)

first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
try:
    p, *q, r = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    p, q, *r = 5
except TypeError as e:
    print('TypeError:', e)

print(*[1, 2], *'ab', sep='-')
print([*range(3), *{'k': 1}], (*'xy',), {*[1, 1], *(2,)})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
def kws(**kw):
    return sorted(kw.items())
print(kws(**{'x': 1}, y=2, **{'z': 3}))
try:
    kws(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print('TypeError:', e)
try:
    kws(**[1])
except TypeError as e:
    print('TypeError:', e)
try:
    print(*5)
except TypeError as e:
    print('TypeError:', e)
try:
    kws(**{1: 2})
except TypeError as e:
    print('TypeError:', e)
