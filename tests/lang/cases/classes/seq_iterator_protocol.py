# iter() of an object with only __getitem__: stays exhausted once it has
# ended (even if the sequence grows), drops the sequence, pickles as 3.6's,
# has __length_hint__, and stops with OverflowError at sys.maxsize. Every
# built-in iterator type lists __iter__ and __next__ in its __dict__.
import collections.abc, pickle, sys


class S:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i < self.n:
            return i
        raise IndexError(i)


class Sized(S):
    def __len__(self):
        return self.n


it = iter(S(3))
t = type(it)
print(t.__name__, isinstance(it, collections.abc.Iterator), [k for k in sorted(t.__dict__) if k != '__getattribute__'])
print(it.__length_hint__(), iter(Sized(5)).__length_hint__())
print(next(it), it.__reduce__()[1:][1], it.__length_hint__())
it2 = pickle.loads(pickle.dumps(it))
print(type(it2).__name__, list(it2))
s = Sized(3)
it = iter(s)
print(list(it), it.__length_hint__())
s.n = 10
print(list(it), it.__reduce__(), it.__length_hint__())
it.__setstate__(2)
print(list(it))
it = iter(S(3))
it.__setstate__(2)
print(list(it))


class Big:
    def __getitem__(self, i):
        return i


it = iter(Big())
it.__setstate__(sys.maxsize - 1)
print(next(it))
try:
    next(it)
except OverflowError as exc:
    print("OverflowError", exc)
print(type(it).__iter__(it) is it, type(it).__next__(iter(S(1))))


def g():
    yield 1


samples = [iter([]), iter(()), iter(""), iter(b""), iter(bytearray()), iter(range(3)),
           iter(range(2 ** 70)), iter({}), iter({}.values()), iter({}.items()), iter(set()),
           enumerate([]), zip(), map(abs, []), filter(None, []), reversed([]),
           reversed(range(3)), reversed((1,)), g(), iter(S(1)), iter(int, 1)]
for o in samples:
    d = type(o).__dict__
    print(type(o).__name__, isinstance(o, collections.abc.Iterator),
          '__next__' in d, '__iter__' in d, '__length_hint__' in d, '__reduce__' in d)

n = iter([1, 2, 3, 4]).__next__
it = iter(n, 3)
print(it.__reduce__()[1][1], next(it))
print(list(pickle.loads(pickle.dumps(iter(iter([5, 6, 7]).__next__, 7)))))
print(list(it), it.__reduce__())
