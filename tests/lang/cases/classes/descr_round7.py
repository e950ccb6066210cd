# Descriptor and class corners of test_descr: a __doc__ descriptor on the
# class, metaclass calculation over non-class bases, __bases__ of Go
# types, dir() of singletons, method-wrapper equality, unacceptable bases
# anywhere in the bases, super() over a proxy's __class__.
class DocDescr(object):
    def __get__(self, obj, otype):
        if obj:
            obj = obj.__class__.__name__ + ' instance'
        if otype:
            otype = otype.__name__
        return 'object=%s; type=%s' % (obj, otype)
class OldClass:
    __doc__ = DocDescr()
print(OldClass.__doc__)
print(OldClass().__doc__)

new_calls = []
class ANotMeta:
    def __new__(mcls, *args, **kwargs):
        new_calls.append('ANotMeta')
        return super().__new__(mcls)
class BNotMeta(ANotMeta):
    def __new__(mcls, *args, **kwargs):
        new_calls.append('BNotMeta')
        return super().__new__(mcls)
class A(metaclass=ANotMeta):
    pass
class B(metaclass=BNotMeta):
    pass
new_calls.clear()
class C(A, B):
    pass
print(type(C).__name__, new_calls)

for tp in (memoryview, property, reversed, super):
    print(tp.__name__, tp.__bases__, tp.__base__, tp.__mro__)
print(dir(NotImplemented) == dir(Ellipsis), '__doc__' in dir(None), '__doc__' in dir(1))

l = []
print(l.__add__ == l.__add__, l.__add__ == [].__add__, l.__add__ != [5].__add__, l.__add__ != l.__mul__)
print(l.__add__.__self__ is l, l.__add__.__objclass__ is list, l.__add__.__name__)
try:
    hash(l.__add__)
except TypeError as e:
    print("TypeError:", e)
t = (7,)
print(t.__add__ == (7,).__add__, hash(t.__add__) == hash((7,).__add__))

class O(object):
    pass
for bases in [(type(None),), (object, type(None)), (type(None), object), (O, type(None)), (type(None), O), (O, bool), (range,)]:
    try:
        type('X', bases, {})
        print("made", bases)
    except TypeError as e:
        print("TypeError:", e)
class X(object):
    pass
for bases in [(type(None),), (object, type(None)), (O, type(None)), (type(None), O)]:
    try:
        X.__bases__ = bases
        print("assigned", bases)
    except TypeError as e:
        print("TypeError:", e)

class Proxy(object):
    def __init__(self, obj):
        self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class PB(object):
    def f(self):
        return "B.f"
class PC(PB):
    def f(self):
        return super(PC, self).f() + "->C.f"
p = Proxy(PC())
print(PC.__dict__["f"](p))
print(super(PC, p))
for bad in (3, PB()):
    try:
        super(PC, bad)
    except TypeError as e:
        print("TypeError:", e)
