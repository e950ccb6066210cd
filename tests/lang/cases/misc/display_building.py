# List, tuple and unpacking displays: each builds a new object of its own.
a, b, c = 1, 'two', None
l1 = [a, b, c]
l2 = [a, b, c]
print(l1, l1 == l2, l1 is l2)
l1.append(4)
l1[0] = 'x'
print(l1, l2)
print([], [a], [a, b], [a, b, c, a, b, c])
e = []
e.append(1)
print(e, [])
xs = [1, 2, 3]
u = [*xs, a]
u.append(9)
print(u, xs)
print([*xs, *(4, 5), *range(6, 8), *'ab'], (*xs, a), [*()], [*[]])
t = (*xs,)
print(t, type(t).__name__, [*{1: 'k'}], {*xs, a})
try:
    [*xs, *5]
except TypeError as e:
    print('TypeError', e)
print({**{'a': 1}, 'k': a}, {'k': a, 'j': b})
