# obj.m(...) calls stay right when the script rebinds what the loop looked
# up: class attributes (in the class, in a base, added, deleted), instance
# attributes shadowing methods, __getattribute__/__getattr__ added later,
# one call site seeing several classes; plus built-in values' methods and errors.


class Base:
    def who(self, x):
        return "base.who %s" % x


class C(Base):
    def m(self, x):
        return "C.m %s" % x


def call_m(o, n):
    out = []
    for i in range(n):
        out.append(o.m(i))
    return out


def call_who(o):
    return o.who(1)


c = C()
print(call_m(c, 2))
C.m = lambda self, x: "rebound %s" % x
print(call_m(c, 2))


def plain(self, x):
    return "plain %s" % x


C.m = plain
print(call_m(c, 1))

# The instance dict shadows the class, then stops shadowing.
c.m = lambda x: "instance %s" % x
print(call_m(c, 2))
del c.m
print(call_m(c, 1))

# A base class's method rebound, overridden in the subclass, then deleted.
print(call_who(c))
Base.who = lambda self, x: "base rebound %s" % x
print(call_who(c))
C.who = lambda self, x: "C.who %s" % x
print(call_who(c))
del C.who
print(call_who(c))
del Base.who
try:
    call_who(c)
except AttributeError as e:
    print("AttributeError:", e)

# An attribute that is not a function: staticmethod, classmethod, a callable
# object, a plain function stored on the instance.
class D:
    @staticmethod
    def s(x):
        return "static %s" % x

    @classmethod
    def k(cls, x):
        return "class %s %s" % (cls.__name__, x)

    def __call__(self, x):
        return "called %s" % x


d = D()
print(d.s(1), d.k(2), D.k(3), D.s(4))
d.f = d
print(d.f(5))


# __getattribute__ and __getattr__ added to the class later.
class E:
    def m(self, x):
        return "E.m %s" % x


e = E()
print(call_m(e, 1))
E.__getattribute__ = lambda self, name: (lambda x: "hooked %s %s" % (name, x))
print(call_m(e, 1))
del E.__getattribute__
print(call_m(e, 1))
del E.m
E.__getattr__ = lambda self, name: (lambda x: "fallback %s %s" % (name, x))
print(call_m(e, 1))


# Two classes with the same method name through one call site.
class F:
    def m(self, x):
        return "F.m %s" % x


class G:
    def m(self, x):
        return "G.m %s" % x


f = F()
for o in [f, G(), f, G()]:
    print(call_m(o, 1))

# Argument errors read as for a bound method.
try:
    f.m()
except TypeError as e:
    print("TypeError:", e)
try:
    f.m(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f.m(x=1, y=2)
except TypeError as e:
    print("TypeError:", e)


# Generator methods, keyword calls, nested and starred calls.
class H:
    def gen(self, n):
        for i in range(n):
            yield i * 10

    def kw(self, a, b=2):
        return a + b

    def add(self, a, b):
        return a + b


h = H()
print(list(h.gen(3)), h.kw(1), h.kw(1, b=5), h.add(h.add(1, 2), h.kw(3)))
print(h.add(*[1, 2]), h.add(**{"a": 3, "b": 4}))
print(h.add(h.kw(1) if h else 0, 1))

# Methods of built-in values, and their errors.
lst = [3, 1, 2]
lst.append(4)
lst.sort()
dct = {"a": 1}
print(lst, dct.get("a"), dct.get("b", 0), "-".join(["x", "y"]), b",".join([b"1", b"2"]))
print((1, 2, 1).count(1), {1, 2}.union({3}) == {1, 2, 3}, "abc".upper())
try:
    lst.append()
except TypeError as e:
    print("TypeError:", e)
try:
    dct.get()
except TypeError as e:
    print("TypeError:", e)
try:
    lst.nope()
except AttributeError as e:
    print("AttributeError:", e)
print(lst.__class__.__name__, "x".__str__(), [1].__repr__())


# A method that raises: the traceback passes through the caller.
class R:
    def boom(self):
        raise ValueError("boom")


def outer():
    return R().boom()


try:
    outer()
except ValueError as e:
    import traceback
    traceback.print_exc()
