# __class__ assignment between classes whose instances are laid out alike.
class G:
    __slots__ = ["a", "b"]


class H:
    __slots__ = ["b", "a"]


class J:
    __slots__ = ["c", "b"]


class Q(J):
    pass


class R(J):
    __slots__ = ["__dict__", "__weakref__"]


class P(J):
    __slots__ = ["__dict__"]


class Sub(G):
    pass


for old, new in ((G, H), (H, G), (Q, R), (R, Q), (G, J), (Q, P), (J, G), (G, Sub), (Sub, G)):
    x = old()
    try:
        x.__class__ = new
        print(old.__name__, "->", type(x).__name__)
    except TypeError as e:
        print(e)

g = G()
g.a = 1
g.__class__ = H
print(g.a)


class L1(list):
    pass


class L2(list):
    pass


class D1(dict):
    pass


x = L1([1, 2])
x.__class__ = L2
print(type(x).__name__, x)
try:
    x.__class__ = D1
except TypeError as e:
    print(e)


class Plain:
    pass


class Child(Plain):
    pass


class Empty(Plain):
    __slots__ = ()


p = Plain()
p.__class__ = Child
print(type(p).__name__)
p.__class__ = Empty
print(type(p).__name__)
for target in (G, int, 5):
    try:
        p.__class__ = target
    except TypeError as e:
        print(e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(e)


class OnH(H):
    __slots__ = ["e"]


class OnG(G):
    __slots__ = ["e"]


class AlsoOnG(G):
    __slots__ = ["e"]


for old, new in ((OnH, OnG), (OnG, AlsoOnG)):
    try:
        x = old()
        x.__class__ = new
        print(old.__name__, "->", type(x).__name__)
    except TypeError as e:
        print(e)
