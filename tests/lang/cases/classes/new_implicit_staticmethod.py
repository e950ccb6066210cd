class C:
    def __new__(cls, *a, **k):
        print('new', cls.__name__, a, k)
        return super().__new__(cls)
    def __init__(self, *a, **k):
        pass
d = C.__dict__['__new__']
print(type(d).__name__, d.__func__.__name__, C.__new__ is d.__func__)
c = C(1, x=2)
class D(C):
    pass
D(3)
print(D.__new__ is C.__new__)
class E(Exception):
    def __new__(cls, *a):
        print('E new', a)
        return super().__new__(cls, *a)
try:
    raise E(1, 2)
except E as e:
    print(repr(e), e.args)
class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(I(21), type(I.__dict__['__new__']).__name__)
class M(type):
    def __new__(mcls, name, bases, ns):
        print('meta new', name)
        return super().__new__(mcls, name, bases, ns)
class X(metaclass=M):
    pass
print(type(M.__dict__['__new__']).__name__)
class S(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())
print(S('ab'), C.__new__(C).__class__.__name__)
import pickle
class P:
    def __new__(cls, *a):
        o = object.__new__(cls); o.a = a; return o
    def __getnewargs__(self): return self.a
print(pickle.loads(pickle.dumps(P(1,2))).a)
T = type('T', (), {'__new__': lambda cls: object.__new__(cls)})
print(type(T.__dict__['__new__']).__name__, type(T()).__name__)
