class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.made_by = "Meta"
        return inst
class Base(metaclass=Meta):
    def __init__(self, v=0): self.v = v
class Child(Base): pass
c = Child(3)
print(Child.tag, c.v, c.made_by, type(Child).__name__, isinstance(Child, Meta))
class Reg:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry.append((cls.__name__, key))
class R1(Reg, key="one"): pass
class R2(Reg): pass
print(Reg.registry)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, inst, owner):
        if inst is None: return self
        return getattr(inst, self.name, "unset")
    def __set__(self, inst, v): setattr(inst, self.name, v * 2)
class H:
    d = Desc()
h = H(); print(h.d); h.d = 4; print(h.d, h._d, H.d.name)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
    @x.deleter
    def x(self): print("del x")
p = P(); p.x = 5; print(p.x)
try: p.x = -1
except ValueError as e: print("VE", e)
del p.x
print(type(P.x).__name__, P.x.fget.__name__)
class S:
    @staticmethod
    def s(a): return a * 2
    @classmethod
    def c(cls, a): return cls.__name__ + str(a)
print(S.s(2), S().s(3), S.c(1), S().c(2))
print(Child.__mro__, Child.__bases__, Child.__qualname__, Child.__module__)
A = type("A", (object,), {"f": lambda self: 42})
print(A().f(), A.__name__)
