class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['kw'] = sorted(kw.items())
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, sorted(kw))
        return {}
class A(metaclass=Meta, x=1, y=2):
    pass
print(type(A).__name__, A.kw)
class B(A, z=3):
    pass
print(type(B).__name__, B.kw, B.__mro__[1].__name__)
bases = (object,)
opts = {'metaclass': Meta}
class D(*bases, **opts):
    pass
print(type(D).__name__, D.kw)
class E(object,):
    pass
class F():
    pass
print(E.__bases__, F.__bases__)
class Init:
    def __init_subclass__(cls, flag=None, **kw):
        cls.flag = flag
class Sub(Init, flag='on'):
    pass
print(Sub.flag)
