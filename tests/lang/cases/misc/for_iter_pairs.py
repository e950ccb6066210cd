# for loops that unpack each item of an iterator into two targets: the
# loop steps enumerate, a zip of two iterables and a dict's items without
# building the tuple. What they give, how they stop, and what they raise
# must be the tuple path's: a zip of three into two targets, a zip of two
# into three, items of a dict that changes size, an iterator left half
# consumed by break, an error from the iterable inside, subclasses.
import itertools
import sys

a = ['p', 'q', 'r']
print([(i, x) for i, x in enumerate(a)], [(i, x) for i, x in enumerate(a, 5)])
for i, x in enumerate('xy', sys.maxsize - 1):
    print(i, x, type(i).__name__)
print([(x, y) for x, y in zip(a, range(10))], [(x, y) for x, y in zip(range(10), a)])
print([t for t in zip(a, a)], [t for t in enumerate(a)])
for i, *rest in zip(a, a):
    print(i, rest)
for (i, x), y in zip(enumerate(a), a):
    print(i, x, y)
try:
    for x, y in zip(a, a, a):
        pass
except ValueError as e:
    print('ValueError', e)
try:
    for x, y, z in zip(a, a):
        pass
except ValueError as e:
    print('ValueError', e)
d = {'one': 1, 'two': 2, 'three': 3}
print([(k, v) for k, v in d.items()], [k for k, v in {}.items()])
try:
    for k, v in d.items():
        d['four'] = 4
except RuntimeError as e:
    print('RuntimeError', e)
it = enumerate('abcd')
for i, x in it:
    if i == 1:
        break
print(next(it), list(it))
z = zip('abc', [1])
print(list((x, y) for x, y in z), list(z))
first = iter('abc')
z = zip(first, [])
for x, y in z:
    print('never')
print(next(first))


def failing():
    yield 1
    raise KeyError('inside')


try:
    for i, x in enumerate(failing()):
        print(i, x)
except KeyError as e:
    print('KeyError', e)
try:
    for x, y in zip('ab', failing()):
        print(x, y)
except KeyError as e:
    print('KeyError', e)


class E(enumerate):
    def __next__(self):
        i, x = super().__next__()
        return i * 10, x


class Z(zip):
    pass


print([(i, x) for i, x in E('ab')], [(x, y) for x, y in Z('ab', 'cd')])
# nested loops alternating the iterator types the loop steps by type
out = []
for i, x in enumerate('ab'):
    for y, n in zip('cd', itertools.count()):
        for k, v in {'k': 0}.items():
            for r in itertools.repeat(i, 2):
                out.append((i, x, y, n, k, v, r))
print(len(out), out[0], out[-1])
# __next__ rebound on a subclass in the middle of a loop takes effect at
# the next step; the built-in types' own cannot be rebound.
n = 0
for x, y in Z('abc', 'def'):
    print(x, y)
    n += 1
    if n == 1:
        Z.__next__ = lambda self: ('!', n)
    elif n == 3:
        break
for t in (zip, enumerate, type({}.items().__iter__())):
    try:
        t.__next__ = lambda self: 0
    except TypeError as e:
        print('TypeError', e)
