# weakref.WeakMethod is a weakref.ref subclass; it dies with its instance
# or with its function (also when the method was looked up through the
# instance before `del C.m`), calls its callback once, and compares as
# 3.6's does. Subclasses of weakref.ref and _thread._local end their MRO
# in object.
import _thread
import gc
import weakref


class Object:
    def __init__(self, arg):
        self.arg = arg

    def some_method(self):
        return 4


def subclass():
    class C(Object):
        def some_method(self):
            return 6
    return C


C = subclass()
o = C(1)
calls = []
r = weakref.WeakMethod(o.some_method, calls.append)
print(isinstance(r, weakref.ref), type(r).__mro__)
print(r()(), o.some_method())
f = weakref.ref(C.some_method)
del C.some_method
gc.collect()
print('method dead', r(), f(), calls == [r], len(calls))
del o
gc.collect()
print('calls once', len(calls))

D = subclass()
p = D(2)
a = weakref.WeakMethod(p.some_method)
b = weakref.WeakMethod(p.some_method)
print(a == b, a != b, hash(a) == hash(b), a == 1, a != 1)
del p
gc.collect()
print(a(), a == b, a != b, a == a)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)


class R(weakref.ref):
    pass


class L(_thread._local):
    pass


print(R.__mro__, L.__mro__)
