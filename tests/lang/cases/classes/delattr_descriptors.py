# del obj.attr and object.__delattr__ go through data descriptors first.
class Desc:
    def __get__(self, obj, cls=None): return 'value'
    def __set__(self, obj, v): print('set', v)
    def __delete__(self, obj): print('__delete__ ran')
class SetOnly:
    def __get__(self, obj, cls=None): return 'so'
    def __set__(self, obj, v): pass
class NonData:
    def __get__(self, obj, cls=None): return 'nd'
class MyProp(property):
    pass
class P:
    d = Desc()
    so = SetOnly()
    nd = NonData()
    @property
    def p(self): return 1
    @p.deleter
    def p(self): print('deleter ran')
    @property
    def ro(self): return 2
    @MyProp
    def mp(self): return 3
    @mp.deleter
    def mp(self): print('subclass deleter ran')
class S:
    __slots__ = ('a', 'b')
x = P()
del x.d
object.__delattr__(x, 'd')
del x.p
object.__delattr__(x, 'p')
del x.mp
x.__dict__['nd'] = 'shadow'
del x.nd
print(x.nd)
for stmt in ["del x.ro", "object.__delattr__(x, 'ro')", "del x.so", "object.__delattr__(x, 'so')",
             "del x.nd", "del x.missing", "object.__delattr__(x, 'missing')"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, '->', e)
s = S()
s.a = 1
del s.a
for stmt in ["del s.a", "del s.b", "object.__delattr__(s, 'a')", "del s.c", "s.a"]:
    try:
        exec(stmt)
    except AttributeError as e:
        print(stmt, '->', e)
s.b = 3
object.__delattr__(s, 'b')
print(hasattr(s, 'b'))
class Logged:
    def __delattr__(self, name):
        print('__delattr__', name)
        object.__delattr__(self, name)
g = Logged()
g.z = 1
del g.z
try:
    del g.z
except AttributeError as e:
    print('again ->', e)
