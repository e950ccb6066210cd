# type's layout members (__basicsize__, __itemsize__, __dictoffset__,
# __weakrefoffset__, __flags__) with 3.6's 64-bit figures: a class adds a
# word per slot, then the __dict__ and __weakref__ words its layout base
# lacks.
import abc
for t in (object, int, bool, float, str, bytes, tuple, list, dict, set, type,
          BaseException, Exception, StopIteration, ImportError, OSError,
          FileNotFoundError, SyntaxError, UnicodeDecodeError):
    print(t.__name__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)


class A: pass
class S: __slots__ = ('a', 'b')
class S2(S): __slots__ = ('__dict__',)
class S3(S): __slots__ = ('__weakref__', 'c')
class I(int): pass
class T(tuple): __slots__ = ()
class E(Exception): pass
class L(list): pass
class M(type): pass
class Empty: __slots__ = ()
class Both(Empty, A): __slots__ = ()
for c in (A, S, S2, S3, I, T, E, L, M, Empty, Both):
    print(c.__name__, c.__basicsize__, c.__itemsize__, c.__dictoffset__, c.__weakrefoffset__)
print(Both.__basicsize__ == A.__basicsize__)


class D(abc.ABC):
    @abc.abstractmethod
    def f(self): pass


bits = {'heap': 1 << 9, 'gc': 1 << 14, 'abstract': 1 << 20, 'int': 1 << 24,
        'dict': 1 << 29, 'exc': 1 << 30, 'type': 1 << 31}
for c in (A, I, E, D, M, Empty, S, dict, int):
    print(c.__name__, sorted(k for k, b in bits.items() if c.__flags__ & b))
try:
    int.__basicsize__ = 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
