# class creation details
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
    def __new__(mcs, name, bases, ns, **kw):
        print('new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('init', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print('call', a)
        return super().__call__(*a)
class A(metaclass=Meta, flag=True):
    x = 1
    def m(self): pass
print(A.injected, type(A).__name__, type(A()).__name__, A.__class__)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        print('init_subclass', cls.__name__, tag)
        cls.tag = tag
class D(Base, tag='t'): pass
class E(D): pass
print(D.tag, E.tag)
class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        return 'desc ' + self.name if obj else self
class F:
    a = Desc()
    b = Desc()
print(F().a, F.b.name)
try:
    class G(Base, tag=1, bad=2): pass
except TypeError as e: print(e)
X = type('X', (object,), {'y': 2, '__doc__': 'doc'})
print(X.__name__, X.y, X.__doc__, X.__qualname__, X.__module__)
try:
    type('Y', (1,), {})
except TypeError as e: print(e)
try:
    type(1, 2)
except TypeError as e: print(e)
class H: pass
print(H.__qualname__, H.__bases__, H.__mro__, H.__dict__.get('__doc__'))
def f():
    class Inner: pass
    return Inner
print(f().__qualname__)
