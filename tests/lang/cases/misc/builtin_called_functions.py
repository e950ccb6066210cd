# Python functions called by builtins (map, filter, sorted, min, max,
# list.sort): defaults, bound methods, closures, generators, errors
# raised inside them, rebinding.

xs = [3, 1, 2]
print(list(map(lambda x: x + 1, xs)))
print(list(map(lambda x, y=10: x + y, xs)))
print(list(map(lambda x, y: x * y, xs, xs)))
print(list(filter(lambda x: x & 1, xs)))
print(sorted(xs, key=lambda x: -x))
print(min(xs, key=lambda x: -x), max(xs, key=lambda x: -x))
print(min(xs), max(xs), min(3, 1, 2), max(3, 1, 2))
print(max([], default='empty'), min([], key=lambda x: x, default=0))
ys = list(xs)
ys.sort(key=lambda x: -x)
print(ys)


class K:
    def __init__(self, n):
        self.n = n

    def key(self, x):
        return abs(x - self.n)


print(sorted(range(6), key=K(3).key))
print(list(map(K(1).key, range(4))))


def adder(n):
    return lambda x: x + n


print(list(map(adder(5), xs)))


def twice(x):
    yield x
    yield x


print([list(g) for g in map(twice, xs)])


def bad(x):
    if x == 2:
        raise KeyError(x)
    return x


for fn in (lambda: list(map(bad, xs)), lambda: list(filter(bad, xs)),
           lambda: sorted(xs, key=bad), lambda: max(xs, key=bad),
           lambda: min(xs, key=bad)):
    try:
        fn()
    except KeyError as e:
        print('KeyError', e)

for fn in (lambda: list(map(lambda a, b: a, xs)),
           lambda: list(map(lambda: 0, xs)),
           lambda: sorted(xs, key=lambda a, b: a),
           lambda: max(xs, key=lambda: 0),
           lambda: max(xs, key=1)):
    try:
        fn()
    except TypeError as e:
        print('TypeError', e)


def key(x):
    return x


def rebinding(x):
    global key

    def key(x):
        return -x
    return x


print(sorted(xs, key=key))
m = map(rebinding, xs)
print(list(m), sorted(xs, key=key))


def deep(x):
    return max([x], key=deep)


try:
    deep(1)
except RecursionError:
    print('RecursionError')
print(list(map(str, xs)), list(map(abs, [-1, 2])))
