print(type.__prepare__('X', ()), type.__prepare__('X', (), a=1), type.__prepare__(1, 2, 3))
class M(type):
    pass
print(M.__prepare__('Y', ()))
class C(metaclass=M):
    a = 1
    b = 2
print([k for k in C.__dict__ if not k.startswith('__')])
import collections
class OM(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return collections.OrderedDict()
    def __new__(mcls, name, bases, ns, **kw):
        print('keys', [k for k in ns if not k.startswith('__')])
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class D(metaclass=OM, flag=1):
    z = 1
    y = 2
print(D.z)
