class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
p = P(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError", e)
print(p.x, p.y, P.__slots__)
class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        Base.registry.append(cls.__name__)
class C1(Base): pass
class C2(Base): pass
print(Base.registry)
class Field:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__.get(self.name, "unset")
class M:
    f = Field()
print(M.f.name, M().f)
class V:
    def __init__(self, v): self.v = v
    def __format__(self, spec): return "V<%s|%s>" % (self.v, spec)
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "V(%r)" % self.v
print("{:>5}".format(V(1)), f"{V(2):x}", sorted([V(3), V(1), V(2)]), format(V(4), "q"))
class Q:
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(a): return a * 2
print(type(Q.make()).__name__, Q.helper(4), Q().helper(5), Q.__qualname__, Q.__module__, [c.__name__ for c in Q.__mro__])
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
import sys
