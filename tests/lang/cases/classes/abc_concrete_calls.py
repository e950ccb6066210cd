# Calls of abc classes: an abstract class refuses instances while its
# __abstractmethods__ is not empty; a concrete subclass is called as any
# plain class (its __new__ is object's, and the loop runs its __init__
# inline); setting or deleting __abstractmethods__ later is seen by the
# next call, also from a call site that has made instances before.
import abc
import collections.abc


class B(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


class C(B):
    def __init__(self, x=0):
        self.x = x

    def f(self):
        return 1


def tryit(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


print("C.__new__ is object.__new__", C.__new__ is object.__new__)
print("B.__new__ is object.__new__", B.__new__ is object.__new__)
print("__new__ in B.__dict__", "__new__" in B.__dict__)
tryit("B()", B)
tryit("C()", C)
tryit("C(1)", lambda: C(1))
tryit("C(1, 2)", lambda: C(1, 2))


class Bare(B):
    def f(self):
        return 2


tryit("Bare()", Bare)
tryit("Bare(1)", lambda: Bare(1))


class D(B):
    pass


tryit("D()", D)


class E(Exception, B):
    pass


tryit("E()", E)


class L(list, B):
    def f(self):
        return 0


tryit("L([1])", lambda: L([1]))


class N(B):
    def __new__(cls, *a):
        return super().__new__(cls)


tryit("N()", N)


class N2(N):
    def f(self):
        return 1


tryit("N2(1)", lambda: N2(1))


class M(collections.abc.Mapping):
    pass


tryit("M()", M)


class M2(collections.abc.Mapping):
    def __getitem__(self, k):
        raise KeyError(k)

    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())


tryit("M2()", M2)
print("dict(M2())", dict(M2()))


def make(cls, n):
    out = []
    for i in range(n):
        try:
            out.append(cls(i).x)
        except TypeError as e:
            out.append(str(e))
    return out


print("loop", make(C, 3))
C.__abstractmethods__ = frozenset({"h"})
print("after setting", make(C, 2))
del C.__abstractmethods__
print("after del", make(C, 2))
C.__abstractmethods__ = frozenset()
print("after clearing", make(C, 2))
B.__abstractmethods__ = frozenset()
tryit("B() after clearing", B)
