# object's slot methods reached through an instance of a plain class are
# method-wrappers bound to it; __new__ is object.__new__ itself.
import collections


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Q:
    pass


q = Q()
print(repr(q.__setattr__).startswith("<method-wrapper '__setattr__' of Q object at 0x"))
print(type(q.__setattr__).__name__, type(q.__init__).__name__)
q.__setattr__("a", 5)
print(q.a)
print(q.__getattribute__("a"))
q.__delattr__("a")
print(hasattr(q, "a"))
show(lambda: q.__delattr__("a"))
show(lambda: q.__getattribute__("zz"))
show(lambda: q.__setattr__(1, 2))
P = collections.namedtuple("P", "x y")
p = P(1, 2)
show(lambda: p.__setattr__("x", 3))
show(lambda: p.__setattr__("other", 3))
show(lambda: q.__init__())
show(lambda: q.__init__(1))
show(lambda: Q.__init__(q))
show(lambda: object.__init__(q))
show(lambda: q.__new__ is object.__new__)
show(lambda: q.__new__(Q).__class__.__name__)
show(lambda: Q.__new__(Q).__class__.__name__)
show(lambda: q.__eq__(q))
show(lambda: q.__eq__(1))
show(lambda: q.__hash__() == hash(q))
show(lambda: q.__init__ == q.__init__)
show(lambda: q.__init__ == Q().__init__)
show(lambda: q.__setattr__ is q.__setattr__)


class N:
    def __new__(cls, *a):
        return object.__new__(cls)


show(lambda: N().__init__(1))


class I:
    def __init__(self, *a):
        pass


show(lambda: I().__new__ is object.__new__)


class WithSetattr:
    def __setattr__(self, k, v):
        print("own", k)
        object.__setattr__(self, k, v)


w = WithSetattr()
w.__setattr__("b", 1)
print(w.b)
