# Property reads stay right when the script changes what the loop looked
# up: the property rebound or deleted in the class or a base, a plain
# attribute put in its place, an instance attribute of the same name (the
# property wins), __getattribute__ added later, getters that raise or
# recurse, properties without a getter and property subclasses.


class Base:
    @property
    def size(self):
        return "base size"


class Shape(Base):
    def __init__(self, w):
        self.w = w

    @property
    def area(self):
        return self.w * 2


def read(o, n):
    return [o.area for _ in range(n)]


s = Shape(3)
print(read(s, 2), s.size)
Shape.area = property(lambda self: "rebound %s" % self.w)
print(read(s, 2))
Shape.area = "plain"
print(read(s, 1))
del Shape.area
try:
    read(s, 1)
except AttributeError as e:
    print("AttributeError:", e)
Shape.area = property(lambda self: self.w + 100)
print(read(s, 1))

# An instance attribute of the same name does not hide a property.
try:
    s.area = 5
except AttributeError as e:
    print("AttributeError:", e)
s.__dict__["area"] = "in dict"
print(read(s, 1), s.__dict__["area"])

# The base's property rebound, then shadowed in the subclass.
print(s.size)
Base.size = property(lambda self: "base rebound")
print(s.size)
Shape.size = property(lambda self: "shape size")
print(s.size)
del Shape.size
print(s.size)

# __getattribute__ added, then removed.
Shape.__getattribute__ = lambda self, name: "hooked " + name
print(read(s, 1))
del Shape.__getattribute__
print(read(s, 1))


# No getter; a getter that raises; a recursive getter; a property subclass.
class Odd:
    nothing = property()

    @property
    def bad(self):
        raise KeyError("bad")

    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        if self.n == 0:
            return 0
        return Odd(self.n - 1).depth + 1


class LoudProperty(property):
    def __get__(self, obj, cls):
        return "loud " + str(property.__get__(self, obj, cls))


class Loud:
    x = LoudProperty(lambda self: 42)


o = Odd(5)
try:
    o.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    o.bad
except KeyError as e:
    print("KeyError:", e)
print(o.depth, Loud().x)


def deep(n):
    return Odd(n).depth


try:
    deep(5000)
except RecursionError:
    print("RecursionError")
print(deep(50))


# A getter's traceback passes through the reading frame.
class Broken:
    @property
    def value(self):
        return 1 / 0


def use(b):
    return b.value + 1


try:
    use(Broken())
except ZeroDivisionError:
    import traceback
    traceback.print_exc()
