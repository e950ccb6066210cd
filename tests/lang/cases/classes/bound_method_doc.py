# A bound method answers its function's __doc__, names and module
class C:
    def m(self):
        "doc of m"
    def n(self): pass
    @classmethod
    def k(cls):
        "kdoc"
    class D:
        def q(self): "q"
c = C()
for b in [c.m, c.n, C.k, c.k, C.D().q]:
    print(repr(b.__doc__), b.__name__, b.__qualname__, type(b.__self__).__name__, b.__module__)
    print(repr(b).split(' at ')[0].split(' object')[0])
print(c.m.__func__ is C.m, C.k.__func__.__name__, c.m.__self__ is c)
print(c.m == c.m, hash(c.m) == hash(c.m))
try:
    c.m.x = 1
except AttributeError as e:
    print(e)
C.m.x = 5
print(c.m.x)
def plain(self):
    "plain doc"
import types
bm = types.MethodType(plain, c)
print(bm.__doc__, bm.__name__, bm.__qualname__)
