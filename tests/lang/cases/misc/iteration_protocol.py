# Iteration: __iter__/__next__, the old __getitem__ protocol, iter() with
# a sentinel, exhausted iterators and the errors for non-iterables.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), sum(Countdown(4)), 2 in Countdown(5))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 50 in Seq(), list(reversed([*Seq()])))
it = iter(Seq())
print(type(it).__name__, next(it), next(it), next(it), next(it, 'done'))

calls = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(calls), 0)))

class BadIter:
    def __iter__(self): return 5
for fn in (lambda: iter(BadIter()), lambda: iter(5), lambda: next([]), lambda: list(BadIter()),
           lambda: iter(lambda: 1, 2, 3), lambda: [x for x in 3]):
    try:
        fn()
    except TypeError as e:
        print('TypeError:', e)

class Noniter:
    __iter__ = None
try:
    iter(Noniter())
except TypeError as e:
    print('TypeError:', e)

i = iter([1, 2])
print(list(i), list(i), next(i, 'empty'))
g = (x * x for x in range(3))
print(next(g), list(g), list(g))
z = zip([1, 2, 3], 'ab')
print(list(z), list(z))
e = enumerate('xy', start=5)
print(next(e), list(e))

class Contains:
    def __contains__(self, x):
        return x == 'yes'
print('yes' in Contains(), 'no' in Contains(), 'no' not in Contains())
class Iterable:
    def __iter__(self):
        yield from ['a', 'b']
print('b' in Iterable(), 'c' in Iterable())
try:
    1 in 5
except TypeError as e:
    print('TypeError:', e)
