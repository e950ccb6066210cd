# Instance attribute reads and writes test the slot where the name was
# last found before anything else (vm/fast_instdict.go hintedSlot, with
# the class-attribute cache's dictFirst and plainStore answers). A fresh
# cache entry tests slot 7, so an eighth attribute must still be the
# right one; a class that gains a property, a data descriptor, a class
# attribute, __setattr__ or __getattribute__ between two runs of the same
# instructions must be seen at once; keys that are other copies of the
# name, __class__ and __dict__ stores take the general path.


class Eight:
    def __init__(self):
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
        self.a6 = 6
        self.a7 = 7
        self.a8 = 8


def read8(o):
    return o.a8, o.a1, o.a8


def write8(o, v):
    o.a8 = v
    o.a1 = v + 1
    return o.a8, o.a1


e = Eight()
print(read8(e), write8(e, 80), read8(e))
del e.a1
e.a9 = 9  # lands in the freed slot
print(read8.__name__, e.a8, e.a9, sorted(vars(e).items())[:3])
e.a1 = 100
print(read8(e), write8(e, 5))


class C:
    def __init__(self, x):
        self.x = x


def get(o):
    return o.x


def put(o, v):
    o.x = v
    return o.x


c = C(1)
print([get(c) for _ in range(3)], put(c, 2), get(c))

# a property appears on the class: reads and writes go through it
C.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(get(c), put(c, 3), vars(c))
del C.x
print(get(c), put(c, 4), vars(c))


# a non-data descriptor does not hide the instance dict; a data one does
class NonData:
    def __get__(self, obj, cls):
        return "nondata"


class Data(NonData):
    def __set__(self, obj, v):
        print("Data.__set__", v)


C.x = NonData()
print(get(c), put(c, 5), get(C(7)))
C.x = Data()
print(get(c), put(c, 6), vars(c))
del C.x
print(get(c))

# a plain class attribute of the same name: stores still go to the dict
C.x = "class value"
d = C(8)
print(get(d), put(d, 9), C.x)
del d.x
print(get(d))
del C.x


# __setattr__ and __getattribute__ added and removed later
def noisy_set(self, name, v):
    print("__setattr__", name, v)
    object.__setattr__(self, name, v)


C.__setattr__ = noisy_set
print(put(c, 10))
del C.__setattr__
print(put(c, 11))
C.__getattribute__ = lambda self, name: "intercepted " + name
print(get(c))
del C.__getattribute__
print(get(c))

# keys that are other copies of the name
k = "".join(["x"])
o = C(0)
setattr(o, k, 12)
print(get(o), put(o, 13), getattr(o, "".join("x")))
o.__dict__ = {"".join(["x"]): 14}
print(get(o), put(o, 15), o.__dict__)


# __class__ and __dict__ assignments keep their meaning
class D:
    def __init__(self):
        self.x = "D's x"


def swap(o, cls):
    o.__class__ = cls
    return type(o).__name__, o.x


print(swap(C(16), D), swap(D(), C))


# instances of one class with other insertion orders, through one site
class Q:
    pass


def fill(o, names):
    for i, n in enumerate(names):
        setattr(o, n, i)
    return o


def total(o):
    o.a = o.a + 100
    return o.a + o.b * 10 + o.c * 1000


objs = [fill(Q(), ns) for ns in ("abc", "cab", "bca", "abcdefghij")]
for _ in range(2):
    print([total(q) for q in objs])


# __slots__ instances
class S:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1


s = S()
print(get(s), put(s, 2), get(s))
try:
    s.y = 1
except AttributeError as e:
    print("AttributeError", e)
