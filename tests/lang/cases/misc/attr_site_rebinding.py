# Attribute sites (the loop's per-name cache of a class's side of
# self.x, self.x = v and self.m()): each call below runs the same
# instructions again after the class, a base, the instance's class or the
# hooks changed, and must see the change at once.


class Base:
    kind = "base"

    def m(self):
        return "Base.m"


class C(Base):
    def __init__(self):
        self.x = 1

    def m(self):
        return "C.m"


def read(o):
    return o.x, o.kind, o.m()


def write(o, v):
    o.x = v
    return o.__dict__.get("x")


c = C()
print(read(c), write(c, 2))
C.m = lambda self: "lambda m"
print(read(c))
del C.m
print(read(c))
Base.m = lambda self: "new Base.m"
Base.kind = "rebound"
print(read(c))
C.x = property(lambda self: "property x")
print(read(c))
try:
    print(write(c, 3))
except AttributeError as e:
    print("AttributeError", e)
C.x = property(lambda self: "property x", lambda self, v: print("setter", v))
print(write(c, 4))
del C.x
print(read(c), write(c, 5))


def hook_getattribute(self, name):
    if name == "x":
        return "from __getattribute__"
    return object.__getattribute__(self, name)


C.__getattribute__ = hook_getattribute
print(read(c))
del C.__getattribute__
print(read(c))
C.__setattr__ = lambda self, name, v: object.__setattr__(self, name, v * 10)
print(write(c, 6))
del C.__setattr__
print(write(c, 7))
del c.x
C.__getattr__ = lambda self, name: "missing " + name
print(read(c))
del C.__getattr__
try:
    read(c)
except AttributeError as e:
    print("AttributeError", e)


class Other:
    kind = "other"

    def m(self):
        return "Other.m"


o = Other()
o.x = "ox"
c.x = "cx"
for i in range(6):
    obj = c if i % 2 else o
    print(read(obj))
    if i == 3:
        Other.m = lambda self: "rebound Other.m"
        C.kind = "C kind"

c.__class__ = Base
try:
    print(read(c))
except AttributeError as e:
    print("AttributeError", e)
c.__class__ = C


class D(Base):
    pass


d = D()
d.x = "dx"
print(read(d))
setattr(Base, "m", lambda self: "setattr m")
print(read(d))
type.__setattr__(Base, "kind", "type.__setattr__ kind")
print(read(d))
delattr(Base, "kind")
try:
    print(read(d))
except AttributeError as e:
    print("AttributeError", e)
Base.kind = "base again"

# Classes made in a loop: each is new to the site.
for i in range(3):
    K = type("K%d" % i, (Base,), {"kind": "k%d" % i})
    k = K()
    k.x = i
    print(read(k), write(k, i * 2))

# Shadowing a method by an instance attribute, then unshadowing it.
c.m = lambda: "instance m"
print(read(c))
del c.m
print(read(c))
