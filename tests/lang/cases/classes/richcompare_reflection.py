# Rich comparisons: reflected methods, subclass priority, NotImplemented
# fallbacks, ordering errors and chained comparisons.
log = []
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        log.append('A.eq'); return NotImplemented
    def __lt__(self, o):
        log.append('A.lt'); return NotImplemented
    def __gt__(self, o):
        log.append('A.gt'); return isinstance(o, A) and self.v > o.v
class B(A):
    def __eq__(self, o):
        log.append('B.eq'); return True
    def __lt__(self, o):
        log.append('B.lt'); return 'B-lt'
    def __gt__(self, o):
        log.append('B.gt'); return 'B-gt'

def run(label, fn):
    log.clear()
    try:
        r = fn()
    except TypeError as e:
        r = 'TypeError: %s' % e
    print(label, r, log)

run('A==A', lambda: A(1) == A(1))
run('A!=A', lambda: A(1) != A(1))
run('A==B', lambda: A(1) == B(1))
run('A<B', lambda: A(1) < B(2))
run('B<A', lambda: B(1) < A(2))
run('A<A', lambda: A(1) < A(2))
run('A>1', lambda: A(1) > 1)
run('1<A', lambda: 1 < A(1))
run('A<=A', lambda: A(1) <= A(1))
run('chain', lambda: 1 < 2 < A(0))

class Ordered:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return 'O%d' % self.k
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(1), Ordered(5)))
print(Ordered(1) > Ordered(0))
try:
    Ordered(1) <= Ordered(2)
except TypeError as e:
    print('TypeError:', e)

class NeOnly:
    def __eq__(self, o): return 'custom eq'
print(NeOnly() != NeOnly(), NeOnly() == 1)
print([1, 2] < [1, 3], (1, 'a') < (1, 'b'), [1] == (1,), {1: 2} == {1: 2})
for bad in (lambda: [1] < (1,), lambda: {} < {}, lambda: None < None, lambda: 'a' < 1):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
class Weird:
    def __eq__(self, o): return [1]
    def __bool__(self): raise ValueError('no bool')
print(Weird() == 1, [Weird()] == [Weird()] if False else 'skip')
nan = float('nan')
print(nan == nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
