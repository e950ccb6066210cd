# The layout a class was made with decides sys.getsizeof and gc tracking
# of its instances, whatever its namespace's __slots__ says later; empty
# __slots__ over object or a number leave instances untracked (no GC
# header).
import gc
import sys


class A:
    __slots__ = ('a', 'b')


class B:
    __slots__ = ['x', 'y', 'z']


class C:
    __slots__ = ()


class D(C):
    __slots__ = ()


class I(int):
    __slots__ = ()


class F(float):
    __slots__ = ()


class Plain:
    pass


before = [sys.getsizeof(k()) for k in (A, B, C, D, Plain)]
print(before, sys.getsizeof(I(5)), sys.getsizeof(F(1.5)))
del A.__slots__
B.__slots__ = ()
C.__slots__ = ('q',)
Plain.__slots__ = ('only',)
after = [sys.getsizeof(k()) for k in (A, B, C, D, Plain)]
print(after == before)
print([gc.is_tracked(k()) for k in (A, B, C, D, Plain)])
p = Plain()
p.anything = 1
print(p.anything)
