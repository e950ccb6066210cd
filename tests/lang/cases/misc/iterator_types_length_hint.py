for o in ([1, 2, 3], (1, 2), 'abc', b'ab', range(5), {1: 2}, {1}):
    it = iter(o)
    next(it)
    print(type(it).__name__, it.__length_hint__() if hasattr(it, '__length_hint__') else 'none')
import operator
print(operator.length_hint(iter([1, 2, 3])), operator.length_hint([1, 2]), operator.length_hint(iter(range(4)), 9))
l = [1, 2]
seen = []
for x in l:
    seen.append(x)
    if len(l) < 5:
        l.append(x * 10)
print(seen, l)
it = iter(l)
print(list(it), list(it), it.__length_hint__())
t = iter((1, 2, 3))
print(next(t), list(t), t.__length_hint__())
r = iter(range(10, 0, -3))
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r))
print(list(zip(iter([1, 2]), iter((3, 4)))), sorted(iter([3, 1, 2])), sum(iter((1, 2))))
