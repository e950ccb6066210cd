import random, warnings
# _randbelow's maxsize: the range random() is taken to cover when a
# subclass supplies random() alone
class Fixed(random.Random):
    def __init__(self):
        super().__init__()
        self.values = iter([0.5, 0.25, 0.75, 0.1, 0.9, 0.3] * 10)
    def random(self):
        return next(self.values)
g = Fixed()
print([g._randbelow(10, maxsize=1 << 20) for _ in range(4)])
print(g._randbelow(7))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(g._randbelow(1 << 10, maxsize=1 << 8))
    print(len(w), w[0].category.__name__)
try:
    g._randbelow(0, maxsize=16)
except ValueError as e:
    print(type(e).__name__, e)
r = random.Random(5)
print(r._randbelow(1000), r.randrange(10, 20))
