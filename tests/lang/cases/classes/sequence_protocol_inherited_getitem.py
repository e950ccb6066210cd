# A class iterates through __getitem__ (the sequence protocol) when it has
# no __iter__, also when the __getitem__ is inherited: for loops, list(),
# tuple(), str.join, next() on iter(obj) all see the items until
# IndexError.
class Letters:
    def __init__(self):
        self.items = ['a', 'b', 'c']
    def __getitem__(self, i):
        return self.items[i]

class LongerThanItIs(Letters):
    def __len__(self):
        return 8

class Failing(Letters):
    def __getitem__(self, i):
        if i == 1:
            raise KeyError(i)
        return super().__getitem__(i)

s = LongerThanItIs()
print(list(s), tuple(s), sorted(s, reverse=True), set(s) == {'a', 'b', 'c'}, ' '.join(s))
print([x for x in s], dict(enumerate(s)), 'b' in s, max(s))
it = iter(s)
print(type(it).__name__, next(it), next(it), next(it), next(it, 'done'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
try:
    list(Failing())
except KeyError as e:
    print('KeyError', e)
