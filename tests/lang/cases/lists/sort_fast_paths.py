# list.sort / sorted() on the shapes the loop compares directly (all ints,
# all floats, all strs, all tuples) and with the key calls it makes
# directly (a Python function, a module's Go function, a type's method):
# the same order, the same stability and the same errors as Python's <.
import math

def show(label, *v):
    print(label, *v)

nan = float("nan")
show("floats", sorted([3.5, -0.0, 0.0, 1e300, -1e300, 2.25, -7.0]))
fl = [2.0, nan, 1.0, 0.5]
show("nan first", [repr(x) for x in sorted(fl)])
show("nan mid", [repr(x) for x in sorted([3.0, 1.0, nan, 2.0, 0.0])])
show("inf", sorted([float("inf"), 1.0, float("-inf"), 0.0]))
show("mixed int float", sorted([3, 1.5, 2, 0.5, True]))
show("floats rev", sorted([0.1 * i for i in range(10)], reverse=True)[:3])

# tuples: first items decide, then the next, then the length
show("tuples", sorted([(2, "b"), (1, "z"), (2, "a"), (1,), (1, "a", 0), ()]))
show("tuple floats", sorted([(1.0, 2), (0.5, 9), (1.0, 1)]))
show("tuple strs", sorted([("b", 1), ("a", 2), ("a", 1)]))
show("tuple mixed kinds", sorted([(1, "x"), (1.0, "a"), (0, None)]))
a = (nan, 1)
b = (nan, 0)
show("tuple same nan", [t[1] for t in sorted([a, b, a])])
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    show("tuple error", e)
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    show("tuple none error", e)
try:
    sorted([1.0, "x"])
except TypeError as e:
    show("float str", e)

class Rev:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __eq__(self, other):
        return self.v == other.v
    def __repr__(self):
        return "Rev(%r)" % self.v

show("tuple with instances", sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))

# stability with keys
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2)]
show("stable key", sorted(recs, key=lambda r: r[1]))
show("stable key rev", sorted(recs, key=lambda r: r[1], reverse=True))
show("key len", sorted(["ccc", "a", "bb", "d", "ee"], key=len))
show("key abs", sorted([-3, 2, -1, 1, 0], key=abs))
show("key str.lower", sorted(["b", "A", "c", "B", "a"], key=str.lower))
show("key float", sorted(["1.5", "0.25", "10"], key=float))

class S(str):
    pass

show("key str.lower subclass", sorted([S("Q"), "p", S("r")], key=str.lower))
class Loud(str):
    def upper(self):
        return "~"

show("key str.upper, subclass override unused", sorted([Loud("b"), "A", Loud("c")], key=str.upper))
show("key bytearray.upper", sorted([bytearray(b"b"), bytearray(b"A")], key=bytearray.upper))
try:
    sorted([b"b", bytearray(b"c")], key=bytes.upper)
except TypeError as e:
    show("bytes.upper on bytearray", e)
show("key str.split (extra args)", sorted(["b a", "a b"], key=str.split))
try:
    sorted(["a", "b"], key=str.startswith)
except TypeError as e:
    show("str.startswith without prefix", e)
show("key int.bit_length", sorted([8, 1, True, 3], key=int.bit_length))
try:
    sorted(["a", 1], key=str.lower)
except TypeError as e:
    show("str.lower on int", e)
try:
    sorted(["a", 1], key=len)
except TypeError as e:
    show("len of int", e)
try:
    sorted([1, 2], key=lambda x, y: x)
except TypeError as e:
    show("key arity", e)

calls = []
def k(x):
    calls.append(x)
    if x == 3:
        raise ValueError("bad key %d" % x)
    return -x
l = [1, 2, 3, 4]
try:
    l.sort(key=k)
except ValueError as e:
    show("key raises", e, )
show("after key raise", l, calls)

def gen_key(x):
    yield x
try:
    sorted([1, 2], key=gen_key)
except TypeError as e:
    show("generator keys", type(e).__name__)

# a list changed from a key or a comparison
l = [3, 1, 2]
def grow(x):
    l.append(x)
    return x
try:
    l.sort(key=grow)
except ValueError as e:
    show("modified by key", e)
show("after", l)

class Bad:
    def __init__(self, v, l):
        self.v, self.l = v, l
    def __lt__(self, other):
        self.l.append(0)
        return self.v < other.v
l = []
l.extend([Bad(2, l), Bad(1, l)])
try:
    l.sort()
except ValueError as e:
    show("modified by compare", e)

class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 0 or other.v == 0:
            raise RuntimeError("boom")
        return self.v < other.v
l = [Boom(3), Boom(0), Boom(1)]
try:
    l.sort()
except RuntimeError as e:
    show("compare raises", e, [b.v for b in l])

# a key function rebound between sorts is the new one
def key(x):
    return x
data = [3, 1, 2]
show("key first", sorted(data, key=key))
def key(x):
    return -x
show("key rebound", sorted(data, key=key))
import builtins
real_len = builtins.len
show("len key", sorted(["aa", "b"], key=len))
def len(x):
    return -real_len(x)
show("len shadowed", sorted(["aa", "b", "ccc"], key=len))
del len

big = [(i * 7919) % 1000 for i in range(1000)]
fbig = [x / 7.0 for x in big]
show("big ints", sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:5])
show("big floats", sorted(fbig)[:3], sorted(fbig, reverse=True)[:2])
show("big tuples", sorted([(x % 10, -x) for x in big])[:4])
show("big strs", sorted([str(x) for x in big])[:5])
show("big key", sorted(big, key=lambda x: (x % 3, x))[:5])
