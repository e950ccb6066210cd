# Abstract classes: only object.__new__ refuses them (also called directly or
# through super()); a built-in value base or a Go base with its own
# constructor makes the instance unchecked, as 3.6.
import io, abc, threading, collections.abc as cabc
from abc import ABCMeta, abstractmethod, ABC
from collections import OrderedDict, deque
class I(int, metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
try:
    print(I(3))
except TypeError as e: print("TE", e)
class B(ABC):
    @abstractmethod
    def g(self): pass
class Dd(dict, B): pass
try:
    print(Dd())
except TypeError as e: print("TE", e)
try:
    print(object.__new__(B))
except TypeError as e: print("TE", e)
try:
    print(B())
except TypeError as e: print("TE", e)
class L(list, B): pass
try: print(L([1]))
except TypeError as e: print("TE", e)
class T(tuple, B): pass
try: print(T((1,)))
except TypeError as e: print("TE", e)
class S(str, B): pass
try: print(S("x"))
except TypeError as e: print("TE", e)
class E(Exception, B): pass
try: print(repr(E(1)))
except TypeError as e: print("TE", e)
class F(float, B): pass
try: print(F(1))
except TypeError as e: print("TE", e)
class O(B): pass
try: print(O())
except TypeError as e: print("TE", e)
class St(set, B): pass
try: print(St())
except TypeError as e: print("TE", e)
class By(bytes, B): pass
try: print(By())
except TypeError as e: print("TE", e)
class Od(OrderedDict, B): pass
try: print(Od())
except TypeError as e: print("TE", e)
class Dq(deque, B): pass
try: print(Dq())
except TypeError as e: print("TE", e)
try: print(int.__new__(I, 3))
except TypeError as e: print("TE", e)
try: print(object.__new__(O))
except TypeError as e: print("TE", e)
class P(B):
    def __new__(cls): return object.__new__(cls)
try: print(type(P()))
except TypeError as e: print("TE", e)
class X(io.RawIOBase):
    @abc.abstractmethod
    def f(self): pass
try: print(type(X()).__name__)
except TypeError as e: print("TE", e)
class M(cabc.Mapping): pass
try: M()
except TypeError as e: print("TE", e)
class M2(dict, cabc.Mapping): pass
print(M2(a=1))
class B(abc.ABC):
    @abc.abstractmethod
    def g(self): pass
class C(B):
    def __init__(self, *a): print("init", a)
try: C(1, 2)
except TypeError as e: print("TE", e)
class D(B): pass
try: D(1, 2)
except TypeError as e: print("TE", e)
class Lo(threading.local, B): pass
try: print(type(Lo()).__name__)
except TypeError as e: print("TE", e)
class Pr(property, B): pass
try: print(type(Pr()).__name__)
except TypeError as e: print("TE", e)
try: print(type(type.__call__(D)).__name__)
except TypeError as e: print("TE", e)
class E(B):
    def __new__(cls, *a): return super().__new__(cls, *a)
try: E(1)
except TypeError as e: print("TE", e)
try: E()
except TypeError as e: print("TE", e)
class X(io.RawIOBase): pass
print(type(X(1, a=2)).__name__)
print(type(io.RawIOBase(1)).__name__)
