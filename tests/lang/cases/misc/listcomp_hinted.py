# List comprehensions whose list is sized from their iterator ahead: the
# result must be the same list whatever the source (ranges with every kind
# of step, empty and huge ranges, partly consumed list and tuple iterators,
# generators, a list that grows while it is read), an empty result the
# size of [], and a list that grows past the hint normally.
import sys

print([x for x in range(0)])
print([x for x in range(5)])
print([x for x in range(10, 0, -3)])
print([x for x in range(-5, 5, 4)])
print([x for x in range(5, 5)])
print([x for x in range(0, 10, -1)])
print([x * x for x in range(3, 40, 7) if x % 2])
print(len([x for x in range(2**62, 2**62 + 10**4)]))
print(len([x for x in range(-2**63, 2**63 - 1, 2**62)]))
print(len([x for x in range(10**6) if x % 100000 == 0]))

it = iter([1, 2, 3, 4, 5])
next(it)
next(it)
print([x for x in it])
print([x for x in it])
t = iter((1, 'a', None, 2.5))
next(t)
print([x for x in t])


def gen(n):
    for i in range(n):
        yield i * 2


print([x for x in gen(6)])
print([x + y for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])

grow = [1, 2, 3]
print([grow.append(x + 10) or x for x in grow if len(grow) < 12])
print(grow)

a = [x for x in range(7)]
b = list(range(7))
print(a == b)
a.append(99)
print(a, len(a))
e = [x for x in range(100) if x > 1000]
print(e, sys.getsizeof(e) == sys.getsizeof([]))
e.extend(range(3))
print(e)

try:
    [1 // x for x in range(-2, 3)]
except ZeroDivisionError as exc:
    print('ZeroDivisionError', exc)
