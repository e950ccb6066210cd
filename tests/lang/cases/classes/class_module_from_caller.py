# A class made by type.__new__ without __module__ gets the name of the
# module whose code called type.__new__; the namespace a metaclass
# receives is not changed.
import types
def meta_func(name, bases, ns, **kw):
    return name, bases, ns, kw
res = types.new_class("X", (int, object), dict(metaclass=meta_func, x=0))
print(res)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("ns", ns)
        return super().__new__(m, name, bases, ns)
    def __init__(cls, *a, **kw): pass
X = types.new_class("X", (), dict(metaclass=Meta))
print(X.__module__, X.__dict__.get('__module__'))
Y = type("Y", (), {})
print(Y.__module__)

def new_class(name, bases=(), kwds=None, exec_body=None):
    meta, ns, kwds = types.prepare_class(name, bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)
Z = new_class("Z")
print(Z.__module__)
print(types.new_class("Z").__module__)
import collections
P = collections.namedtuple('P', 'x y')
print(P.__module__)
class Meta2(type):
    pass
W = Meta2('W', (), {})
print(W.__module__, list(W.__dict__)[:1])
