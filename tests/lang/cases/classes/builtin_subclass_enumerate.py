# A class derived from enumerate is its own iterator; overriding __next__
# changes what iteration yields.
class Numbered(enumerate):
    pass

n = Numbered('abc', 1)
print(type(n).__name__, iter(n) is n, next(n), list(n), isinstance(n, enumerate))
try:
    next(n)
except StopIteration:
    print('StopIteration')

class Scaled(enumerate):
    def __init__(self, seq, factor):
        self.factor = factor
    def __new__(cls, seq, factor):
        return super().__new__(cls, seq)
    def __next__(self):
        i, v = super().__next__()
        return i * self.factor, v

print(list(Scaled('xyz', 10)), dict(Scaled('pq', 2)))
print(enumerate.__next__(enumerate('a')), enumerate.__iter__(n) is n)
print(sorted(k for k in ('__iter__', '__next__', '__reduce__') if k in enumerate.__dict__))
e = Numbered([])
e.mark = 1
print(e.mark, list(e))
