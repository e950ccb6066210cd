# Which classes show __dict__ and __weakref__ descriptors in their
# __dict__, and C.__weakref__ at class level, per base and __slots__.
import weakref

bases = (object, int, str, bytes, tuple, list, dict, set, frozenset,
         Exception, OSError, float, complex, type)
for b in bases:
    class C(b):
        pass
    print(b.__name__, list(C.__dict__), hasattr(C, '__weakref__'),
          '__weakref__' in dir(C))


class F:
    pass


class G(F):
    pass


print(repr(F.__weakref__), repr(G.__weakref__), list(G.__dict__))
print(F.__weakref__.__objclass__ is F, F.__weakref__.__name__)
f = F()
print(f.__weakref__, F.__weakref__.__get__(f))
r = weakref.ref(f)
print(r() is f)


class E(Exception):
    pass


print(repr(E.__weakref__), E().__weakref__)


class S:
    __slots__ = ('b', 'a', '__weakref__', '_x', '__p')


print(list(S.__dict__), repr(S.__weakref__))


class T:
    """doc"""
    __slots__ = ['z', '__dict__']

    def f(self):
        pass


print(list(T.__dict__), hasattr(T, '__weakref__'))


class U(T):
    __slots__ = 'q'

    def __eq__(s, o):
        pass


print(list(U.__dict__), hasattr(U, '__weakref__'))


class V:
    __slots__ = ('a',)


class W:
    pass


class X(V, W):
    pass


print(list(X.__dict__), repr(X.__weakref__))
try:
    V.__weakref__
except AttributeError as e:
    print('AttributeError', e)
