# List, set and dict comprehensions and generator expressions: their own
# scope, the first iterable evaluated outside, class-body quirks.
x = 'outer'
print([x for x in range(3)], x)
print({x: x * 2 for x in 'ab'}, {x % 3 for x in range(10)}, x)
class C:
    y = 5
    values = [y for _ in range(2)] if False else None
    first = [v for v in range(y)]
    try:
        second = [y for v in range(2)]
    except NameError as e:
        error = str(e)
print(C.first, C.error)
print([(i, j) for i in range(3) if i for j in range(i)])
print([[j for j in range(i)] for i in range(4)])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
gen = (n for n in range(3))
print(type(gen).__name__, list(gen))
def lazy():
    items = []
    g = (i for i in items)
    items.append(1)
    return list(g)
print(lazy())
try:
    (v for v in 5)
except TypeError as e:
    print('TypeError at creation:', e)
g = (1 / v for v in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(sum(i for i in range(5)), sorted((k for k in 'cab'), reverse=True))
print({k: v for k, v in zip('abc', range(3)) if v != 1})
print([y for x in [[1, 2], [3]] for y in x])
print([s.upper() for s in ['a', 'b']], [(lambda q: q + 1)(n) for n in (1, 2)])
print(set() == {z for z in []}, {} == {k: 1 for k in ''})
print([x for x in range(10) if x % 2 if x % 3])
print(list(filter(None, (a - 1 for a in range(3)))))
