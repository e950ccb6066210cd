# Instance attribute reads and writes probe the instance dict's slots
# directly, remembering per (class, name) where the name was last found.
# Every way the dict can change under that memory must be seen: other
# insertion orders, deletions and re-additions, growth past eight
# attributes, writes through __dict__, vars() and setattr, __dict__
# replaced, __class__ reassigned, and instance attributes shadowing
# methods.


class P:
    def __init__(self, order):
        for i, name in enumerate(order):
            setattr(self, name, i)

    def m(self):
        return "method"

    def read(self):
        return (self.a, self.b, self.c)

    def bump(self):
        self.a += 10
        self.b += 20
        self.c += 30


orders = ["abc", "cba", "bca", "acb"]
objs = [P(o) for o in orders]
for rep in range(3):
    for o in objs:
        o.bump()
        print(o.read(), sorted(vars(o).items()))

# deletion and re-addition move a name to another slot
o = P("abc")
del o.b
try:
    o.b
except AttributeError as e:
    print("AttributeError", e)
o.d = 4
o.b = 5
print(o.read(), sorted(o.__dict__))
del o.a
o.a = 6
o.bump()
print(o.read())

# growth past eight attributes, then shrinking again
g = P("abc")
for i in range(12):
    setattr(g, "x%d" % i, i)
    g.bump()
print(g.read(), len(vars(g)))
for i in range(12):
    delattr(g, "x%d" % i)
g.bump()
print(g.read(), sorted(vars(g)))

# writes through __dict__ and vars() are seen at once
w = P("abc")
w.read()
w.__dict__["a"] = "via dict"
print(w.read())
vars(w)["b"] = "via vars"
print(w.read())
w.__dict__.update(c="via update")
print(w.read())
w.__dict__.clear()
try:
    w.read()
except AttributeError as e:
    print("AttributeError", e)
w.__dict__.update(a=1, b=2, c=3)
w.bump()
print(w.read())
d = w.__dict__
w.a = 99
print(d["a"], d is w.__dict__)

# __dict__ replaced
r = P("abc")
r.read()
r.__dict__ = {"c": "C", "b": "B", "a": "A"}
print(r.read())
r.a = "A2"
print(r.read(), sorted(r.__dict__.items()))

# an instance attribute shadows a method, and stops shadowing when deleted
s = P("abc")
print(s.m())
s.m = lambda: "instance"
print(s.m())
s.__dict__["m"] = lambda: "via dict"
print(s.m())
del s.m
print(s.m())
s.__dict__["m"] = lambda: "again"
print(s.m())
s.__dict__.pop("m")
print(s.m())


# __class__ reassigned
class Q:
    def read(self):
        return ("Q", self.a, self.c)

    def m(self):
        return "Q method"


q = P("cab")
print(q.read(), q.m())
q.__class__ = Q
print(q.read(), q.m())
q.__class__ = P
q.bump()
print(q.read(), q.m())


# a data descriptor added to the class later takes over
class V:
    def __init__(self):
        self.v = 1

    def get(self):
        return self.v


vs = [V() for i in range(3)]
print([x.get() for x in vs])
V.v = property(lambda self: "property")
print([x.get() for x in vs])
del V.v
print([x.get() for x in vs])


# __slots__ and __dict__ together, __setattr__ and __getattribute__ hooks
class S:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


x = S()
x.a += 1
x.b += 1
print(x.a, x.b, vars(x)["b"])


class H(P):
    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("set", value))


h = H("ab")
h.c = 3
print(h.a, h.c)


class G(P):
    def __getattribute__(self, name):
        if name == "a":
            return "hooked"
        return object.__getattribute__(self, name)


gg = G("abc")
print(gg.read())
