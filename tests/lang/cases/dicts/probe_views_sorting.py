# dict / set views, sorting
d = {'b': 1, 'a': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
d['d'] = 4; print(list(k), len(v), reversed if False else '')
try:
    for x in d: d['e'] = 5
except RuntimeError as e: print(e)
try:
    s = {1, 2}
    for x in s: s.add(3)
except RuntimeError as e: print(e)
print(sorted(d, key=d.get, reverse=True), d.pop('zz', None), d.setdefault('a', 9), d.popitem())
try:
    d.pop('zz')
except KeyError as e: print(repr(e))
try:
    {}.popitem()
except KeyError as e: print(e)
print(dict.fromkeys('ab', 0), dict([(1, 2)], x=3), dict(zip('ab', range(2))))
try:
    dict([1])
except TypeError as e: print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e: print(e)
data = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(data, key=lambda t: t[0]), sorted(data, key=lambda t: t[0], reverse=True))
l = [3, 1, 2]; l.sort(reverse=True); print(l)
try:
    [1, 'a'].sort()
except TypeError as e: print(e)
try:
    sorted([1], key=1)
except TypeError as e: print(e)
try:
    [].sort(lambda x: x)
except TypeError as e: print(e)
s = {1, 2, 3}
print(s & {2}, s | {4}, s - {1}, s ^ {1, 5}, s <= {1, 2, 3, 4}, s.isdisjoint([9]), s.issuperset([1]), s.union([7], (8,)), s.intersection(), frozenset(s) | {0})
try:
    s.remove(9)
except KeyError as e: print(repr(e))
s.discard(9); print(s.pop(), len(s))
try:
    set().pop()
except KeyError as e: print(e)
try:
    s < [1]
except TypeError as e: print(e)
print({1, 2} == frozenset({1, 2}), hash(frozenset()) == hash(frozenset()), {frozenset({1}): 1})
try:
    {[]: 1}
except TypeError as e: print(e)
try:
    {{1}}
except TypeError as e: print(e)
print(dict(a=1) == {'a': 1}, {1: 1} == {1.0: 1}, {True: 'x', 1: 'y'}, {1, 1.0, True})
print(min([3, 1, 2], key=lambda x: -x), max('abc', 'abd'), min([], default=0), max(1, 2, key=None))
try:
    min([], key=len)
except ValueError as e: print(e)
print(sum([[1], [2]], []), sum(range(5), 10), sum([0.1] * 10))
try:
    sum(['a', 'b'], '')
except TypeError as e: print(e)
