# Attributes of modules read in a loop (LOAD_ATTR and LOAD_METHOD on a
# module) see every rebinding, deletion and addition at once, from
# setattr, the module's own globals, its __dict__ and a function of the
# module; names starting with "__" and bound methods keep their rules.
import sys
import types

m = types.ModuleType("m")
exec("def f(): return 'f1'\nx = 1\ndef rebind():\n    global x\n    x = 'rebound'\n", m.__dict__)


def read(n):
    out = []
    for i in range(n):
        out.append((m.x, m.f()))
    return out


print(read(2))
m.x = 2
m.f = lambda: "lambda"
print(read(2))
m.rebind()
print(read(1))
m.__dict__["x"] = 3
del m.f
try:
    read(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    m.f()
except AttributeError as e:
    print("AttributeError:", e)
setattr(m, "f", len)
print(m.f("abc"), m.f)
del m.__dict__["x"]
try:
    print(m.x)
except AttributeError as e:
    print("AttributeError:", e)
m._private = "p"
print(m._private)
# "__" names: the module type's own attributes answer first
m.__dict__["__class__"] = "shadow"
print(m.__class__, m.__dict__["__class__"])
m.__dict__["__doc__"] = "doc"
print(m.__doc__)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
m.bump = c.bump
print([m.bump() for i in range(3)], m.bump.__self__ is c)
m.app = [].append
print(type(m.app).__name__, m.app.__self__)
mod = sys.modules[__name__]
g = 10


def loop():
    return [mod.g for i in range(2)]


print(loop())
g = 11
print(loop())
del g
try:
    loop()
except AttributeError as e:
    print("AttributeError:", e)
