# sum() keeps its running total unboxed while items are small ints or
# floats; each case below leaves that path somewhere (overflow past 64
# bits, a float or bool item, a start value of another type, an item that
# defines __radd__) and must give what repeated + gives.
import sys

big = sys.maxsize
print(sum([big, 1]), sum([big, big, -big]), sum([-big, -big, -2]))
print(sum([1, 2, 3], big), sum(range(10), -big - 1))
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([1e308, 1e308, -1e308]))
print(sum([1.5, 2**70, 3]), sum([2**70, 1.0, -2**70]))
print(repr(sum([-0.0])), repr(sum([-0.0], -0.0)), repr(sum([], -0.0)))
print(sum([True, True, 3]), sum([True], 1.5), sum([], True), sum([False]))
print(sum([1, 2], 0.5), sum([2**63 - 1, 2**63 - 1]))
print(sum([[1], [2]], []), sum([(1,), (2, 3)], ()))
print(sum([1.0, float("inf"), 2]), sum([float("inf"), -float("inf")]))
print(sum([3, complex(1, 2), 1.5]))


class Money:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Money(other + self.v)

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))


m = sum([1, 2, Money(10), 4, 5])
print(type(m).__name__, m.v)
m = sum([1.5, Money(10), 2.5])
print(type(m).__name__, m.v)


def gen():
    yield 1
    yield 2**62
    yield 2**62
    yield 2**62
    yield 0.5


print(sum(gen()), sum(x * x for x in range(1000)))
try:
    sum([1, 2, "x"])
except TypeError as e:
    print("TypeError", e)
try:
    sum([1.5, "x"])
except TypeError as e:
    print("TypeError", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
