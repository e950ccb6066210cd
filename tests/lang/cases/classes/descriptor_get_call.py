def f(self, x=1):
    return (self, x)
class C:
    def m(self):
        return 'm'
bound = f.__get__(5)
print(bound(), bound.__self__, bound.__func__ is f)
print(f.__get__(5, int)(2))
print(f.__get__(None, C) is f)
print(repr(C.m.__get__(C())).startswith("<bound method "))
try:
    f.__get__(None, None)
except TypeError as e:
    print("TypeError:", e)
try:
    f.__get__()
except TypeError as e:
    print("TypeError:", e)
ff = classmethod(f)
print(ff.__get__(0, int)(42), ff.__get__(0)(42), ff.__get__(None, C)(7))
sf = staticmethod(len)
print(sf.__get__(0)('abc'), sf.__get__(None, C)([1]))
class E:
    foo = C.m
print(E().foo.__func__ is C.m)
try:
    f.__get__(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    pass
class K(metaclass=Meta):
    @classmethod
    def which(cls):
        return cls.__name__
print(K.which(), K.__dict__['which'].__get__(None, K)(), K.__dict__['which'].__get__(K())())
