# special method protocols
class B:
    def __bool__(self): return 1
try:
    bool(B())
except TypeError as e: print(e)
class L:
    def __len__(self): return -1
try:
    len(L())
except ValueError as e: print(e)
class L2:
    def __len__(self): return 2**70
try:
    len(L2())
except OverflowError as e: print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([1])) and 'x')
class NoIter:
    __iter__ = None
try:
    iter(NoIter())
except TypeError as e: print(e)
class Cont:
    def __iter__(self): return iter([1, 2])
print(2 in Cont(), 3 in Cont())
class A:
    pass
class X: pass
try:
    class Bad(A, X, A): pass
except TypeError as e: print(e)
class O1: pass
class O2(O1): pass
try:
    class Bad2(O1, O2): pass
except TypeError as e: print(e)
a = A(); a.__class__ = X; print(type(a).__name__)
try:
    a.__class__ = int
except TypeError as e: print(e)
a.__dict__ = {'z': 1}; print(a.z)
try:
    a.__dict__ = []
except TypeError as e: print(e)
class N:
    def __new__(cls, *a):
        print('new', a)
        return super().__new__(cls)
    def __init__(self, v): print('init', v)
N(5)
class Weird:
    def __new__(cls): return 42
    def __init__(self): print('never')
print(Weird())
class Base:
    def who(self): return 'base'
    @classmethod
    def cm(cls): return cls.__name__
    @staticmethod
    def sm(x): return x
class Kid(Base):
    def who(self): return 'kid/' + super().who()
    @classmethod
    def cm(cls): return 'kid ' + super().cm()
print(Kid().who(), Kid.cm(), Kid().cm(), Kid.sm(3), Kid().sm(4), super(Kid, Kid()).who())
try:
    super(int, 'x')
except TypeError as e: print(e)
class Hashy:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(len({Hashy(), Hashy()}))
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], 'abc'[Idx()], bin(Idx()), range(Idx()), [0] * Idx())
class Call:
    def __call__(self, *a, **k): return a, k
print(Call()(1, x=2), callable(Call()), callable(Call))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'C%d' % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(1), Cmp(5)]), min(Cmp(4), Cmp(2)))
try:
    Cmp(1) > 3
except TypeError as e: print(e)
class F:
    def __format__(self, spec): return 'F[%s]' % spec
print(format(F(), 'x'), '{:>3}'.format(F()), f'{F():abc}')
class Str:
    def __str__(self): return 'S'
    def __repr__(self): return 'R'
print(Str(), str(Str()), repr(Str()), '%s %r' % (Str(), Str()), '{} {!r}'.format(Str(), Str()), [Str()])
