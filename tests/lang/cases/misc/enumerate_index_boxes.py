# enumerate's index: boxed from the iterator's own slab past the small
# ints, through int addition at the 64-bit edge and beyond.
import sys
e = enumerate('abc', sys.maxsize - 1)
print(list(e))
print(list(enumerate('ab', 2 ** 64)))
print(list(enumerate('ab', -2)))
print(list(enumerate('ab', True)))
print([type(i).__name__ for i, _ in enumerate('ab', sys.maxsize)])
big = list(enumerate(range(5000)))
print(big[4095], big[4096], big[4999], all(i == x for i, x in big))
print(sum(i for i, _ in enumerate([0] * 10000)))
e = enumerate('abcd', 5000)
next(e)
print(e.__reduce__()[1][1], list(e))
class I(int):
    pass
print(list(enumerate('ab', I(7))), type(next(enumerate('a', I(7)))[0]).__name__)
keep = [i for i, _ in enumerate(range(40), 10000)]
print(keep[0], keep[-1], len(set(keep)), keep == list(range(10000, 10040)))
