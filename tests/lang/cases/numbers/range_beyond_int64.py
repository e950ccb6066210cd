# range() with bounds and lengths past 64 bits.
import pickle, sys
r = range(2**100)
print(r, bool(r), r.start, r.stop, r.step)
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
print(r[5], r[-1], r[2**99], r[2**90:2**91:3], r[::-1])
print(2**99 in r, -1 in r, 2**100 in r, 2.0 in r)
print(r.count(5), r.index(2**80), next(reversed(r)))
try:
    r[2**100]
except IndexError as e:
    print("IndexError", e)
w = range(-sys.maxsize, sys.maxsize)
print(w[sys.maxsize + 1], w[-1], len(w[:10]))
print(list(range(2**64, 2**64 + 3)), list(reversed(range(2**64, 2**64 + 3))))
it = iter(range(2**64, 2**64 + 3))
print(next(it), list(pickle.loads(pickle.dumps(it))), type(it).__name__)
print(pickle.loads(pickle.dumps(r)) == r, r == range(0, 2**100, 1))
print(range(2**100, 2**100) == range(0), hash(range(2**100, 2**100)) == hash(range(0)))
print(range(0) == range(5, 5, 3), range(5, 6) == range(5, 7, 2), range(0, 4, 2) == range(0, 3, 2))
print(hash(range(5, 6)) == hash(range(5, 7, 2)), range(1, 2).__reduce__())
print(range(10)[-1:-3:-1], list(range(10)[-1:-3:-1]), range(10)[2**70:])
print(list(reversed(range(-4294967298, -2**63, -2**63))))
print(sys.maxsize - -sys.maxsize, int.__sub__(-sys.maxsize, sys.maxsize))
