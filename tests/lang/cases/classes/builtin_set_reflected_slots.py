# set and frozenset: the reflected operators and the in-place ones as
# slot wrappers, and frozenset's operators in its __dict__.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: set.__ror__({1}, frozenset([2])))
show(lambda: frozenset.__rsub__(frozenset([1]), {1, 2}))
show(lambda: set.__rand__({1}, [1]))
show(lambda: sorted(set.__rxor__({1, 2}, {2, 3})))
show(lambda: set.__iand__({1, 2}, {2}))
show(lambda: set.__ior__({1}, [2]))
show(lambda: sorted(set.__isub__({1, 2}, {2})))
show(lambda: frozenset.__and__(frozenset([1]), {1}))
show(lambda: frozenset.__or__(frozenset([1]), [2]))
show(lambda: frozenset([1]) | {2})
show(lambda: {2} | frozenset([1]))
show(lambda: [n for n in ('__and__', '__rand__', '__or__', '__ror__', '__sub__',
                          '__rsub__', '__xor__', '__rxor__', '__iand__', '__hash__', '__lt__')
              if n in frozenset.__dict__])
show(lambda: [n for n in ('__iand__', '__ior__', '__isub__', '__ixor__', '__rand__', '__hash__')
              if n in set.__dict__])
show(lambda: frozenset.__rand__)
show(lambda: set.__ixor__)


class H(int):
    hash_count = 0

    def __hash__(self):
        self.hash_count += 1
        return int.__hash__(self)


d = dict.fromkeys(map(H, range(5)))
counts = lambda: sum(k.hash_count for k in d)
print(counts())
s = set(d)
print(counts())
d2 = dict.fromkeys(set(d))
print(counts())
d3 = dict.fromkeys(frozenset(d), 1)
print(counts())
d4 = dict.fromkeys(d, 2)
print(counts(), d3 == dict.fromkeys(d, 1), list(d4.values()))
