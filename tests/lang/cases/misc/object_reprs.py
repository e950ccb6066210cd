# Reprs of functions, methods, generators and modules (addresses cut).
import sys, types

def cut(o):
    r = repr(o)
    i = r.find(" at 0x")
    return r[:i] + ">" if i >= 0 else r

def top(): pass
class A:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    def __repr__(self): return "A()"
    class Inner:
        def f(self): pass

def gen():
    yield 1

print(cut(top))
print(cut(A.m))
print(cut(A().m))
print(cut(A.cm))
print(cut(A.sm))
print(cut(A.Inner.f))
print(cut(lambda: 0))
print(cut(gen()))
print(cut([].append).replace("list object", "list object"))
print(repr(len), repr(print))
print(str(top) == repr(top), "%s" % (top,) == repr(top), "{}".format(top) == repr(top))
m = types.ModuleType("made", "its doc")
print(m, m.__name__, m.__doc__, sorted(k for k in vars(m)))
print(types.ModuleType("other").__doc__)
print(repr(sys))
try:
    types.ModuleType()
except TypeError as e:
    print("TypeError:", e)
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError:", e)
print(bool.__mro__, bool.__bases__, bool.__base__)
print(NotImplemented, repr(NotImplemented), "%s" % NotImplemented)
class W:
    def __int__(self): return 42
class T:
    def __trunc__(self): return 7
class Bad:
    def __int__(self): return "x"
print(int(W()), int(T()), isinstance(2**100, int), type(2**100) is int, type(2**100))
try:
    int(Bad())
except TypeError as e:
    print("TypeError:", e)
print(len.__name__, len.__qualname__, len.__module__, len.__self__)
